package org.jmapserv.render.scanline;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Our fast path against Java2D's antialiased drawing of the same random shapes. The two rasterisers differ in
 * subpixel sampling (AGG computes exact area, Marlin samples), so pixels may differ a little on edges; the
 * tolerance: no pixel off by more than 64 in a channel in more than 0.5 % of pixels, mean difference under 2
 * levels (AGG's blend truncates with {@code >> 8} where Java2D rounds, so overlapping translucent fills drift
 * by about one level).
 */
class SolidCanvasDrawsLikeJava2dTest {

    private static final int W = 200;
    private static final int H = 150;

    private static Graphics2D graphics(BufferedImage img) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, W, H);
        return g;
    }

    private static double[] randomRing(Random rnd) {
        int n = 3 + rnd.nextInt(8);
        double cx = rnd.nextDouble() * W;
        double cy = rnd.nextDouble() * H;
        double[] xy = new double[2 * n + 2];
        for (int i = 0; i < n; i++) {
            double a = 2 * Math.PI * i / n;
            double r = 5 + rnd.nextDouble() * 40;
            xy[2 * i] = cx + r * Math.cos(a);
            xy[2 * i + 1] = cy + r * Math.sin(a);
        }
        xy[2 * n] = xy[0];
        xy[2 * n + 1] = xy[1];
        return xy;
    }

    private static Path2D.Double path(double[] xy, boolean close) {
        Path2D.Double p = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        p.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            p.lineTo(xy[i], xy[i + 1]);
        }
        if (close) {
            p.closePath();
        }
        return p;
    }

    private static void assertClose(BufferedImage a, BufferedImage b) {
        int bad = 0;
        long sum = 0;
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                int worst = 0;
                for (int s = 0; s < 32; s += 8) {
                    int d = Math.abs((p >> s & 255) - (q >> s & 255));
                    worst = Math.max(worst, d);
                    sum += d;
                }
                if (worst > 64) {
                    bad++;
                }
            }
        }
        double share = 100.0 * bad / (W * H);
        double mean = sum / (4.0 * W * H);
        assertTrue(share <= 0.5, "share of pixels off by more than 64: " + share + " %");
        assertTrue(mean < 2, "mean channel difference " + mean);
    }

    @Test
    void randomPolygonFillsMatchJava2dWithinTolerance() {
        Random rnd = new Random(42);
        BufferedImage ours = new BufferedImage(W, H, BufferedImage.TYPE_INT_ARGB_PRE);
        BufferedImage theirs = new BufferedImage(W, H, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D go = graphics(ours);
        Graphics2D gt = graphics(theirs);
        SolidCanvas.attach(go, ours, 1); // no gamma: Java2D has none
        SolidCanvas fast = SolidCanvas.of(go);
        assertNotNull(fast);
        for (int i = 0; i < 30; i++) {
            double[] ring = randomRing(rnd);
            Color c = new Color(rnd.nextInt(256), rnd.nextInt(256), rnd.nextInt(256), 128 + rnd.nextInt(128));
            fast.fillPolygon(ring, new int[] {0}, 0, 0, c);
            gt.setColor(c);
            gt.fill(path(ring, true));
        }
        assertClose(ours, theirs);
    }

    @Test
    void randomStrokesMatchJava2dWithinTolerance() {
        Random rnd = new Random(7);
        BufferedImage ours = new BufferedImage(W, H, BufferedImage.TYPE_INT_ARGB_PRE);
        BufferedImage theirs = new BufferedImage(W, H, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D go = graphics(ours);
        Graphics2D gt = graphics(theirs);
        SolidCanvas.attach(go, ours, 1);
        SolidCanvas fast = SolidCanvas.of(go);
        for (int i = 0; i < 30; i++) {
            double[] line = randomRing(rnd);
            float width = 1.5f + rnd.nextInt(6);
            Color c = new Color(rnd.nextInt(256), rnd.nextInt(256), rnd.nextInt(256));
            fast.strokeLines(line, new int[] {0}, 0, 0, new StrokeStyle(width, StrokeStyle.Cap.ROUND,
                    StrokeStyle.Join.ROUND, StrokeStyle.InnerJoin.MITER, 4), null, c);
            gt.setColor(c);
            gt.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            gt.draw(path(line, false));
        }
        assertClose(ours, theirs);
    }

    @Test
    void linesStrokedInsideAPolygonStopAtItsEdge() {
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = graphics(img);
        SolidCanvas.attach(g, img, 0.75);
        double[] square = {20, 20, 60, 20, 60, 60, 20, 60, 20, 20};
        double[] line = {0, 40, 100, 40}; // crosses the square from left to right
        SolidCanvas.of(g).strokeInside(line, new int[] {0}, new StrokeStyle(4, StrokeStyle.Cap.BUTT,
                StrokeStyle.Join.MITER, StrokeStyle.InnerJoin.MITER, 4), null, square, new int[] {0}, Color.BLACK);
        assertTrue((img.getRGB(40, 40) & 0xffffff) == 0, "inside the square: drawn");
        assertTrue((img.getRGB(10, 40) & 0xffffff) == 0xffffff, "left of the square: clipped");
        assertTrue((img.getRGB(80, 40) & 0xffffff) == 0xffffff, "right of the square: clipped");
        assertTrue((img.getRGB(40, 30) & 0xffffff) == 0xffffff, "off the line: untouched");
    }

    @Test
    void onlyAnAttachedUntransformedUnclippedSrcOverGraphicsTakesTheFastPath() {
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = graphics(img);
        assertNull(SolidCanvas.of(g), "not attached");
        SolidCanvas.attach(g, img, 0.75);
        assertNotNull(SolidCanvas.of(g));
        g.clipRect(0, 0, 10, 10);
        assertNull(SolidCanvas.of(g), "clipped");
        g.setClip(null);
        g.translate(1, 0);
        assertNull(SolidCanvas.of(g), "transformed");
        g.translate(-1, 0);
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.5f));
        assertNull(SolidCanvas.of(g), "translucent composite");
        g.setComposite(AlphaComposite.SrcOver);
        assertNotNull(SolidCanvas.of(g));
        assertNull(SolidCanvas.of((Graphics2D) g.create()), "a copy may be changed behind our back");
        BufferedImage rgb = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D other = graphics(rgb);
        SolidCanvas.attach(other, rgb, 0.75);
        assertNull(SolidCanvas.of(other), "only premultiplied ARGB canvases");
    }
}
