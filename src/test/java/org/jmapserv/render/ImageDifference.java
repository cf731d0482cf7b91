package org.jmapserv.render;

import java.awt.image.BufferedImage;

/**
 * Pixel comparison used by the regression suite: a pixel differs when any of R, G, B, A differs by more than
 * {@code threshold}; {@link #diffImage} marks differing pixels red over a faded copy of the expected image.
 */
public record ImageDifference(int differing, int total, BufferedImage diffImage) {

    public double share() {
        return total == 0 ? 0 : (double) differing / total;
    }

    public static ImageDifference compare(BufferedImage expected, BufferedImage actual, int threshold) {
        int w = expected.getWidth();
        int h = expected.getHeight();
        if (actual.getWidth() != w || actual.getHeight() != h) {
            return new ImageDifference(w * h, w * h, null);
        }
        BufferedImage diff = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int n = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int e = expected.getRGB(x, y);
                int a = actual.getRGB(x, y);
                boolean differs = false;
                for (int shift = 0; shift < 32; shift += 8) {
                    differs |= Math.abs(((e >>> shift) & 0xff) - ((a >>> shift) & 0xff)) > threshold;
                }
                if (differs) {
                    n++;
                    diff.setRGB(x, y, 0xff0000);
                } else {
                    int grey = 200 + (((e >> 8) & 0xff) * 55 / 255);
                    diff.setRGB(x, y, grey << 16 | grey << 8 | grey);
                }
            }
        }
        return new ImageDifference(n, w * h, diff);
    }
}
