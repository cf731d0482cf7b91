package org.jmapserv.render.label;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jmapserv.data.Feature;
import org.jmapserv.data.ShapeKind;
import org.jmapserv.mapfile.model.AngleMode;
import org.jmapserv.mapfile.model.ClassDef;
import org.jmapserv.mapfile.model.LabelDef;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.LayerType;
import org.jmapserv.mapfile.model.Position;
import org.jmapserv.mapfile.model.StyleDef;
import org.jmapserv.mapfile.model.expr.ExpressionEvaluator;
import org.jmapserv.mapfile.model.expr.FeatureContext;
import org.jmapserv.render.MapView;
import org.jmapserv.render.ScaleRange;
import org.jmapserv.render.font.FontException;
import org.jmapserv.render.font.FontRegistry;
import org.jmapserv.render.font.FontSet;
import org.jmapserv.render.style.PixelShape;
import org.jmapserv.render.style.StyleResolver;
import org.jmapserv.render.style.StyleValues;
import org.jmapserv.render.symbol.SymbolCatalog;

/**
 * Builds the cache entries for one feature's LABELs, as msDrawShape + msAddLabel (mapdraw.c, maplabel.c): the
 * text from LABEL TEXT, CLASS TEXT or LABELITEM; the anchor at the point, the polygon label point or the
 * middle of the longest line segment; SIZE (or its keyword) x scale factor clamped by MINSIZE/MAXSIZE; ANGLE
 * fixed or AUTO/FOLLOW along lines (kept upright); POSITION AUTO expanded to MapServer's try order.
 */
public final class LabelBuilder {

    private static final List<Position> AUTO_POINT = List.of(Position.UL, Position.LR, Position.UR, Position.LL,
            Position.CR, Position.CL, Position.UC, Position.LC);

    private final ExpressionEvaluator evaluator;
    private final FontRegistry fonts;
    private final FontSet fontSet;
    private final StyleResolver styles;
    private final SymbolCatalog symbols;
    private final MapView view;

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
            String text = text(layer, cls, label, f);
            if (text == null || text.isEmpty()) {
                continue;
            }
            text = LabelText.wrap(org.jmapserv.render.font.HtmlEntities.decode(text), label.wrap(), label.maxLength());
            if (text == null) {
                continue;
            }
            LabelRequest r = request(layer, cls, label, text, f, px);
            if (r != null) {
                out.add(r);
            }
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

    private LabelRequest request(LayerDef layer, ClassDef cls, LabelDef label, String text, FeatureContext f,
                                 PixelShape px)
            throws FontException, SymbolCatalog.UnknownSymbolException {
        double[] anchor = anchor(px, f);
        if (anchor == null) {
            return null;
        }
        double base = label.size() > 0 ? label.size() : LabelText.keywordSize(label.sizeKeyword());
        double size = Math.max(label.minSize(), Math.min(label.maxSize(), base * styles.scaleFactor()));
        Font font = FontRegistry.sized(fonts.face(fontSet, label.font()), size);
        double angle = angle(label, px.kind(), anchor[2]);
        List<Position> positions = positions(label, px.kind());
        List<StyleValues> backgrounds = new ArrayList<>();
        List<StyleValues> markers = new ArrayList<>();
        for (StyleDef s : label.styles()) {
            StyleValues v = styles.resolve(s, symbols.resolve(s, layer.name()), f);
            String gt = s.geomTransform() == null ? "labelpnt" : s.geomTransform().text().toLowerCase(Locale.ROOT);
            (gt.equals("labelpoly") ? backgrounds : markers).add(v);
        }
        double sf = styles.scaleFactor();
        return new LabelRequest(text, font, label.color(), label.outlineColor(), label.outlineWidth() * sf,
                label.shadowColor(), label.shadowSizeX() * sf, label.shadowSizeY() * sf, anchor[0], anchor[1],
                angle, positions, label.offsetX() * sf, label.offsetY() * sf, markerSize(layer, cls, px, f),
                label.priority(),
                label.minDistance(), label.buffer(), label.force(), label.partials(), backgrounds, markers,
                cachedMarkerSize(layer, cls, f));
    }

    /** msAddLabel caches the marker of a POINT layer's first style (msGetMarkerSize) as an obstacle. */
    private double cachedMarkerSize(LayerDef layer, ClassDef cls, FeatureContext f)
            throws SymbolCatalog.UnknownSymbolException {
        if (layer.type() != LayerType.POINT || cls.styles().isEmpty()) {
            return 0;
        }
        StyleDef s = cls.styles().get(0);
        return styles.resolve(s, symbols.resolve(s, layer.name()), f).size();
    }

    /** The largest marker drawn for a point feature by its class, which point labels keep clear of. */
    private double markerSize(LayerDef layer, ClassDef cls, PixelShape px, FeatureContext f)
            throws SymbolCatalog.UnknownSymbolException {
        if (px.kind() != ShapeKind.POINT && px.kind() != ShapeKind.MULTIPOINT) {
            return 0;
        }
        double size = 0;
        for (StyleDef s : cls.styles()) {
            if (s.geomTransform() == null) {
                size = Math.max(size, styles.resolve(s, symbols.resolve(s, layer.name()), f).size());
            }
        }
        return size;
    }

    private double[] anchor(PixelShape px, FeatureContext f) {
        switch (px.kind()) {
            case POLYGON -> {
                double[] c = PolygonLabelPoint.of(px);
                return c == null ? null : new double[] {c[0], c[1], 0};
            }
            case LINE -> {
                LabelPoints.Anchor best = null;
                double bestLen = -1;
                for (int p = 0; p < px.partCount(); p++) {
                    LabelPoints.Anchor a = LabelPoints.lineAnchor(px.xy(), px.partStart(p), px.partEnd(p));
                    double len = partLength(px, p);
                    if (a != null && len > bestLen) {
                        best = a;
                        bestLen = len;
                    }
                }
                return best == null ? null : new double[] {best.x(), best.y(), best.angle()};
            }
            default -> {
                return new double[] {px.x(0), px.y(0), 0};
            }
        }
    }

    private static double partLength(PixelShape px, int p) {
        double len = 0;
        for (int i = px.partStart(p); i + 1 < px.partEnd(p); i++) {
            len += Math.hypot(px.x(i + 1) - px.x(i), px.y(i + 1) - px.y(i));
        }
        return len;
    }

    private static double angle(LabelDef label, ShapeKind kind, double lineAngle) {
        if (label.angleMode() == AngleMode.NONE || kind != ShapeKind.LINE) {
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

    private static List<Position> positions(LabelDef label, ShapeKind kind) {
        if (label.position() != Position.AUTO) {
            return List.of(label.position());
        }
        return kind == ShapeKind.POINT || kind == ShapeKind.MULTIPOINT ? AUTO_POINT : List.of(Position.CC);
    }
}
