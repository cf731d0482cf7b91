package org.jmapserv.render.output;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.Raster;
import java.awt.image.SinglePixelPackedSampleModel;

/**
 * Reads an image row by row as packed 0xAARRGGBB ints, in one of the two forms MapServer writes:
 * {@link #straight} (non-premultiplied, for transparent formats: MapServer un-premultiplies its AGG buffer) or
 * {@link #opaque} (alpha forced to 255 and colour = premultiplied colour, i.e. composited over black, which is
 * what MapServer writes when it drops the alpha of its premultiplied buffer for RGB formats).
 *
 * <p>TYPE_INT_ARGB, TYPE_INT_ARGB_PRE and TYPE_INT_RGB images are read straight from their int[] raster;
 * anything else goes through {@link BufferedImage#getRGB}.
 */
final class PixelRows {

    private final BufferedImage image;
    private final int[] data;
    private final int offset;
    private final int stride;
    private final boolean premultiplied;
    private final boolean hasAlpha;

    PixelRows(BufferedImage image) {
        this.image = image;
        int type = image.getType();
        Raster raster = image.getRaster();
        boolean direct = (type == BufferedImage.TYPE_INT_ARGB || type == BufferedImage.TYPE_INT_ARGB_PRE
                || type == BufferedImage.TYPE_INT_RGB) && raster.getDataBuffer() instanceof DataBufferInt
                && raster.getSampleModel() instanceof SinglePixelPackedSampleModel
                && raster.getParent() == null;
        if (direct) {
            SinglePixelPackedSampleModel sm = (SinglePixelPackedSampleModel) raster.getSampleModel();
            DataBufferInt buffer = (DataBufferInt) raster.getDataBuffer();
            data = buffer.getData();
            offset = buffer.getOffset() - raster.getSampleModelTranslateY() * sm.getScanlineStride()
                    - raster.getSampleModelTranslateX();
            stride = sm.getScanlineStride();
        } else {
            data = null;
            offset = 0;
            stride = 0;
        }
        premultiplied = direct && type == BufferedImage.TYPE_INT_ARGB_PRE;
        hasAlpha = type != BufferedImage.TYPE_INT_RGB && image.getColorModel().hasAlpha();
    }

    int width() {
        return image.getWidth();
    }

    int height() {
        return image.getHeight();
    }

    /** Non-premultiplied ARGB of row {@code y} into {@code row}. */
    void straight(int y, int[] row) {
        int w = image.getWidth();
        if (data == null) {
            image.getRGB(0, y, w, 1, row, 0, w);
            return;
        }
        System.arraycopy(data, offset + y * stride, row, 0, w);
        if (!hasAlpha) {
            for (int x = 0; x < w; x++) {
                row[x] |= 0xFF000000;
            }
        } else if (premultiplied) {
            for (int x = 0; x < w; x++) {
                row[x] = unpremultiply(row[x]);
            }
        }
    }

    /** Opaque RGB of row {@code y}: premultiplied colour, alpha 255. */
    void opaque(int y, int[] row) {
        int w = image.getWidth();
        if (data != null && (premultiplied || !hasAlpha)) {
            System.arraycopy(data, offset + y * stride, row, 0, w);
            for (int x = 0; x < w; x++) {
                row[x] |= 0xFF000000;
            }
            return;
        }
        straight(y, row);
        for (int x = 0; x < w; x++) {
            row[x] = premultiplyOpaque(row[x]);
        }
    }

    /** Whether any pixel has alpha below 255 (msOutputFormatResolveFromImage's test for AGG/MIXED). */
    boolean anyTranslucent() {
        if (!hasAlpha) {
            return false;
        }
        int[] row = new int[width()];
        for (int y = 0; y < height(); y++) {
            straight(y, row);
            for (int p : row) {
                if ((p >>> 24) != 0xFF) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Round-to-nearest un-premultiplication; fully transparent pixels become 0 (transparent black). */
    static int unpremultiply(int p) {
        int a = p >>> 24;
        if (a == 0xFF) {
            return p;
        }
        if (a == 0) {
            return 0;
        }
        int half = a >> 1;
        int r = Math.min(255, (((p >> 16) & 0xFF) * 255 + half) / a);
        int g = Math.min(255, (((p >> 8) & 0xFF) * 255 + half) / a);
        int b = Math.min(255, ((p & 0xFF) * 255 + half) / a);
        return (a << 24) | (r << 16) | (g << 8) | b;
    }

    static int premultiplyOpaque(int p) {
        int a = p >>> 24;
        if (a == 0xFF) {
            return p;
        }
        int r = (((p >> 16) & 0xFF) * a + 127) / 255;
        int g = (((p >> 8) & 0xFF) * a + 127) / 255;
        int b = ((p & 0xFF) * a + 127) / 255;
        return 0xFF000000 | (r << 16) | (g << 8) | b;
    }
}
