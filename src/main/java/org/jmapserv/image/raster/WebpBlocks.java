package org.jmapserv.image.raster;

import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;

/**
 * TIFF blocks stored as WebP images (libtiff's tif_webp.c, GDAL's COMPRESS=WEBP): TwelveMonkeys' WebP reader
 * decodes each, after its declared size is checked against the block's, so a forged header cannot make it allocate
 * more than the block.
 */
final class WebpBlocks {

    private WebpBlocks() {
    }

    /** The block's samples, pixel-interleaved, {@code spp} per pixel, {@code rows} rows of {@code width}. */
    static int[] decode(byte[] webp, int width, int rows, int spp) throws IOException {
        ImageReader reader = new WebPImageReaderSpi().createReaderInstance();
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(webp))) {
            reader.setInput(in, true, true);
            int w = reader.getWidth(0);
            int h = reader.getHeight(0);
            if (w != width || h != rows) {
                throw new IOException("a WebP block of " + w + "x" + h + " where the file's blocks are " + width
                        + "x" + rows);
            }
            Raster r = reader.read(0).getRaster();
            int bands = r.getNumBands();
            int[] out = new int[width * rows * spp];
            int[] line = new int[width * bands];
            for (int y = 0; y < rows; y++) {
                r.getPixels(r.getMinX(), r.getMinY() + y, width, 1, line);
                for (int x = 0; x < width; x++) {
                    for (int b = 0; b < spp; b++) {
                        // a WebP without alpha is opaque; RGBA files always keep their alpha channel
                        out[(y * width + x) * spp + b] = b < bands ? line[x * bands + b] : 255;
                    }
                }
            }
            return out;
        } catch (RuntimeException e) {
            throw new IOException("corrupt WebP block: " + TiffRasterSource.describe(e), e);
        } finally {
            reader.dispose();
        }
    }
}
