package org.jmapserv.render.style;

import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.TexturePaint;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

import org.jmapserv.mapfile.model.SymbolType;
import org.jmapserv.render.font.FontException;
import org.jmapserv.render.output.CairoDrawing;
import org.jmapserv.render.scanline.SolidCanvas;
import org.jmapserv.render.scanline.StrokeStyle;
import org.jmapserv.render.symbol.MarkerPainter;

/**
 * Fills a polygon as msDrawShadeSymbol (maprendering.c) with AGG: even-odd rings; COLOR as a solid fill for
 * symbol 0, a HATCH symbol as parallel lines (SIZE = spacing, WIDTH = line width, ANGLE), any other symbol as a
 * tile of the marker (SIZE + GAP); OUTLINECOLOR strokes the rings at WIDTH.
 */
public final class PolygonPainter {

    private final MarkerPainter markers;
    private final double hatchOriginX;
    private final double hatchOriginY;

    /**
     * {@code hatchOriginX/Y}: the pixel position of the world origin (0,0), which MapServer keeps as the image's
     * refpt (msPrepareImage) and through which every hatch passes, so hatches are anchored to the map.
     */
    public PolygonPainter(MarkerPainter markers, double hatchOriginX, double hatchOriginY) {
        this.markers = markers;
        this.hatchOriginX = hatchOriginX;
        this.hatchOriginY = hatchOriginY;
    }

    public void paint(Graphics2D g, PixelShape shape, StyleValues v) throws FontException {
        paint(g, shape, v, true);
    }

    /**
     * As {@link #paint(Graphics2D, PixelShape, StyleValues)}. OFFSET x -99 / -999 offsets the rings sideways
     * first, as msDrawShadeSymbol does with msOffsetPolyline (rings offset as lines; {@code geosOffsets} false
     * when GEOS refuses the feature, see {@link OffsetLine#geosTakes}), and fills and outlines the result.
     */
    public void paint(Graphics2D g, PixelShape original, StyleValues style, boolean geosOffsets)
            throws FontException {
        PixelShape shape = original;
        StyleValues v = style;
        if (StyleValues.isParallel(v.offsetY()) && v.offsetX() != 0) {
            shape = LinePainter.offset(original, v, geosOffsets);
            v = v.withoutOffset();
        }
        SolidCanvas fast = SolidCanvas.of(g);
        boolean solidFill = !v.hasSymbol() || v.symbol().type() == SymbolType.SIMPLE;
        boolean image = v.hasSymbol() && (v.symbol().type() == SymbolType.PIXMAP || v.symbol().type() == SymbolType.SVG);
        if (fast != null && (solidFill || !v.color().isSet() && !image)) {
            paintFast(g, fast, shape, v);
            return;
        }
        Path2D.Double path = shape.path(true, v.offsetX(), StyleValues.isParallel(v.offsetY()) ? 0 : v.offsetY());
        if (!solidFill && (v.color().isSet() || image)) {
            // msDrawShadeSymbol: hatches and tiles have no polygon outline (a tile's markers carry OUTLINECOLOR)
            if (v.symbol().type() == SymbolType.HATCH) {
                hatch(g, shape, path, v);
            } else {
                tile(g, path, v);
            }
            return;
        }
        if (v.color().isSet()) {
            g.setColor(ColorText.awt(v.color()));
            g.fill(path);
        }
        StyleValues o = outlineStyle(v);
        if (o.outlineColor().isSet() && fast != null) {
            paintFast(g, fast, shape, withoutFill(o));
        } else if (o.outlineColor().isSet() && CairoDrawing.isCairo(g)) {
            outlineAsCairo(g, null, shape, o);
        } else if (o.outlineColor().isSet()) {
            g.setColor(ColorText.awt(o.outlineColor()));
            g.setStroke(Strokes.of(o.width(), o.lineCap(), o.lineJoin(), o.pattern()));
            g.draw(path);
        }
    }

    /** Solid fill and outline through our rasteriser, as agg2RenderPolygon and agg2RenderLine draw them. */
    private static void paintFast(Graphics2D g, SolidCanvas fast, PixelShape shape, StyleValues style) {
        StyleValues v = outlineStyle(style);
        double dx = v.offsetX();
        double dy = StyleValues.isParallel(v.offsetY()) ? 0 : v.offsetY();
        if (v.color().isSet()) {
            fast.fillPolygon(shape.xy(), shape.partStarts(), dx, dy, ColorText.awt(v.color()));
        }
        if (v.outlineColor().isSet() && CairoDrawing.isCairo(g)) {
            outlineAsCairo(g, fast, shape, v);
        } else if (v.outlineColor().isSet()) {
            // MapServer strokes rings as open lines ending on their closing vertex: caps there, not a join
            fast.strokeLines(shape.xy(), shape.partStarts(), dx, dy,
                    Strokes.aggStyle(v.width(), v.lineCap(), v.lineJoin()), Strokes.aggDashes(v.pattern()),
                    ColorText.awt(v.outlineColor()));
        }
    }

    /** The outline as renderLineCairo strokes it: the ring as an open line, the style's cap, round joins. */
    private static void outlineAsCairo(Graphics2D g, SolidCanvas fast, PixelShape shape, StyleValues v) {
        LinePainter.strokeAsCairo(g, fast, shape, v.offsetX(), StyleValues.isParallel(v.offsetY()) ? 0 : v.offsetY(),
                v.width(), v.lineCap(), CairoDrawing.dashes(v.pattern()), ColorText.awt(v.outlineColor()));
    }

    /**
     * msDrawShadeSymbol strokes the outline of a filled polygon (COLOR and OUTLINECOLOR in one STYLE) with
     * INIT_STROKE_STYLE's defaults: round caps and joins, no PATTERN (checked against 8.0, AGG and Cairo alike);
     * an outline-only style goes through msDrawLineSymbol and keeps its own LINECAP, LINEJOIN and PATTERN.
     */
    private static StyleValues outlineStyle(StyleValues v) {
        if (!v.color().isSet() || !v.outlineColor().isSet()) {
            return v;
        }
        return new StyleValues(v.color(), v.outlineColor(), v.width(), v.outlineWidth(), v.size(), v.angle(),
                v.autoAngle(), v.offsetX(), v.offsetY(), v.gap(), v.initialGap(), java.util.List.of(),
                org.jmapserv.mapfile.model.LineCap.ROUND, org.jmapserv.mapfile.model.LineJoin.ROUND, v.symbol(),
                v.geomTransform());
    }

    private static StyleValues withoutFill(StyleValues v) {
        return new StyleValues(org.jmapserv.mapfile.model.Color.UNSET, v.outlineColor(), v.width(), v.outlineWidth(),
                v.size(), v.angle(), v.autoAngle(), v.offsetX(), v.offsetY(), v.gap(), v.initialGap(), v.pattern(),
                v.lineCap(), v.lineJoin(), v.symbol(), v.geomTransform());
    }

    /**
     * As msHatchPolygon / createHatch (mapagg.cpp): lines at SIZE spacing whose normal is (sin ANGLE, cos ANGLE)
     * in image coordinates, one of them through the world origin's pixel, so hatches of neighbouring polygons
     * and of successive maps line up.
     */
    private void hatch(Graphics2D g, PixelShape shape, Path2D.Double area, StyleValues v) {
        double[] lines = hatchLines(area.getBounds2D(), v);
        int[] starts = new int[lines.length / 4];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = 2 * i;
        }
        java.awt.Color color = ColorText.awt(v.color());
        SolidCanvas fast = SolidCanvas.of(g);
        if (fast != null) {
            StrokeStyle style = new StrokeStyle(Math.max(v.width(), 0.1), StrokeStyle.Cap.BUTT,
                    StrokeStyle.Join.MITER, StrokeStyle.InnerJoin.MITER, StrokeStyle.DEFAULT_MITER_LIMIT);
            fast.strokeInside(lines, starts, style, null, shifted(shape, v), shape.partStarts(), color);
            return;
        }
        Path2D.Double path = new Path2D.Double();
        for (int i = 0; i < lines.length; i += 4) {
            path.moveTo(lines[i], lines[i + 1]);
            path.lineTo(lines[i + 2], lines[i + 3]);
        }
        java.awt.Stroke stroke = Strokes.of(Math.max(v.width(), 0.1), org.jmapserv.mapfile.model.LineCap.BUTT,
                v.lineJoin(), java.util.List.of());
        g.setColor(color);
        if (org.jmapserv.render.output.VectorCanvas.isVectorPage(g)) {
            // renderPolygonHatches for Cairo: the stroked lines clipped to the polygon are written as filled
            // polygons (a clipped stroke rasterises half a pixel apart once a PDF reader draws it)
            java.awt.geom.Area hatches = new java.awt.geom.Area(stroke.createStrokedShape(path));
            hatches.intersect(new java.awt.geom.Area(area));
            g.fill(hatches);
            return;
        }
        Shape oldClip = g.getClip();
        g.clip(area);
        g.setStroke(stroke);
        g.draw(path);
        g.setClip(oldClip);
    }

    /** Hatch lines over {@code b} as x0, y0, x1, y1 quadruples (see {@link #hatch}). */
    private double[] hatchLines(Rectangle2D b, StyleValues v) {
        double spacing = Math.max(v.size(), 1);
        double a = -Math.toRadians(v.angle());
        double ux = Math.cos(a);
        double uy = Math.sin(a);
        double nx = -uy;
        double ny = ux;
        double[] cx = {b.getMinX(), b.getMaxX(), b.getMinX(), b.getMaxX()};
        double[] cy = {b.getMinY(), b.getMinY(), b.getMaxY(), b.getMaxY()};
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        double along0 = Double.MAX_VALUE;
        double along1 = -Double.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            cx[i] -= hatchOriginX;
            cy[i] -= hatchOriginY;
            lo = Math.min(lo, cx[i] * nx + cy[i] * ny);
            hi = Math.max(hi, cx[i] * nx + cy[i] * ny);
            along0 = Math.min(along0, cx[i] * ux + cy[i] * uy);
            along1 = Math.max(along1, cx[i] * ux + cy[i] * uy);
        }
        java.util.List<double[]> out = new java.util.ArrayList<>();
        for (double k = Math.floor(lo / spacing); k * spacing <= hi; k++) {
            double d = k * spacing;
            out.add(new double[] {hatchOriginX + nx * d + ux * (along0 - 1), hatchOriginY + ny * d + uy * (along0 - 1),
                hatchOriginX + nx * d + ux * (along1 + 1), hatchOriginY + ny * d + uy * (along1 + 1)});
        }
        double[] flat = new double[out.size() * 4];
        for (int i = 0; i < out.size(); i++) {
            System.arraycopy(out.get(i), 0, flat, 4 * i, 4);
        }
        return flat;
    }

    private static double[] shifted(PixelShape shape, StyleValues v) {
        double dx = v.offsetX();
        double dy = StyleValues.isParallel(v.offsetY()) ? 0 : v.offsetY();
        if (dx == 0 && dy == 0) {
            return shape.xy();
        }
        double[] xy = shape.xy().clone();
        for (int i = 0; i < xy.length; i += 2) {
            xy[i] += dx;
            xy[i + 1] += dy;
        }
        return xy;
    }

    /**
     * A symbol tile as msDrawShadeSymbol sizes it for renderPolygonTiled: the symbol's own width and height times
     * its scale (SIZE over the symbol's default size), at least GAP when GAP is positive, the symbol drawn in the
     * tile's centre with its rotation, tiles laid from the image origin.
     */
    private void tile(Graphics2D g, Shape area, StyleValues v) throws FontException {
        double defaultSize = markers.defaultSize(v.symbol());
        double sx = markers.naturalWidth(v.symbol());
        double sy = markers.naturalHeight(v.symbol());
        double scale = defaultSize > 0 ? v.size() / defaultSize : 1;
        int pw;
        int ph;
        if (scale != 1) {
            // MS_NINT is lrint in 8.0: halves to even (a 12.5 pixel wide tile is 12 pixels)
            pw = v.gap() > 0 ? (int) Math.max(Math.rint(v.gap()), sx * scale) : (int) Math.rint(sx * scale);
            ph = v.gap() > 0 ? (int) Math.max(Math.rint(v.gap()), sy * scale) : (int) Math.rint(sy * scale);
        } else {
            pw = (int) (v.gap() > 0 ? Math.max(v.gap(), sx) : sx);
            ph = (int) (v.gap() > 0 ? Math.max(v.gap(), sy) : sy);
        }
        pw = Math.max(pw, 1);
        ph = Math.max(ph, 1);
        BufferedImage tile = new BufferedImage(pw, ph, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D tg = tile.createGraphics();
        tg.setRenderingHints(g.getRenderingHints());
        StyleValues inTile = new StyleValues(v.color(), v.outlineColor(), v.width(), 0, v.size(), v.angle(), false,
                0, 0, 0, -1, v.pattern(), v.lineCap(), v.lineJoin(), v.symbol(), null);
        if (seamless(g, v)) {
            // getTile's seamless mode: the symbol drawn on a 3x3 grid of tiles whose centre tile is kept; its
            // grid puts the symbols at 1.5, 2.5 and 3.5 tile widths, so only the symbols of the tile itself and of
            // its right and lower neighbours reach the kept tile (a rotated symbol wraps from there only)
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    markers.paint(tg, (i + 0.5) * pw, (j + 0.5) * ph, inTile, v.angle());
                }
            }
        } else {
            markers.paint(tg, pw / 2.0, ph / 2.0, inTile, v.angle());
        }
        tg.dispose();
        TexturePaint texture = new TexturePaint(tile, new Rectangle2D.Double(0, 0, pw, ph));
        if (org.jmapserv.render.output.VectorCanvas.lacksTexturePaint(g)) {
            fillAsImage(g, area, texture);
            return;
        }
        g.setPaint(texture);
        g.fill(area);
    }

    /**
     * msDrawShadeSymbol's seamless tiles: VECTOR symbols without GAP on the AGG (and Cairo raster) renderer, so that
     * what a symbol draws past its tile's edge (a rotated symbol, antialiased edges) shows in the next tile.
     */
    private static boolean seamless(Graphics2D g, StyleValues v) {
        return v.symbol().type() == SymbolType.VECTOR && v.gap() == 0
                && !org.jmapserv.render.output.VectorCanvas.isVectorPage(g);
    }

    /**
     * A texture fill on an SVG page: drawn on a raster the size of the shape's bounds and embedded as one
     * image (JFreeSVG cannot write a TexturePaint; Cairo writes a pattern of the tile, which looks the same).
     */
    private static void fillAsImage(Graphics2D g, Shape area, TexturePaint texture) {
        java.awt.Rectangle b = area.getBounds();
        if (b.isEmpty()) {
            return;
        }
        BufferedImage img = new BufferedImage(b.width, b.height, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D ig = img.createGraphics();
        ig.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
        ig.translate(-b.x, -b.y);
        ig.setPaint(texture);
        ig.fill(area);
        ig.dispose();
        g.drawImage(img, b.x, b.y, null);
    }
}
