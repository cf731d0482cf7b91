package org.jmapserv.render.layer;

import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jmapserv.data.Feature;
import org.jmapserv.data.FeatureCursor;
import org.jmapserv.data.FeatureSource;
import org.jmapserv.data.ShapeGeometry;
import org.jmapserv.data.ShapeKind;
import org.jmapserv.mapfile.model.ClassDef;
import org.jmapserv.mapfile.model.Extent;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.StyleDef;
import org.jmapserv.render.RenderException;
import org.jmapserv.render.font.FontException;
import org.jmapserv.render.label.PolygonLabelPoint;
import org.jmapserv.render.style.ArcShape;
import org.jmapserv.render.style.PixelShape;
import org.jmapserv.render.style.PolygonPainter;
import org.jmapserv.render.style.StyleResolver;
import org.jmapserv.render.style.StyleValues;
import org.jmapserv.render.symbol.MarkerPainter;
import org.jmapserv.render.symbol.SymbolCatalog;
import org.locationtech.jts.geom.Envelope;

/**
 * Draws a {@code TYPE CHART} layer as msDrawChartLayer (mapchart.c): PROCESSING "CHART_TYPE" pie (default), bar
 * or vbar; every CLASS whose EXPRESSION matches a feature adds one value, the SIZE of its first STYLE (usually
 * bound to an attribute), drawn with that style (COLOR, OUTLINECOLOR, WIDTH; a pie slice is pulled out by
 * OFFSET x). "CHART_SIZE" is the pie diameter, the vbar width or the bar "width [height]" (default 20);
 * "CHART_SIZE_RANGE" = "item mindiameter maxdiameter minvalue maxvalue [exponent]" sizes pies from an
 * attribute; "CHART_SCALE" multiplies vbar values; "CHART_BAR_MINVAL"/"CHART_BAR_MAXVAL" fix the bar axis.
 * A chart is placed at the point, the middle segment of a line or the label point of a polygon, and left out
 * when it would not fit wholly inside the image (MS_CHART_FITS).
 */
final class ChartLayerPainter {

    private enum Kind { PIE, BAR, VBAR }

    private final LayerDef layer;
    private final DrawContext ctx;
    private final Kind kind;
    private final StyleResolver styles;
    private final PolygonPainter polygons;
    private final StyleDef[] firstStyles;
    private final org.jmapserv.mapfile.model.SymbolDef[] symbols;

    ChartLayerPainter(LayerDef layer, DrawContext ctx) throws RenderException {
        this.layer = layer;
        this.ctx = ctx;
        String type = LayerProcessing.value(layer, "CHART_TYPE");
        if (type == null || type.equalsIgnoreCase("PIE")) {
            kind = Kind.PIE;
        } else if (type.equalsIgnoreCase("BAR")) {
            kind = Kind.BAR;
        } else if (type.equalsIgnoreCase("VBAR")) {
            kind = Kind.VBAR;
        } else {
            throw VectorLayerPainter.failure(layer, "msDrawChartLayer(): General error message. unknown chart type "
                    + "for processing key \"CHART_TYPE\", must be one of \"PIE\" or \"BAR\"");
        }
        // msDrawShadeSymbol is called with a scale factor of 1: chart styles are never scaled
        this.styles = new StyleResolver(1.0, ctx.view().resolutionFactor(), ctx.pixmaps());
        this.polygons = new PolygonPainter(new MarkerPainter(ctx.pixmaps(), ctx.fonts(), ctx.fontSet()),
                ctx.view().toPixelX(0), ctx.view().toPixelY(0));
        int n = layer.classes().size();
        firstStyles = new StyleDef[n];
        symbols = new org.jmapserv.mapfile.model.SymbolDef[n];
        try {
            for (int i = 0; i < n; i++) {
                List<StyleDef> s = layer.classes().get(i).styles();
                if (s.isEmpty()) {
                    // getNextShape reads class->styles[0] unconditionally; MapServer would crash here
                    throw VectorLayerPainter.failure(layer, "msDrawChartLayer(): every CLASS of a CHART layer "
                            + "needs a STYLE (class " + (i + 1) + " has none)");
                }
                firstStyles[i] = s.get(0);
                symbols[i] = ctx.symbols().resolve(s.get(0), layer.name());
            }
        } catch (SymbolCatalog.UnknownSymbolException e) {
            throw VectorLayerPainter.failure(layer, e.getMessage());
        }
    }

    long draw(FeatureSource source, Graphics2D g) throws RenderException {
        ChartSize size = ChartSize.of(layer, kind == Kind.PIE ? 1 : kind == Kind.VBAR ? 1 : 2);
        double vbarScale = kind == Kind.VBAR ? number("CHART_SCALE", 1.0,
                "msDrawVBarChartLayer(): Error reading value for processing key \"CHART_SCALE\"") : 1;
        Double barMax = kind == Kind.BAR ? optional("CHART_BAR_MAXVAL") : null;
        Double barMin = kind == Kind.BAR ? optional("CHART_BAR_MINVAL") : null;
        if (barMin != null && barMax != null && barMin >= barMax) {
            throw VectorLayerPainter.failure(layer, "msDrawBarChartLayer(): \"CHART_BAR_MINVAL\" must be less than "
                    + "\"CHART_BAR_MAXVAL\"");
        }
        LayerReprojection proj = LayerReprojection.of(layer, ctx, source.autoProjection());
        Extent q = proj.queryExtent(ctx.view().extent());
        long drawn = 0;
        double[] values = new double[firstStyles.length];
        StyleValues[] vs = new StyleValues[firstStyles.length];
        try (FeatureCursor cursor = source.query(new Envelope(q.minX(), q.maxX(), q.minY(), q.maxY()))) {
            for (Feature raw = cursor.next(); raw != null; raw = cursor.next()) {
                if (layer.filter() != null && !ctx.evaluator().matches(layer.filter(), raw, layer.filterItem())) {
                    continue;
                }
                Feature f = proj.toMap(raw);
                if (f == null) {
                    continue;
                }
                int n = 0;
                for (int c = 0; c < firstStyles.length; c++) {
                    ClassDef cl = layer.classes().get(c);
                    if (cl.expression() == null || ctx.evaluator().matches(cl.expression(), f, layer.classItem())) {
                        values[n] = boundSize(firstStyles[c], f);
                        vs[n] = styles.resolve(firstStyles[c], symbols[c], f);
                        n++;
                    }
                }
                if (n == 0) {
                    continue;
                }
                if (switch (kind) {
                    case PIE -> pie(g, f, values, vs, n, size);
                    case VBAR -> vbar(g, f, values, vs, n, size.width(), vbarScale);
                    case BAR -> bar(g, f, values, vs, n, size, barMax, barMin);
                }) {
                    drawn++;
                }
            }
        } catch (FontException e) {
            throw VectorLayerPainter.failure(layer, e.getMessage());
        }
        return drawn;
    }

    /** The style's SIZE after msBindLayerToShape: the bound attribute read with atof, else the static SIZE. */
    private static double boundSize(StyleDef s, Feature f) {
        String item = s.bindings().get("SIZE");
        return item == null ? s.size() : ChartSize.atof(f.attribute(item));
    }

    private boolean pie(Graphics2D g, Feature f, double[] values, StyleValues[] vs, int n, ChartSize size)
            throws RenderException, FontException {
        double diameter = size.width();
        if (size.rangeItem() != null) {
            diameter = size.diameterFor(ChartSize.atof(f.attribute(size.rangeItem())));
        }
        double[] c = chartPoint(f.shape(), diameter, diameter);
        if (c == null) {
            return false;
        }
        double total = 0;
        for (int i = 0; i < n; i++) {
            if (values[i] < 0) {
                throw VectorLayerPainter.failure(layer,
                        "msDrawPieChart(): General error message. cannot draw pie charts for negative values");
            }
            total += values[i];
        }
        double start = 0;
        for (int i = 0; i < n; i++) {
            if (values[i] == 0) {
                continue; // msDrawPieChart skips empty slices (their outlines would show)
            }
            double angle = values[i] * 360.0 / total;
            double cx = c[0];
            double cy = c[1];
            if (vs[i].offsetX() > 0) {
                double mid = Math.toRadians((start + start + angle) / 2);
                cx += vs[i].offsetX() * Math.cos(mid);
                cy += vs[i].offsetX() * Math.sin(mid);
            }
            polygons.paint(g, ArcShape.slice(cx, cy, diameter / 2, start, start + angle), vs[i]);
            start += angle;
        }
        return true;
    }

    private boolean vbar(Graphics2D g, Feature f, double[] values, StyleValues[] vs, int n, double barWidth,
            double scale) throws FontException {
        double h = 0;
        for (int i = 0; i < n; i++) {
            values[i] *= scale;
            h += values[i];
        }
        double[] c = chartPoint(f.shape(), barWidth, h);
        if (c == null) {
            return false;
        }
        double cur = c[1] + h / 2;
        double left = c[0] - barWidth / 2;
        for (int i = 0; i < n; i++) {
            polygons.paint(g, rectangle(left, cur, left + barWidth, cur - values[i]), vs[i]);
            cur -= values[i];
        }
        return true;
    }

    private boolean bar(Graphics2D g, Feature f, double[] values, StyleValues[] vs, int n, ChartSize size,
            Double maxVal, Double minVal) throws FontException {
        double width = size.width();
        double height = size.height();
        double barWidth = width / layer.classes().size();
        double[] c = chartPoint(f.shape(), width, height);
        if (c == null) {
            return false;
        }
        double top = c[1] - height / 2;
        double bottom = c[1] + height / 2;
        double left = c[0] - width / 2;
        double shapeMax = values[0];
        double shapeMin = values[0];
        for (int i = 1; i < n; i++) {
            shapeMax = Math.max(shapeMax, values[i]);
            shapeMin = Math.min(shapeMin, values[i]);
        }
        double upper = maxVal != null ? maxVal : Math.max(shapeMax, 0);
        double lower = minVal != null ? minVal : Math.min(shapeMin, 0);
        if (upper == lower) {
            upper += 0.5;
            lower -= 0.5;
        }
        double pixPerVal = height / (upper - lower);
        double origin = bottom + lower * pixPerVal;
        double originClipped = Math.max(top, Math.min(bottom, origin));
        double x = left;
        for (int i = 0; i < n; i++) {
            double y = Math.max(top, Math.min(bottom, origin - values[i] * pixPerVal));
            if (y != originClipped) {
                if (values[i] > 0) {
                    polygons.paint(g, rectangle(x, y, x + barWidth - 1, originClipped), vs[i]);
                } else {
                    polygons.paint(g, rectangle(x, originClipped, x + barWidth - 1, y), vs[i]);
                }
            }
            x += barWidth;
        }
        return true;
    }

    /** drawRectangle's ring: (mx,my) (Mx,my) (Mx,My) (mx,My) closed. */
    private static PixelShape rectangle(double mx, double my, double bx, double by) {
        return new PixelShape(ShapeKind.POLYGON, new int[] {0},
                new double[] {mx, my, bx, my, bx, by, mx, by, mx, my});
    }

    /** findChartPoint: where the chart is centred in pixels, or null when it does not fit in the image. */
    private double[] chartPoint(ShapeGeometry s, double w, double h) {
        double x;
        double y;
        switch (s.kind()) {
            case POINT -> {
                x = ctx.view().toPixelX(s.x(0));
                y = ctx.view().toPixelY(s.y(0));
            }
            case LINE -> {
                int start = s.partStart(0);
                int np = s.partEnd(0) - start;
                int middle = np / 2;
                if (middle < 1) {
                    return null;
                }
                int idx = middle + 1 < np ? middle + 1 : middle;
                x = ctx.view().toPixelX((s.x(start + idx - 1) + s.x(start + idx)) / 2);
                y = ctx.view().toPixelY((s.y(start + idx - 1) + s.y(start + idx)) / 2);
            }
            case POLYGON -> {
                // msPolygonLabelPoint runs on the shape in map units here, not in pixels as for labels
                double[] p = PolygonLabelPoint.of(new PixelShape(ShapeKind.POLYGON, s.partStarts(), s.coordinates()));
                if (p == null) {
                    return null;
                }
                x = ctx.view().toPixelX(p[0]);
                y = ctx.view().toPixelY(p[1]);
            }
            default -> {
                return null;
            }
        }
        boolean fits = x - w / 2 > 0 && x + w / 2 < ctx.view().width() && y - h / 2 > 0
                && y + h / 2 < ctx.view().height();
        return fits ? new double[] {x, y} : null;
    }

    private double number(String key, double dflt, String error) throws RenderException {
        String v = LayerProcessing.value(layer, key);
        if (v == null) {
            return dflt;
        }
        double[] d = ChartSize.scan(v, 1);
        if (d.length != 1) {
            throw VectorLayerPainter.failure(layer, error);
        }
        return d[0];
    }

    private Double optional(String key) throws RenderException {
        String v = LayerProcessing.value(layer, key);
        if (v == null) {
            return null;
        }
        double[] d = ChartSize.scan(v, 1);
        if (d.length != 1) {
            throw VectorLayerPainter.failure(layer, "msDrawBarChartLayer(): Error reading value for processing key \""
                    + key.toUpperCase(Locale.ROOT) + "\"");
        }
        return d[0];
    }

    /** The chart's size keys as msDraw*ChartLayer reads them. */
    record ChartSize(double width, double height, String rangeItem, double minDiameter, double maxDiameter,
            double minValue, double maxValue, double exponent) {

        static ChartSize of(LayerDef layer, int maxNumbers) throws RenderException {
            String size = LayerProcessing.value(layer, "CHART_SIZE");
            if (size != null) {
                double[] d = scan(size, maxNumbers);
                if (d.length == 0) {
                    throw VectorLayerPainter.failure(layer,
                            "msDrawChart format error for processing key \"CHART_SIZE\"");
                }
                return new ChartSize(d[0], d.length > 1 ? d[1] : d[0], null, -1, 0, 0, 0, 0);
            }
            String range = LayerProcessing.value(layer, "CHART_SIZE_RANGE");
            if (range == null || maxNumbers != 1) {
                return new ChartSize(20, 20, null, -1, 0, 0, 0, 0);
            }
            String t = range.strip();
            int sp = t.indexOf(' ');
            if (sp < 0) {
                return new ChartSize(20, 20, t, -1, 0, 0, 0, 0); // no range: the attribute is the diameter
            }
            double[] d = scan(t.substring(sp + 1), 5);
            if (d.length < 4) {
                throw VectorLayerPainter.failure(layer, "msDrawChartLayer(): General error message. Chart Layer "
                        + "format error for processing key \"CHART_RANGE\"");
            }
            return new ChartSize(20, 20, t.substring(0, sp), d[0], d[1], d[2], d[3], d.length > 4 ? d[4] : 0);
        }

        /** The pie diameter for an attribute value, as msDrawPieChartLayer maps CHART_SIZE_RANGE. */
        double diameterFor(double value) {
            if (minDiameter < 0) {
                return value;
            }
            if (value <= minValue) {
                return minDiameter;
            }
            if (value >= maxValue) {
                return maxDiameter;
            }
            double t = (value - minValue) / (maxValue - minValue);
            if (exponent > 0) {
                t = Math.pow(t, 1.0 / exponent);
            }
            return Math.floor(minDiameter + t * (maxDiameter - minDiameter) + 0.5); // MS_NINT
        }

        /** Up to {@code max} leading numbers separated by blanks, as sscanf("%lf %lf ...") reads them. */
        static double[] scan(String s, int max) {
            List<Double> out = new ArrayList<>();
            for (String tok : s.strip().split("\\s+")) {
                if (out.size() == max) {
                    break;
                }
                Double d = leading(tok);
                if (d == null) {
                    break;
                }
                out.add(d);
                if (leadingLength(tok) < tok.length()) {
                    break; // sscanf stops where the number ends
                }
            }
            return out.stream().mapToDouble(Double::doubleValue).toArray();
        }

        /** C's atof: the leading number of {@code s}, 0 when there is none. */
        static double atof(String s) {
            if (s == null) {
                return 0;
            }
            Double d = leading(s.strip());
            return d == null ? 0 : d;
        }

        private static int leadingLength(String s) {
            int best = 0;
            for (int i = 1; i <= s.length(); i++) {
                String p = s.substring(0, i);
                if (p.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
                    best = i;
                }
            }
            return best;
        }

        private static Double leading(String s) {
            try {
                return Double.valueOf(s); // the usual case: the whole token is a number
            } catch (NumberFormatException e) {
                // fall through: take the longest numeric prefix
            }
            int n = leadingLength(s);
            return n == 0 ? null : Double.valueOf(s.substring(0, n));
        }
    }
}
