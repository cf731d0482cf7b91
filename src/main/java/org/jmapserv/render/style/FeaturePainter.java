package org.jmapserv.render.style;

import java.awt.Graphics2D;

import org.jmapserv.data.Feature;
import org.jmapserv.data.ShapeKind;
import org.jmapserv.mapfile.model.LayerType;
import org.jmapserv.mapfile.model.StyleDef;
import org.jmapserv.mapfile.model.GeomTransformKind;
import org.jmapserv.mapfile.model.expr.ExpressionDef;
import org.jmapserv.mapfile.model.expr.ExpressionEvaluationException;
import org.jmapserv.mapfile.model.expr.ExpressionEvaluator;
import org.jmapserv.mapfile.model.expr.ExpressionKind;
import org.jmapserv.mapfile.model.expr.FeatureContext;
import org.jmapserv.render.MapView;
import org.jmapserv.render.font.FontException;
import org.jmapserv.render.symbol.MarkerPainter;
import org.locationtech.jts.geom.Geometry;

/**
 * Draws one feature with one resolved style, choosing the primitive as msDrawShape (mapdraw.c) does from the
 * layer TYPE, after applying the style's GEOMTRANSFORM (msGeomTransformShape, mapgeomtransform.c): start, end,
 * vertices (markers, rotated along the line with ANGLE AUTO), centroid, bbox, labelpnt, or an (expression)
 * such as buffer([shape], d) evaluated on the pixel geometry, as MapServer transforms styles in image space.
 */
public final class FeaturePainter {

    private final MarkerPainter markers;
    private final LinePainter lines;
    private final PolygonPainter polygons;
    private final ExpressionEvaluator evaluator;
    private final MapView view;

    public FeaturePainter(MarkerPainter markers, ExpressionEvaluator evaluator, MapView view) {
        this.markers = markers;
        this.lines = new LinePainter(markers);
        this.polygons = new PolygonPainter(markers, view.toPixelX(0), view.toPixelY(0));
        this.evaluator = evaluator;
        this.view = view;
    }

    public void paint(Graphics2D g, LayerType type, FeatureContext f, PixelShape px, StyleDef def, StyleValues v)
            throws FontException {
        ExpressionDef gt = def.geomTransform();
        if (type == LayerType.POINT) {
            paintAs(g, type, px, v); // msDrawPoint draws the marker at each point whatever the GEOMTRANSFORM
            return;
        }
        switch (GeomTransformKind.of(gt)) {
            // msOffsetCurve falls back from GEOS to its own corner offsets when GEOS cannot take the shape
            case NONE -> paintAs(g, type, px, v,
                    !(f instanceof Feature feature) || OffsetLine.geosTakes(feature.shape()));
            case EXPRESSION -> {
                Geometry geom;
                try {
                    geom = evaluator.evaluateGeometry(gt, new PixelFeature(f, px));
                } catch (ExpressionEvaluationException e) {
                    throw new TransformFailure("msDrawTransformedShape(): Expression parser error. Failed to process "
                            + "shape expression: " + gt.text() + " (" + e.getMessage() + ")");
                }
                if (geom != null && !geom.isEmpty()) {
                    PixelShape t = JtsPixels.ofPixels(geom);
                    paintAs(g, t.kind() == ShapeKind.POLYGON ? LayerType.POLYGON
                            : t.kind() == ShapeKind.LINE ? LayerType.LINE : LayerType.POINT, t, v);
                }
            }
            case START -> ends(g, px, v, true);
            case END -> ends(g, px, v, false);
            case VERTICES -> vertices(g, px, v);
            case CENTROID -> perimeterCentroid(g, f, px, v);
            case BBOX -> polygons.paint(g, bbox(px, v, view.width(), view.height()), v);
            // msDrawTransformedShape draws nothing for the label transforms on a class style...
            case LABELPNT, LABELPOLY -> { }
            // ...and fails the layer on labelcenter
            case LABELCENTER -> throw new TransformFailure(
                    "msDrawTransformedShape(): General error message. unknown geomtransform");
        }
    }

    /** A GEOMTRANSFORM that fails the layer, as msDrawTransformedShape's MS_FAILURE does. */
    public static final class TransformFailure extends RuntimeException {
        public TransformFailure(String message) {
            super(message);
        }
    }

    /** A pixel polygon built by the caller (circles, chart slices) filled and outlined as msDrawShadeSymbol. */
    public void paintPolygon(Graphics2D g, PixelShape px, StyleValues v) throws FontException {
        polygons.paint(g, px, v);
    }

    private void paintAs(Graphics2D g, LayerType type, PixelShape px, StyleValues v) throws FontException {
        paintAs(g, type, px, v, true);
    }

    private void paintAs(Graphics2D g, LayerType type, PixelShape px, StyleValues v, boolean geosOffsets)
            throws FontException {
        if (type == LayerType.POLYGON && px.kind() == ShapeKind.POLYGON) {
            polygons.paint(g, px, v, geosOffsets);
        } else if ((type == LayerType.LINE || type == LayerType.POLYGON)
                && (px.kind() == ShapeKind.LINE || px.kind() == ShapeKind.POLYGON)) {
            lines.paint(g, px, v, geosOffsets);
        } else {
            double dx = v.offsetX() + v.polarOffsetX();
            double dy = (StyleValues.isParallel(v.offsetY()) ? 0 : v.offsetY()) + v.polarOffsetY();
            for (int i = 0; i < px.pointCount(); i++) {
                markers.paint(g, px.x(i) + dx, px.y(i) + dy, v, v.angle());
            }
        }
    }

    private void ends(Graphics2D g, PixelShape px, StyleValues v, boolean start) throws FontException {
        for (int p = 0; p < px.partCount(); p++) {
            int s = px.partStart(p);
            int e = px.partEnd(p) - 1;
            if (e <= s) {
                continue;
            }
            int at = start ? s : e;
            int other = start ? s + 1 : e - 1;
            double a = Math.toDegrees(Math.atan2(-(px.y(start ? other : at) - px.y(start ? at : other)),
                    px.x(start ? other : at) - px.x(start ? at : other)));
            markers.paint(g, px.x(at) + v.polarOffsetX(), px.y(at) + v.polarOffsetY(), v, v.autoAngle() ? a : v.angle());
        }
    }

    private void vertices(Graphics2D g, PixelShape px, StyleValues v) throws FontException {
        for (int p = 0; p < px.partCount(); p++) {
            int s = px.partStart(p);
            int e = px.partEnd(p);
            for (int i = s + 1; i < e - 1; i++) {
                double a1 = Math.atan2(-(px.y(i) - px.y(i - 1)), px.x(i) - px.x(i - 1));
                double a2 = Math.atan2(-(px.y(i + 1) - px.y(i)), px.x(i + 1) - px.x(i));
                double a = Math.toDegrees(Math.atan2(Math.sin(a1) + Math.sin(a2), Math.cos(a1) + Math.cos(a2)));
                markers.paint(g, px.x(i) + v.polarOffsetX(), px.y(i) + v.polarOffsetY(), v,
                        v.autoAngle() ? a : v.angle());
            }
        }
    }

    /** {@code areaCentroid}: msGetPolygonCentroid's centre of area (CENTROID); else an interior point. */
    private void centroid(Graphics2D g, FeatureContext f, StyleValues v, boolean areaCentroid)
            throws FontException {
        Geometry geom = f.geometry();
        if (geom == null || geom.isEmpty()) {
            return;
        }
        org.locationtech.jts.geom.Point c = geom.getDimension() == 2 && !areaCentroid ? geom.getInteriorPoint()
                : geom.getCentroid();
        markers.paint(g, view.toPixelX(c.getX()) + v.polarOffsetX(), view.toPixelY(c.getY()) + v.polarOffsetY(), v,
                v.angle());
    }

    /**
     * msGetPolygonCentroid (mapprimitive.c), which GEOMTRANSFORM "centroid" uses on the drawn pixel shape: the
     * middle of every edge of every ring or line part, weighted by the edge's length. It is not the area
     * centroid: a polygon cut off at the image edge gets its marker pulled towards the cut.
     */
    static double[] perimeterCentroid(PixelShape px) {
        double wx = 0, wy = 0, total = 0;
        for (int p = 0; p < px.partCount(); p++) {
            for (int i = px.partStart(p) + 1; i < px.partEnd(p); i++) {
                double len = Math.hypot(px.x(i) - px.x(i - 1), px.y(i) - px.y(i - 1));
                wx += len * (px.x(i - 1) + px.x(i)) / 2;
                wy += len * (px.y(i - 1) + px.y(i)) / 2;
                total += len;
            }
        }
        return total == 0 ? null : new double[] {wx / total, wy / total};
    }

    private void perimeterCentroid(Graphics2D g, FeatureContext f, PixelShape px, StyleValues v)
            throws FontException {
        if (px.kind() != ShapeKind.POLYGON && px.kind() != ShapeKind.LINE) {
            centroid(g, f, v, false);
            return;
        }
        double[] c = perimeterCentroid(px);
        if (c != null) {
            markers.paint(g, c[0] + v.polarOffsetX(), c[1] + v.polarOffsetY(), v, v.angle());
        }
    }

    /**
     * GEOMTRANSFORM "bbox" as msDrawTransformedShape builds it: the pixel bounds clipped to the image grown by
     * max(WIDTH, SIZE) + 3 (so the clipped sides stay outside), as a ring starting at the top-left corner and
     * running down the left side first, which is where a PATTERN's dashes start.
     */
    static PixelShape bbox(PixelShape px, StyleValues v, int width, int height) {
        double x0 = Double.MAX_VALUE;
        double y0 = Double.MAX_VALUE;
        double x1 = -Double.MAX_VALUE;
        double y1 = -Double.MAX_VALUE;
        for (int i = 0; i < px.pointCount(); i++) {
            x0 = Math.min(x0, px.x(i));
            x1 = Math.max(x1, px.x(i));
            y0 = Math.min(y0, px.y(i));
            y1 = Math.max(y1, px.y(i));
        }
        int padding = (int) Math.max(v.width(), v.size()) + 3;
        x0 = Math.max(x0, -padding);
        y0 = Math.max(y0, -padding);
        x1 = Math.min(x1, width + padding);
        y1 = Math.min(y1, height + padding);
        return new PixelShape(ShapeKind.POLYGON, new int[] {0}, new double[] {x0, y0, x0, y1, x1, y1, x1, y0, x0, y0});
    }
}
