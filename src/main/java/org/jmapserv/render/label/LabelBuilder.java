package org.jmapserv.render.label;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jmapserv.data.Feature;
import org.jmapserv.data.ShapeKind;
import org.jmapserv.mapfile.model.AngleMode;
import org.jmapserv.mapfile.model.Force;
import org.jmapserv.mapfile.model.ClassDef;
import org.jmapserv.mapfile.model.LabelDef;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.LayerType;
import org.jmapserv.mapfile.model.Position;
import org.jmapserv.mapfile.model.StyleDef;
import org.jmapserv.mapfile.model.SymbolDef;
import org.jmapserv.mapfile.model.expr.ExpressionEvaluator;
import org.jmapserv.mapfile.model.expr.FeatureContext;
import org.jmapserv.render.MapView;
import org.jmapserv.render.ScaleRange;
import org.jmapserv.mapfile.model.GeomTransformKind;
import org.jmapserv.render.font.FontException;
import org.jmapserv.render.style.FeaturePainter;
import org.jmapserv.render.font.FontRegistry;
import org.jmapserv.render.font.FontSet;
import org.jmapserv.render.style.PixelShape;
import org.jmapserv.render.style.StyleResolver;
import org.jmapserv.render.style.StyleValues;
import org.jmapserv.render.symbol.SymbolCatalog;

/**
 * Builds the cache entries for one feature's LABELs, as msDrawShape + msAddLabel (mapdraw.c, maplabel.c): the
 * text from LABEL TEXT, CLASS TEXT, LABELITEM or the inline feature's TEXT; the anchor at the point, the
 * polygon label point ({@link PolygonLabelPoint}) or the line points ({@link LineLabelPoints}, with
 * MINFEATURESIZE and REPEATDISTANCE); SIZE (or its keyword) x scale factor clamped by MINSIZE/MAXSIZE; ANGLE
 * fixed, AUTO along lines (kept upright) or FOLLOW as glyphs along the line ({@link FollowPath}); POSITION AUTO
 * expanded to MapServer's try order.
 */
public final class LabelBuilder {

    private static final List<Position> AUTO_POINT = List.of(Position.UL, Position.LR, Position.UR, Position.LL,
            Position.CR, Position.CL, Position.UC, Position.LC);
    private static final List<Position> AUTO_POLYGON = List.of(Position.CC, Position.UC, Position.LC, Position.CL,
            Position.CR);
    private static final List<Position> AUTO_LINE = List.of(Position.UC, Position.LC, Position.CC);

    private final ExpressionEvaluator evaluator;
    private final FontRegistry fonts;
    private final FontSet fontSet;
    private final StyleResolver styles;
    private final SymbolCatalog symbols;
    private final MapView view;
    private static final java.awt.font.FontRenderContext TEXT_METRICS =
            new java.awt.font.FontRenderContext(null, true, true);

    /** Where shortcomings are reported (the draw's warnings); no-op until {@link #reportingTo}. */
    private java.util.function.Consumer<String> warnings = w -> { };

    /** The MAP ANGLE the map is drawn turned by (degrees); 0 unless {@link #onMapTurnedBy}. */
    private double mapAngle;

    /**
     * For a rotated map (MAP ANGLE): msDrawShape takes a point or polygon label's non-zero fixed ANGLE less the
     * map's rotation, so the text keeps its angle to the turned features; a zero ANGLE stays horizontal and line
     * labels keep theirs (probed on 8.0).
     */
    public LabelBuilder onMapTurnedBy(double degrees) {
        this.mapAngle = degrees;
        return this;
    }

    /** Reports what this builder cannot draw as MapServer does. */
    public LabelBuilder reportingTo(java.util.function.Consumer<String> sink) {
        this.warnings = sink;
        return this;
    }

    public LabelBuilder(ExpressionEvaluator evaluator, FontRegistry fonts, FontSet fontSet, StyleResolver styles,
                        SymbolCatalog symbols, MapView view) {
        this.evaluator = evaluator;
        this.fonts = fonts;
        this.fontSet = fontSet;
        this.styles = styles;
        this.symbols = symbols;
        this.view = view;
    }

    public List<LabelRequest> build(LayerDef layer, ClassDef cls, FeatureContext f, PixelShape px)
            throws FontException, SymbolCatalog.UnknownSymbolException {
        List<LabelRequest> out = new ArrayList<>();
        for (LabelDef label : cls.labels()) {
            if (!ScaleRange.inBounds(view.scaleDenom(), label.minScaleDenom(), label.maxScaleDenom())) {
                continue;
            }
            if (label.expression() != null && !evaluator.matches(label.expression(), f, layer.classItem())) {
                continue;
            }
            label = BoundLabel.bind(label, f);
            String text = text(layer, cls, label, f);
            if (text == null || text.isEmpty()) {
                continue;
            }
            // bytes that are not UTF-8 (a .dbf without ENCODING) draw as the code point of the same number
            text = org.jmapserv.data.RawText.forDisplay(text);
            text = LabelText.wrap(org.jmapserv.render.font.HtmlEntities.decode(text), label.wrap(), label.maxLength());
            if (text == null) {
                continue;
            }
            out.addAll(requests(layer, cls, label, text, f, px));
        }
        return out;
    }

    private String text(LayerDef layer, ClassDef cls, LabelDef label, FeatureContext f) {
        if (label.text() != null) {
            return evaluator.text(label.text(), f);
        }
        if (cls.text() != null) {
            return evaluator.text(cls.text(), f);
        }
        String item = layer.labelItem() == null ? null : f.attribute(layer.labelItem());
        if ((item == null || item.isEmpty()) && f instanceof Feature feature) {
            return feature.text(); // msShapeGetLabelAnnotation's last resort, common with inline features
        }
        return item;
    }

    private List<LabelRequest> requests(LayerDef layer, ClassDef cls, LabelDef label, String text, FeatureContext f,
                                        PixelShape px)
            throws FontException, SymbolCatalog.UnknownSymbolException {
        double base = label.size() > 0 ? label.size() : LabelText.keywordSize(label.sizeKeyword());
        double size = Math.max(label.minSize(), Math.min(label.maxSize(), base * styles.scaleFactor()));
        // one face draws the whole text in the common case; else a chain the shaper picks a font from per run
        Font font = fonts.sizedFor(fontSet, label.font(), text, size);
        text = org.jmapserv.render.font.MissingGlyphs.replace(font, text);
        double clipBuffer = px.kind() == ShapeKind.POLYGON ? polygonClipBuffer(layer, cls, f) : 0;
        boolean noClip = labelNoClip(layer);
        List<Spot> anchors = anchors(px, f, label, font, size, text, noClip ? NO_CLIP : clipBuffer, noClip);
        if (anchors.isEmpty()) {
            return List.of();
        }
        List<StyleValues> backgrounds = new ArrayList<>();
        List<StyleValues> markers = new ArrayList<>();
        for (StyleDef s : label.styles()) {
            StyleValues v = styles.resolve(s, symbolOf(s, layer, f), f);
            switch (GeomTransformKind.of(s.geomTransform())) {
                case LABELPOLY -> backgrounds.add(v);
                // loadLabel makes an untransformed (or unknown-name) label style a labelpnt one
                case NONE, LABELPNT, LABELCENTER -> markers.add(v);
                default -> throw new FeaturePainter.TransformFailure("msDrawLabelCache(): General error message. "
                        + "Labels only support LABELPNT, LABELPOLY and LABELCENTER GEOMTRANSFORMS");
            }
        }
        double sf = styles.scaleFactor();
        double cachedMarker = cachedMarkerSize(layer, cls, f);
        double markerSize = labelMarkerSize(markers);
        List<Position> positions = positions(label, layer.type(), cachedMarker > 0 || !markers.isEmpty());
        List<LabelRequest> out = new ArrayList<>();
        for (Spot spot : anchors) {
            out.add(new LabelRequest(text, font, label.color(), label.outlineColor(), haloWidth(label, size, base),
                    label.shadowColor(), label.shadowSizeX() * sf, label.shadowSizeY() * sf, spot.x(), spot.y(),
                    angle(label, px.kind(), spot.angle(), mapAngle), positions, (int) (label.offsetX() * sf),
                    (int) (label.offsetY() * sf),
                    markerSize, label.priority(), label.minDistance(), label.buffer(), label.force(),
                    label.partials(), backgrounds, markers, cachedMarker, spot.follow(),
                    LineLayout.of(size, label.align())));
        }
        return out;
    }

    /**
     * msDrawTextSymbol's outline width: OUTLINEWIDTH scaled like the text (glyph size over label SIZE, so MINSIZE
     * and MAXSIZE clamp it too) and rounded to whole pixels.
     */
    static double haloWidth(LabelDef label, double size, double base) {
        return Math.floor(label.outlineWidth() * size / base + 0.5);
    }

    /** Where one label goes: anchor, line angle and, for ANGLE FOLLOW, the glyph path. */
    private record Spot(double x, double y, double angle, FollowPath follow) {
    }

    private List<Spot> anchors(PixelShape px, FeatureContext f, LabelDef label, Font font, double size,
                               String text, double clipBuffer, boolean noClip) {
        if (px.kind() != ShapeKind.LINE) {
            double[] a = anchor(px, clipBuffer);
            return a == null ? List.of() : List.of(new Spot(a[0], a[1], a[2], null));
        }
        double minFeatureSize = label.minFeatureSizeAuto() ? textWidth(font, text)
                : label.minFeatureSize() > 0 ? label.minFeatureSize() * view.resolutionFactor() : -1;
        double repeat = label.repeatDistance() * view.resolutionFactor();
        List<Spot> out = new ArrayList<>();
        for (double[] part : LineLabelPoints.labelledParts(px, view.width(), view.height(),
                noClip ? NO_CLIP : LineLabelPoints.CLIP_BUFFER, minFeatureSize, repeat)) {
            List<LabelPoints.Anchor> points = new ArrayList<>();
            if (label.angleMode() == AngleMode.FOLLOW && part.length > 4 && text.codePointCount(0, text.length()) > 1
                    && !text.contains("\n")) {
                for (FollowPath path : FollowPath.along(part, text, font, TEXT_METRICS, Math.floor(size),
                        label.maxOverlapAngle(), repeat, label.force() == Force.ON)) {
                    double[] mid = path.middle();
                    out.add(new Spot(mid[0], mid[1], 0, path));
                }
                continue;
            }
            LineLabelPoints.pointsOn(part, repeat, points);
            for (LabelPoints.Anchor a : points) {
                out.add(new Spot(a.x(), a.y(), a.angle(), null));
            }
        }
        return out;
    }

    /**
     * PROCESSING "LABEL_NO_CLIP": msDrawVectorLayer asks only whether the key is there (msLayerGetProcessingKey),
     * so any value, even OFF, finds label points on the whole shape rather than on the shape cut to the image.
     */
    public static boolean labelNoClip(LayerDef layer) {
        for (String p : layer.processing()) {
            int eq = p.indexOf('=');
            if (eq >= 0 && p.substring(0, eq).strip().equalsIgnoreCase("LABEL_NO_CLIP")) {
                return true;
            }
        }
        return false;
    }

    /** A clip window so wide that nothing a map can hold is cut: the unclipped shape of LABEL_NO_CLIP. */
    private static final double NO_CLIP = 1e12;

    private static double textWidth(Font font, String text) {
        double w = 0;
        for (String line : text.split("\n")) {
            w = Math.max(w, font.getStringBounds(line, TEXT_METRICS).getWidth());
        }
        return w;
    }

    /**
     * msDrawShape's clip buffer in pixels, which a polygon is cut to before its label point is found: for each
     * class style max(symbol size, SIZE, WIDTH) + 1, rounded, the largest wins, plus 2 for polygons. (Lines keep
     * {@link LineLabelPoints#CLIP_BUFFER}: the styles' buffer moved line labels away from MapServer's.)
     */
    private double polygonClipBuffer(LayerDef layer, ClassDef cls, FeatureContext f)
            throws SymbolCatalog.UnknownSymbolException {
        double buffer = 0;
        for (StyleDef s : cls.styles()) {
            StyleValues v = styles.resolve(s, symbols.resolve(s, layer.name()), f);
            buffer = Math.max(buffer, Math.floor(Math.max(1, Math.max(v.size(), v.width())) + 1 + 0.5));
        }
        if (cls.styles().isEmpty()) {
            buffer = LineLabelPoints.CLIP_BUFFER;
        }
        return buffer + 2;
    }

    /** msAddLabel caches the marker of a POINT layer's first style (msGetMarkerSize) as an obstacle. */
    private double cachedMarkerSize(LayerDef layer, ClassDef cls, FeatureContext f)
            throws SymbolCatalog.UnknownSymbolException {
        if (layer.type() != LayerType.POINT || cls.styles().isEmpty()) {
            return 0;
        }
        StyleDef s = cls.styles().get(0);
        SymbolDef symbol = symbolOf(s, layer, f);
        // msGetMarkerSize: symbol 0 is a single point, 1 x 1 whatever its SIZE
        return symbol == null ? 1 : styles.resolve(s, symbol, f).size();
    }

    /** The style's symbol for this feature: SYMBOL [attr] is bound first, as msBindLayerToShape does. */
    private SymbolDef symbolOf(StyleDef s, LayerDef layer, FeatureContext f)
            throws SymbolCatalog.UnknownSymbolException {
        return s.bindings().containsKey("SYMBOL") ? symbols.bound(s, f) : symbols.resolve(s, layer.name());
    }

    /** The largest label STYLE marker (labelpnt), which get_metrics keeps the text half its size away from. */
    static double labelMarkerSize(List<StyleValues> labelMarkers) {
        double size = 0;
        for (StyleValues m : labelMarkers) {
            // msGetMarkerSize: symbol 0 is a single point, 1 x 1 whatever its SIZE
            size = Math.max(size, m.symbol() == null ? 1 : m.size());
        }
        return size;
    }

    private double[] anchor(PixelShape px, double clipBuffer) {
        switch (px.kind()) {
            case POLYGON -> {
                double[] c = PolygonLabelPoint.of(PolygonClipper.clip(px, -clipBuffer, -clipBuffer,
                        view.width() + clipBuffer, view.height() + clipBuffer));
                return c == null ? null : new double[] {c[0], c[1], 0};
            }
            default -> {
                return new double[] {px.x(0), px.y(0), 0};
            }
        }
    }

    private static double angle(LabelDef label, ShapeKind kind, double lineAngle, double mapAngle) {
        if (kind != ShapeKind.LINE) {
            return label.angle() != 0 ? label.angle() - mapAngle : 0;
        }
        if (label.angleMode() == AngleMode.NONE) {
            return label.angle();
        }
        double a = lineAngle;
        if (label.angleMode() != AngleMode.AUTO2) {
            if (a > 90) {
                a -= 180;
            } else if (a < -90) {
                a += 180;
            }
        }
        return a;
    }

    /** POSITION AUTO's try order in msDrawLabelCache: by layer type, points (or any label with a marker) 8 ways. */
    private static List<Position> positions(LabelDef label, LayerType type, boolean hasMarker) {
        if (label.position() != Position.AUTO) {
            return List.of(label.position());
        }
        if (!hasMarker && type == LayerType.POLYGON) {
            return AUTO_POLYGON;
        }
        if (!hasMarker && type == LayerType.LINE) {
            return AUTO_LINE;
        }
        return AUTO_POINT;
    }
}
