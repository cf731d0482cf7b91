package org.jmapserv.render.output;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.Random;

/** Deterministic test pictures that look like rendered maps: flat fills, antialiased lines, some gradients. */
public final class MapLikeImages {

    private MapLikeImages() {
    }

    public static BufferedImage map(int width, int height, int type, boolean transparentBackground) {
        BufferedImage img = new BufferedImage(width, height, type);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        if (!transparentBackground) {
            g.setColor(new Color(242, 239, 233));
            g.fillRect(0, 0, width, height);
        }
        Random random = new Random(42);
        for (int i = 0; i < 40; i++) {
            Path2D poly = new Path2D.Double();
            double cx = random.nextDouble() * width;
            double cy = random.nextDouble() * height;
            poly.moveTo(cx, cy);
            for (int k = 0; k < 6; k++) {
                poly.lineTo(cx + random.nextGaussian() * width / 10, cy + random.nextGaussian() * height / 10);
            }
            poly.closePath();
            g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256), 160));
            g.fill(poly);
        }
        g.setStroke(new BasicStroke(2.5f));
        for (int i = 0; i < 150; i++) {
            g.setColor(new Color(random.nextInt(120), random.nextInt(120), random.nextInt(200)));
            int x = random.nextInt(width);
            int y = random.nextInt(height);
            g.drawLine(x, y, x + random.nextInt(200) - 100, y + random.nextInt(200) - 100);
        }
        g.dispose();
        return img;
    }

    /** Few flat colours, no antialiasing: at most {@code colors} distinct values. */
    public static BufferedImage flat(int width, int height, int colors, int type) {
        BufferedImage img = new BufferedImage(width, height, type);
        Random random = new Random(7);
        int[] palette = new int[colors];
        for (int i = 0; i < colors; i++) {
            palette[i] = 0xFF000000 | random.nextInt(0x1000000);
        }
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                img.setRGB(x, y, palette[(x / 7 + y / 5) % colors]);
            }
        }
        return img;
    }
}
