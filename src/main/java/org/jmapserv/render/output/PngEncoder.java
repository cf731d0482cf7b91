package org.jmapserv.render.output;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Truecolour PNG (mirrors saveAsPNG in mapimageio.c for RGB and RGBA buffers): RGB without alpha for opaque
 * formats, RGBA with straight alpha for transparent ones; FORMATOPTION COMPRESSION 0..9 sets the zlib level.
 * Stateless and thread-safe.
 */
public final class PngEncoder implements ImageEncoder {

    @Override
    public void encode(BufferedImage image, OutputFormat format, OutputStream out) throws IOException {
        PixelRows pixels = new PixelRows(image);
        boolean alpha = format.transparent();
        int w = pixels.width();
        int bpp = alpha ? 4 : 3;
        int[] argb = new int[w];
        PngChunkWriter png = new PngChunkWriter(out);
        png.header(w, pixels.height(), alpha ? PngChunkWriter.COLOR_RGBA : PngChunkWriter.COLOR_RGB);
        png.imageData(pixels.height(), w * bpp, bpp, false, PngChunkWriter.level(format), (y, raw) -> {
            if (alpha) {
                pixels.straight(y, argb);
                for (int x = 0, i = 0; x < w; x++, i += 4) {
                    int p = argb[x];
                    raw[i] = (byte) (p >> 16);
                    raw[i + 1] = (byte) (p >> 8);
                    raw[i + 2] = (byte) p;
                    raw[i + 3] = (byte) (p >>> 24);
                }
            } else {
                pixels.opaque(y, argb);
                for (int x = 0, i = 0; x < w; x++, i += 3) {
                    int p = argb[x];
                    raw[i] = (byte) (p >> 16);
                    raw[i + 1] = (byte) (p >> 8);
                    raw[i + 2] = (byte) p;
                }
            }
        });
        png.end();
    }
}
