package org.jmapserv.render.scanline;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;
import java.awt.image.WritableRaster;

/**
 * Solid polygon fills and line strokes drawn by our AGG-like rasteriser straight into a map canvas, as
 * agg2RenderPolygon and agg2RenderLine (mapagg.cpp) draw them: polygons even-odd with the format's gamma and
 * packed scanlines, lines stroked (and dashed) nonzero without gamma.
 *
 * <p>The one place that decides whether a drawing may bypass Java2D is {@link #of(Graphics2D)}: only a
 * Graphics2D that {@link #attach} tied to its TYPE_INT_ARGB_PRE image, with antialiasing on, identity
 * transform, no clip and plain SrcOver, qualifies; anything else (hatch clips, textures, copies made with
 * {@code create()}, layer canvases not attached) gets null and keeps drawing through Java2D.
 */
public final class SolidCanvas {

    private static final RenderingHints.Key KEY = new RenderingHints.Key(0x5ca7) {
        @Override
        public boolean isCompatibleValue(Object val) {
            return val instanceof SolidCanvas;
        }
    };

    private final Graphics2D owner;
    private final int width;
    private final int height;
    private final SolidSpanBlender blender;
    private final CoverageGamma polygonGamma;
    private final double gammaValue;
    private final CellRasterizer rasterizer = new CellRasterizer();
    private final Stroker stroker = new Stroker();
    private final Dasher dasher = new Dasher();
    private final CoverageMask mask = new CoverageMask();

    private SolidCanvas(Graphics2D owner, BufferedImage image, int[] pixels, int offset, int stride, double gamma) {
        this.owner = owner;
        this.width = image.getWidth();
        this.height = image.getHeight();
        this.blender = new SolidSpanBlender(pixels, offset, stride);
        this.polygonGamma = CoverageGamma.linear(gamma);
        this.gammaValue = gamma;
    }

    /**
     * Lets later drawings on {@code g} (which must draw on {@code image}) take the fast path, with
     * {@code gamma} as FORMATOPTION GAMMA for polygon fills. Images of another type are left to Java2D.
     */
    public static void attach(Graphics2D g, BufferedImage image, double gamma) {
        if (image.getType() != BufferedImage.TYPE_INT_ARGB_PRE) {
            return;
        }
        WritableRaster raster = image.getRaster();
        if (raster.getParent() != null || raster.getSampleModelTranslateX() != 0
                || raster.getSampleModelTranslateY() != 0
                || !(raster.getSampleModel() instanceof SinglePixelPackedSampleModel sm)
                || !(raster.getDataBuffer() instanceof DataBufferInt db)) {
            return;
        }
        g.setRenderingHint(KEY, new SolidCanvas(g, image, db.getData(), db.getOffset(), sm.getScanlineStride(),
                gamma));
    }

    /** The fast path for {@code g} in its current state, or null when Java2D must draw. */
    public static SolidCanvas of(Graphics2D g) {
        if (!(g.getRenderingHint(KEY) instanceof SolidCanvas c) || c.owner != g
                || g.getRenderingHint(RenderingHints.KEY_ANTIALIASING) != RenderingHints.VALUE_ANTIALIAS_ON
                || g.getClip() != null || !g.getTransform().isIdentity()) {
            return null;
        }
        Composite comp = g.getComposite();
        if (!(comp instanceof AlphaComposite ac) || ac.getRule() != AlphaComposite.SRC_OVER
                || ac.getAlpha() != 1f) {
            return null;
        }
        return c;
    }

    /** The gamma {@code g}'s canvas was attached with, or MapServer's default when there is none. */
    public static double gammaOf(Graphics2D g) {
        return g.getRenderingHint(KEY) instanceof SolidCanvas c ? c.gammaValue : CoverageGamma.MAPSERVER_DEFAULT;
    }

    /**
     * Fills the rings of an interleaved {@code xy} array (ring p starts at point {@code starts[p]}), moved by
     * (dx, dy), even-odd, as agg2RenderPolygon.
     */
    public void fillPolygon(double[] xy, int[] starts, double dx, double dy, Color color) {
        if (color.getAlpha() == 0) {
            return;
        }
        rasterizer.reset(width, height);
        addRings(xy, starts, dx, dy);
        paint(true, polygonGamma, true, color);
    }

    /**
     * Strokes every part of {@code xy} as an open line, moved by (dx, dy), dashed by {@code dashes} when it
     * holds at least one (dash, gap) pair, as agg2RenderLine.
     */
    public void strokeLines(double[] xy, int[] starts, double dx, double dy, StrokeStyle style, double[] dashes,
            Color color) {
        if (color.getAlpha() == 0 || !(style.width() > 0)) {
            return;
        }
        rasterizer.reset(width, height);
        addLines(xy, starts, dx, dy, style, dashes);
        paint(false, CoverageGamma.none(), false, color);
    }

    /**
     * Strokes {@code lines} (open, nonzero, no gamma, dashed when {@code dashes} holds a pair) only inside the
     * rings of {@code rings} (even-odd), as msHatchPolygon draws a HATCH fill clipped to its polygon.
     */
    public void strokeInside(double[] lines, int[] lineStarts, StrokeStyle style, double[] dashes, double[] rings,
            int[] ringStarts, Color color) {
        if (color.getAlpha() == 0 || !(style.width() > 0) || rings.length < 6) {
            return;
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i + 1 < rings.length; i += 2) {
            minX = Math.min(minX, rings[i]);
            maxX = Math.max(maxX, rings[i]);
            minY = Math.min(minY, rings[i + 1]);
            maxY = Math.max(maxY, rings[i + 1]);
        }
        int x0 = (int) Math.max(0, Math.floor(minX));
        int y0 = (int) Math.max(0, Math.floor(minY));
        int x1 = (int) Math.min(width, Math.ceil(maxX) + 1);
        int y1 = (int) Math.min(height, Math.ceil(maxY) + 1);
        if (x1 <= x0 || y1 <= y0) {
            return;
        }
        mask.reset(x0, y0, x1 - x0, y1 - y0);
        rasterizer.reset(width, height);
        addRings(rings, ringStarts, 0, 0);
        rasterizer.sweep(true, CoverageGamma.none(), mask.writer());
        rasterizer.reset(width, height);
        addLines(lines, lineStarts, 0, 0, style, dashes);
        blender.color(color.getRed(), color.getGreen(), color.getBlue(), color.getAlpha());
        blender.packedRuns(false);
        rasterizer.sweep(false, CoverageGamma.none(), mask.masking(blender));
    }

    private void addRings(double[] xy, int[] starts, double dx, double dy) {
        int points = xy.length / 2;
        for (int p = 0; p < starts.length; p++) {
            int s = starts[p];
            int e = p + 1 < starts.length ? starts[p + 1] : points;
            if (e - s < 3) {
                continue;
            }
            rasterizer.moveTo(xy[2 * s] + dx, xy[2 * s + 1] + dy);
            for (int i = s + 1; i < e; i++) {
                rasterizer.lineTo(xy[2 * i] + dx, xy[2 * i + 1] + dy);
            }
            rasterizer.closePath();
        }
    }

    private void addLines(double[] xy, int[] starts, double dx, double dy, StrokeStyle style, double[] dashes) {
        boolean dashed = dashes != null && dashes.length >= 2;
        int points = xy.length / 2;
        for (int p = 0; p < starts.length; p++) {
            int s = starts[p];
            int e = p + 1 < starts.length ? starts[p + 1] : points;
            if (e - s < 2) {
                continue;
            }
            if (dashed) {
                dasher.begin();
                for (int i = s; i < e; i++) {
                    dasher.add(xy[2 * i] + dx, xy[2 * i + 1] + dy);
                }
                dasher.end(dashes, 0, stroker, style, rasterizer);
            } else {
                stroker.begin();
                for (int i = s; i < e; i++) {
                    stroker.add(xy[2 * i] + dx, xy[2 * i + 1] + dy);
                }
                stroker.end(false, style, rasterizer);
            }
        }
    }

    private void paint(boolean evenOdd, CoverageGamma gamma, boolean packed, Color color) {
        blender.color(color.getRed(), color.getGreen(), color.getBlue(), color.getAlpha());
        blender.packedRuns(packed);
        rasterizer.sweep(evenOdd, gamma, blender);
    }
}
