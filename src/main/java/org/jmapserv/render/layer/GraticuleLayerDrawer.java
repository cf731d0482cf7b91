package org.jmapserv.render.layer;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.jmapserv.data.AttributeRow;
import org.jmapserv.data.Feature;
import org.jmapserv.data.FeatureCursor;
import org.jmapserv.data.FeatureSource;
import org.jmapserv.data.ShapeGeometry;
import org.jmapserv.data.ShapeKind;
import org.jmapserv.mapfile.model.Extent;
import org.jmapserv.mapfile.model.GridDef;
import org.jmapserv.mapfile.model.LabelDef;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.render.RenderException;
import org.jmapserv.render.font.FontException;
import org.jmapserv.render.font.FontRegistry;
import org.locationtech.jts.geom.Envelope;

/**
 * Draws a LAYER with a GRID block (CONNECTIONTYPE GRATICULE) as mapgraticule.c generates it and msDrawVectorLayer
 * draws it: the map extent in the layer's coordinates is split by DefineAxis (MININTERVAL / MAXINTERVAL,
 * MINARCS / MAXARCS, else 16 ticks) into meridians then parallels of MAXSUBDIVIDE (default 256) segments; when the
 * first CLASS has a LABEL, each meridian is preceded by two short label lines at the bottom and top edges and each
 * parallel by two at the left and right edges, carrying the value formatted by LABELFORMAT (C printf, default
 * "%5.2g", or DD / DDMM / DDMMSS), sized from the label text so the label sits inside the map. Everything then goes
 * through the ordinary vector drawing: classes, styles, clipping, reprojection, the label cache.
 */
final class GraticuleLayerDrawer implements LayerDrawer {

    private static final int ARC_SUBDIVISION_DEFAULT = 256;
    private static final int ARC_MINIMUM = 16;

    @Override
    public PendingLayer prepare(LayerDef layer, DrawContext ctx) throws RenderException {
        return g -> {
            List<Feature> features = features(layer, ctx);
            return new VectorLayerPainter(layer, ctx).draw(new ListSource(features), g);
        };
    }

    private enum Edge { BOTTOM, TOP, LEFT, RIGHT }

    private static List<Feature> features(LayerDef layer, DrawContext ctx) throws RenderException {
        GridDef grid = layer.grid();
        LayerReprojection proj = LayerReprojection.of(layer, ctx);
        Extent mapExtent = ctx.view().extent();
        Extent rect = proj.queryExtent(mapExtent);
        double minInc = grid.minInterval();
        double maxInc = grid.maxInterval();
        double startInc = minInc > 0 ? minInc : maxInc > 0 ? maxInc : 0;
        int ticks = grid.maxArcs() > 0 ? (int) grid.maxArcs() : grid.minArcs() > 0 ? (int) grid.minArcs() : 0;
        double[] lon = defineAxis(ticks, rect.minX(), rect.maxX(), startInc);
        double[] lat = defineAxis(ticks, rect.minY(), rect.maxY(), startInc);
        double incLon = lon[2];
        double incLat = lat[2];
        if (minInc > 0) {
            incLon = incLat = minInc;
        } else if (maxInc > 0) {
            incLon = incLat = maxInc;
        }
        int n = grid.minSubdivide() <= 0 || grid.maxSubdivide() <= 0 ? ARC_SUBDIVISION_DEFAULT
                : (int) grid.maxSubdivide();
        // the map extent's edges in layer coordinates: where labels meet the border
        double[][] edges = {
            {mapExtent.minX(), mapExtent.maxY(), mapExtent.maxX(), mapExtent.maxY()},
            {mapExtent.minX(), mapExtent.minY(), mapExtent.maxX(), mapExtent.minY()},
            {mapExtent.minX(), mapExtent.minY(), mapExtent.minX(), mapExtent.maxY()},
            {mapExtent.maxX(), mapExtent.minY(), mapExtent.maxX(), mapExtent.maxY()}};
        for (double[] e : edges) {
            proj.pointsToLayer(e);
        }
        LabelDef label = layer.classes().isEmpty() || layer.classes().get(0).labels().isEmpty() ? null
                : layer.classes().get(0).labels().get(0);
        Labels labels = new Labels(layer, ctx, proj, label, grid.labelFormat());
        List<Feature> out = new ArrayList<>();
        double startLat = lat[0];
        double endLat = lat[1];
        double startLon = lon[0];
        double endLon = lon[1];
        double dLat = (endLat - startLat) / n;
        double dLon = (endLon - startLon) / n;
        if (incLon > 0) {
            for (double x = startLon; x <= endLon; x += incLon) {
                if (label != null) {
                    labels.vertical(out, x, edges[1], dLat, Edge.BOTTOM);
                    labels.vertical(out, x, edges[0], dLat, Edge.TOP);
                }
                double[] xy = new double[2 * (n + 1)];
                for (int i = 0; i <= n; i++) {
                    xy[2 * i] = x;
                    xy[2 * i + 1] = i == 0 ? startLat : startLat + i * dLat;
                }
                out.add(line(out.size(), xy, null));
            }
        }
        if (incLat > 0) {
            for (double y = startLat; y <= endLat; y += incLat) {
                if (label != null) {
                    labels.horizontal(out, y, edges[2], dLon, Edge.LEFT);
                    labels.horizontal(out, y, edges[3], dLon, Edge.RIGHT);
                }
                double[] xy = new double[2 * (n + 1)];
                for (int i = 0; i <= n; i++) {
                    xy[2 * i] = i == 0 ? startLon : startLon + i * dLon;
                    xy[2 * i + 1] = y;
                }
                out.add(line(out.size(), xy, null));
            }
        }
        return out;
    }

    private static Feature line(long index, double[] xy, String text) {
        return new Feature(index, ShapeGeometry.of(ShapeKind.LINE, new int[] {0}, xy), new Row(text));
    }

    /** DefineAxis (Michael P.D. Bramley's axis routine in mapgraticule.c): {start, end, increment}. */
    static double[] defineAxis(int tickTarget, double min, double max, double inc) {
        double range = max - min;
        if (range < 0) {
            return new double[] {min, max, 0};
        }
        if (range == 0) {
            double lo = Math.ceil(max) - 1;
            return new double[] {lo, lo + 1, 1};
        }
        double testInc = Math.pow(10.0, Math.ceil(Math.log10(range / 10)));
        if (inc > 0 && testInc != inc) {
            testInc = inc;
        }
        double testMax = ((long) (max / testInc)) * testInc;
        if (testMax < max) {
            testMax += testInc;
        }
        double testMin = testMax;
        int i = 0;
        do {
            ++i;
            testMin -= testInc;
        } while (testMin > min);
        int target = tickTarget <= 0 ? ARC_MINIMUM : tickTarget;
        while (i < target) {
            testInc /= 2;
            i *= 2;
        }
        return new double[] {testMin, testMax, testInc};
    }

    /** The label lines of _AdjustLabelPosition, and their text as _FormatLabel prints it. */
    private static final class Labels {
        private final DrawContext ctx;
        private final LayerReprojection proj;
        private final LabelDef label;
        private final String format;
        private final Kind kind;
        private final Font font;

        private enum Kind { DEFAULT, DDMMSS, DDMM, DD }

        Labels(LayerDef layer, DrawContext ctx, LayerReprojection proj, LabelDef label, String labelFormat)
                throws RenderException {
            this.ctx = ctx;
            this.proj = proj;
            this.label = label;
            if (labelFormat == null) {
                kind = Kind.DEFAULT;
                format = "%5.2g";
            } else if (labelFormat.equals("DDMMSS")) {
                kind = Kind.DDMMSS;
                format = null;
            } else if (labelFormat.equals("DDMM")) {
                kind = Kind.DDMM;
                format = null;
            } else if (labelFormat.equals("DD")) {
                kind = Kind.DD;
                format = null;
            } else {
                kind = Kind.DEFAULT;
                format = labelFormat;
            }
            Font f = null;
            if (label != null) {
                try {
                    f = FontRegistry.sized(ctx.fonts().face(ctx.fontSet(), label.font()), Math.max(label.size(), 1));
                } catch (FontException e) {
                    throw VectorLayerPainter.failure(layer, e.getMessage());
                }
            }
            this.font = f;
        }

        String text(double v) {
            return switch (kind) {
                case DDMMSS -> {
                    int deg = (int) v;
                    double rest = Math.abs(v - deg);
                    int min = (int) (rest * 60.0);
                    rest -= min / 60.0;
                    yield String.format("%3d %02d %02d", deg, min, (int) (rest * 3600.0));
                }
                case DDMM -> {
                    int deg = (int) v;
                    yield String.format("%3d %02d", deg, (int) (Math.abs(v - deg) * 60.0));
                }
                case DD -> String.format("%3d", (int) v);
                case DEFAULT -> CFormat.format(format, v);
            };
        }

        /**
         * msGetStringSize's box for the text: as wide as the glyphs' advances (leading blanks of "%3d" count), as
         * high as their ink.
         */
        private Rectangle2D size(String text) {
            FontRenderContext frc = new FontRenderContext(null, true, true);
            java.awt.font.GlyphVector gv = font.createGlyphVector(frc, text);
            Rectangle2D ink = gv.getVisualBounds();
            return new Rectangle2D.Double(0, ink.getY(), gv.getLogicalBounds().getWidth(), ink.getHeight());
        }

        void vertical(List<Feature> out, double x, double[] edge, double arcDelta, Edge where) {
            double dx = Math.abs((x - edge[0]) / (edge[2] - edge[0]));
            double y0 = (edge[3] - edge[1]) * dx + (where == Edge.BOTTOM ? edge[1] : edge[3]);
            double[] xy = where == Edge.BOTTOM ? new double[] {x, y0, x, y0 + arcDelta}
                    : new double[] {x, y0 - arcDelta, x, y0};
            String text = text(xy[0]);
            if (adjust(xy, text, where)) {
                out.add(line(out.size(), xy, text));
            }
        }

        void horizontal(List<Feature> out, double y, double[] edge, double arcDelta, Edge where) {
            double dy = Math.abs((y - edge[1]) / (edge[3] - edge[1]));
            double x0 = (edge[2] - edge[0]) * dy + (where == Edge.LEFT ? edge[0] : edge[2]);
            double[] xy = where == Edge.LEFT ? new double[] {x0, y, x0 + arcDelta, y}
                    : new double[] {x0 - arcDelta, y, x0, y};
            String text = text(xy[1]);
            if (adjust(xy, text, where)) {
                out.add(line(out.size(), xy, text));
            }
        }

        /** _AdjustLabelPosition: the label line moved into the image by twice the text size plus 5 pixels. */
        private boolean adjust(double[] xy, String text, Edge where) {
            double px = xy[0];
            double py = xy[1];
            proj.pointsToMap(xy);
            if (!Double.isFinite(xy[0]) || !Double.isFinite(xy[1]) || !Double.isFinite(xy[2])
                    || !Double.isFinite(xy[3])) {
                return false;
            }
            double cell = ctx.view().cellSize();
            Extent e = ctx.view().extent();
            double[] pix = new double[4];
            for (int i = 0; i < 4; i += 2) {
                pix[i] = Math.floor((xy[i] - e.minX()) / cell + 0.5);
                pix[i + 1] = Math.floor((e.maxY() - xy[i + 1]) / cell + 0.5);
            }
            Rectangle2D r = size(text);
            int w = ctx.view().width();
            int h = ctx.view().height();
            switch (where) {
                case BOTTOM -> {
                    pix[3] = h;
                    pix[1] = h - (Math.abs(r.getHeight()) * 2 + 5);
                }
                case TOP -> {
                    pix[3] = 0;
                    pix[1] = Math.abs(r.getHeight()) * 2 + 5;
                }
                case LEFT -> {
                    pix[0] = 0;
                    pix[2] = Math.abs(r.getWidth()) * 2 + 5;
                }
                case RIGHT -> {
                    pix[2] = w;
                    pix[0] = w - (Math.abs(r.getWidth()) * 2 + 5);
                }
            }
            for (int i = 0; i < 4; i += 2) {
                xy[i] = e.minX() + pix[i] * cell;
                xy[i + 1] = e.maxY() - pix[i + 1] * cell;
            }
            proj.pointsToLayer(xy);
            if (where == Edge.BOTTOM || where == Edge.TOP) {
                xy[0] = xy[2] = px;
            } else {
                xy[1] = xy[3] = py;
            }
            return true;
        }
    }

    /** A graticule feature's one item, "Graticule" (msGraticuleLayerGetItems), and its label text. */
    private record Row(String text) implements AttributeRow {
        @Override
        public String shapeText() {
            return text;
        }

        @Override
        public List<String> names() {
            return List.of("Graticule");
        }

        @Override
        public String value(int index) {
            return text == null ? "" : text;
        }
    }

    /** The generated features, handed to the vector painter as a data source. */
    private record ListSource(List<Feature> features) implements FeatureSource {
        @Override
        public List<String> attributeNames() {
            return List.of("Graticule");
        }

        @Override
        public Envelope bounds() {
            Envelope env = new Envelope();
            features.forEach(f -> env.expandToInclude(f.shape().envelope()));
            return env;
        }

        @Override
        public FeatureCursor query(Envelope extent) {
            return FeatureCursor.over(features, null); // generated for this view: every line is in it
        }

        @Override
        public long count() {
            return features.size();
        }

        @Override
        public void close() {
        }
    }
}
