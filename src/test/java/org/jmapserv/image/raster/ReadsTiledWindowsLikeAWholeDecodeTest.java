package org.jmapserv.image.raster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A decimated window of a tiled deflate TIFF, read chunk by chunk with only the needed columns copied from the
 * decoded bytes, has the pixels GDAL's nearest choice picks from the whole image.
 */
class ReadsTiledWindowsLikeAWholeDecodeTest {

    @Test
    void readsTheSamePixelsAsAWholeDecode(@TempDir Path dir) throws Exception {
        int w = 700;
        int h = 1300; // 256-row tiles: six chunks for a window over all rows
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.setRGB(x, y, (x * 7 + y) & 0xff | ((x ^ y) & 0xff) << 8 | (y * 3 & 0xff) << 16);
            }
        }
        Path tif = dir.resolve("tiled.tif");
        ImageWriter writer = null; // the JDK's writer: it writes tiles
        for (var it = ImageIO.getImageWritersByFormatName("tiff"); it.hasNext(); ) {
            ImageWriter candidate = it.next();
            if (candidate.getClass().getName().startsWith("com.sun.imageio.plugins.tiff.")) {
                writer = candidate;
            }
        }
        ImageWriteParam p = writer.getDefaultWriteParam();
        p.setTilingMode(ImageWriteParam.MODE_EXPLICIT);
        p.setTiling(256, 256, 0, 0);
        p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        p.setCompressionType("Deflate");
        try (ImageOutputStream out = ImageIO.createImageOutputStream(tif.toFile())) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(img, null, null), p);
        }
        writer.dispose();
        int bw = 350;
        int bh = 650; // about every other row and column, from all six chunks
        float[][] bands;
        try (TiffRasterSource src = TiffRasterSource.open(tif)) {
            bands = src.read(new int[] {1, 2, 3}, 0, 0, w, h, bw, bh);
        }
        NearestPlan plan = NearestPlan.of(w, h, java.util.List.of(), 0, 0, w, h, bw, bh); // GDAL's pixel choice
        int differing = 0;
        for (int y = 0; y < bh; y++) {
            for (int x = 0; x < bw; x++) {
                int rgb = img.getRGB(plan.cols()[x], plan.rows()[y]);
                int i = y * bw + x;
                if ((int) bands[0][i] != (rgb >> 16 & 0xff) || (int) bands[1][i] != (rgb >> 8 & 0xff)
                        || (int) bands[2][i] != (rgb & 0xff)) {
                    differing++;
                }
            }
        }
        assertEquals(0, differing, "pixels differing from the whole image");
    }
}
