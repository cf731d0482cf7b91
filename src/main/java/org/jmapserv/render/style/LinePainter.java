package org.jmapserv.render.style;

import java.awt.Graphics2D;
import java.awt.geom.Path2D;

import org.jmapserv.render.font.FontException;
import org.jmapserv.render.output.CairoDrawing;
import org.jmapserv.render.scanline.SolidCanvas;
import org.jmapserv.render.scanline.StrokeStyle;
import org.jmapserv.render.symbol.MarkerPainter;

/**
 * Strokes a line feature as msDrawLineSymbol (maprendering.c): a plain line in COLOR at WIDTH for symbol 0 or
 * when no GAP is set; with a marker symbol and a GAP, markers every |GAP| pixels along the line (rotated to the
 * line unless GAP is negative). OUTLINECOLOR with OUTLINEWIDTH draws a wider line underneath first. OFFSET
 * x -99 shifts the line sideways (msOffsetPolyline), OFFSET x -999 draws it x / 2 to both sides, other offsets
 * translate it.
 */
public final class LinePainter {

    private final MarkerPainter markers;

    public LinePainter(MarkerPainter markers) {
        this.markers = markers;
    }

    public void paint(Graphics2D g, PixelShape shape, StyleValues v) throws FontException {
        paint(g, shape, v, true);
    }

    /**
     * As {@link #paint(Graphics2D, PixelShape, StyleValues)}; {@code geosOffsets} false when the feature is one
     * GEOS refuses (see {@link OffsetLine#geosTakes}), so OFFSET x -99 / -999 use msOffsetCurve's own corners.
     */
    public void paint(Graphics2D g, PixelShape shape, StyleValues v, boolean geosOffsets) throws FontException {
        PixelShape s = shape;
        double dx = 0;
        double dy = 0;
        if (StyleValues.isParallel(v.offsetY())) {
            s = offset(shape, v, geosOffsets);
        } else {
            dx = v.offsetX();
            dy = v.offsetY();
        }
        if (v.hasSymbol() && v.gap() != 0) {
            new MarkersAlongLine(markers).paint(g, s, v, dx, dy);
            return;
        }
        if (CairoDrawing.isCairo(g)) {
            strokeAsCairo(g, s, dx, dy, v);
            return;
        }
        SolidCanvas fast = SolidCanvas.of(g);
        if (fast != null) {
            double[] dashes = Strokes.aggDashes(v.pattern());
            if (v.outlineColor().isSet() && v.outlineWidth() > 0) {
                fast.strokeLines(s.xy(), s.partStarts(), dx, dy,
                        Strokes.aggStyle(v.width() + 2 * v.outlineWidth(), v.lineCap(), v.lineJoin()), dashes,
                        ColorText.awt(v.outlineColor()));
            }
            if (v.color().isSet() && v.width() > 0) {
                fast.strokeLines(s.xy(), s.partStarts(), dx, dy, Strokes.aggStyle(v.width(), v.lineCap(),
                        v.lineJoin()), dashes, ColorText.awt(v.color()));
            }
            return;
        }
        Path2D.Double path = s.path(false, dx, dy);
        if (v.outlineColor().isSet() && v.outlineWidth() > 0) {
            g.setColor(ColorText.awt(v.outlineColor()));
            g.setStroke(Strokes.of(v.width() + 2 * v.outlineWidth(), v.lineCap(), v.lineJoin(), v.pattern()));
            g.draw(path);
        }
        if (v.color().isSet() && v.width() > 0) {
            g.setColor(ColorText.awt(v.color()));
            g.setStroke(Strokes.of(v.width(), v.lineCap(), v.lineJoin(), v.pattern()));
            g.draw(path);
        }
    }

    /**
     * renderLineCairo: the style's cap (BUTT, SQUARE, else ROUND) whatever the width, round joins always, the
     * PATTERN as Cairo's dash array (not rounded to whole pixels as AGG does).
     */
    private static void strokeAsCairo(Graphics2D g, PixelShape s, double dx, double dy, StyleValues v) {
        double[] dashes = CairoDrawing.dashes(v.pattern());
        SolidCanvas fast = SolidCanvas.of(g);
        if (v.outlineColor().isSet() && v.outlineWidth() > 0) {
            strokeAsCairo(g, fast, s, dx, dy, v.width() + 2 * v.outlineWidth(), v.lineCap(), dashes,
                    ColorText.awt(v.outlineColor()));
        }
        if (v.color().isSet() && v.width() > 0) {
            strokeAsCairo(g, fast, s, dx, dy, v.width(), v.lineCap(), dashes, ColorText.awt(v.color()));
        }
    }

    /** One stroke of {@code s} as renderLineCairo draws it (see {@link #strokeAsCairo(Graphics2D, PixelShape,
     * double, double, StyleValues)}); {@code fast} is g's fast path or null. */
    static void strokeAsCairo(Graphics2D g, SolidCanvas fast, PixelShape s, double dx, double dy,
            double width, org.jmapserv.mapfile.model.LineCap lineCap, double[] dashes, java.awt.Color color) {
        org.jmapserv.mapfile.model.LineCap cap = CairoDrawing.lineCap(g, lineCap);
        if (fast != null) {
            StrokeStyle.Cap c = switch (cap) {
                case BUTT -> StrokeStyle.Cap.BUTT;
                case SQUARE -> StrokeStyle.Cap.SQUARE;
                default -> StrokeStyle.Cap.ROUND;
            };
            fast.strokeLines(s.xy(), s.partStarts(), dx, dy, new StrokeStyle(width, c, StrokeStyle.Join.ROUND,
                    StrokeStyle.InnerJoin.MITER, StrokeStyle.DEFAULT_MITER_LIMIT), dashes, color);
            return;
        }
        java.util.List<Double> pattern = new java.util.ArrayList<>();
        if (dashes != null) {
            for (double d : dashes) {
                pattern.add(d);
            }
        }
        g.setColor(color);
        g.setStroke(Strokes.of(width, cap, org.jmapserv.mapfile.model.LineJoin.ROUND, pattern));
        g.draw(s.path(false, dx, dy));
    }

    /** The parts of {@code a} then those of {@code b}, as msOffsetPolyline joins the two sides of -999. */
    /** msOffsetPolyline for OFFSET x -99 (one side) and x -999 (x / 2 to both sides). */
    static PixelShape offset(PixelShape shape, StyleValues v, boolean geosOffsets) {
        if (v.offsetY() == StyleValues.PERPENDICULAR) {
            return OffsetLine.offset(shape, v.offsetX(), geosOffsets);
        }
        return bothSides(OffsetLine.offset(shape, v.offsetX() / 2, geosOffsets),
                OffsetLine.offset(shape, -v.offsetX() / 2, geosOffsets));
    }

    private static PixelShape bothSides(PixelShape a, PixelShape b) {
        double[] xy = new double[a.xy().length + b.xy().length];
        System.arraycopy(a.xy(), 0, xy, 0, a.xy().length);
        System.arraycopy(b.xy(), 0, xy, a.xy().length, b.xy().length);
        int[] starts = new int[a.partStarts().length + b.partStarts().length];
        System.arraycopy(a.partStarts(), 0, starts, 0, a.partStarts().length);
        int shift = a.xy().length / 2;
        for (int i = 0; i < b.partStarts().length; i++) {
            starts[a.partStarts().length + i] = b.partStarts()[i] + shift;
        }
        return new PixelShape(a.kind(), starts, xy);
    }
}
