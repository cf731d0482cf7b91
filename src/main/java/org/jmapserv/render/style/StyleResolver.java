package org.jmapserv.render.style;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jmapserv.mapfile.model.Color;
import org.jmapserv.mapfile.model.StyleDef;
import org.jmapserv.mapfile.model.SymbolDef;
import org.jmapserv.mapfile.model.expr.FeatureContext;
import org.jmapserv.render.symbol.PixmapCache;
import org.jmapserv.render.symbol.SymbolSize;

/**
 * Turns a STYLE into pixel values for one feature, as msUpdateStyleFromBindings (maputil.c) followed by the
 * size arithmetic of msDrawLineSymbol / computeSymbolStyle (maprendering.c): size = (SIZE or the symbol's
 * default size) x scale factor, clamped to MINSIZE/MAXSIZE x resolution factor; width likewise with
 * MINWIDTH/MAXWIDTH; OPACITY bound from an attribute is baked into the colours' alpha.
 *
 * <p>A style without attribute bindings resolves to the same values for every feature, so those are worked out once
 * per style and symbol and reused (PostgisBench: resolving them again for each of 10,000 polygons was a few percent
 * of a map's CPU). Not thread-safe: one instance per layer draw.
 */
public final class StyleResolver {

    private final double scaleFactor;
    private final double resolutionFactor;
    private final PixmapCache pixmaps;
    private final java.util.IdentityHashMap<StyleDef, StyleValues> unbound = new java.util.IdentityHashMap<>();

    public StyleResolver(double scaleFactor, double resolutionFactor, PixmapCache pixmaps) {
        this.scaleFactor = scaleFactor;
        this.resolutionFactor = resolutionFactor;
        this.pixmaps = pixmaps;
    }

    public double scaleFactor() {
        return scaleFactor;
    }

    public StyleValues resolve(StyleDef s, SymbolDef symbol, FeatureContext f) {
        if (!s.bindings().isEmpty()) {
            return compute(s, symbol, f);
        }
        StyleValues v = unbound.get(s);
        if (v == null || v.symbol() != symbol) {
            v = compute(s, symbol, f);
            unbound.put(s, v);
        }
        return v;
    }

    private StyleValues compute(StyleDef s, SymbolDef symbol, FeatureContext f) {
        Map<String, String> b = s.bindings();
        Color color = bindColor(b, "COLOR", s.color(), f);
        Color outline = bindColor(b, "OUTLINECOLOR", s.outlineColor(), f);
        int opacity = (int) bindNumber(b, "OPACITY", s.opacity(), f);
        if (b.containsKey("OPACITY") && opacity < 100) {
            int alpha = (int) Math.round(Math.max(0, opacity) * 2.55);
            color = color.withAlpha(alpha);
            outline = outline.withAlpha(alpha);
        }
        double rawSize = bindNumber(b, "SIZE", s.size(), f);
        double size = rawSize < 0 ? SymbolSize.defaultSize(symbol, pixmaps) : rawSize;
        size = clamp(size * scaleFactor, s.minSize() * resolutionFactor, s.maxSize() * resolutionFactor);
        double rawWidth = bindNumber(b, "WIDTH", s.width(), f);
        double width = clamp(rawWidth * scaleFactor, s.minWidth() * resolutionFactor, s.maxWidth() * resolutionFactor);
        double outlineWidth = bindNumber(b, "OUTLINEWIDTH", s.outlineWidth(), f) * scaleFactor;
        double angle = bindNumber(b, "ANGLE", s.angle(), f);
        List<Double> pattern = new ArrayList<>();
        double patternScale = rawWidth > 0 ? width / rawWidth : scaleFactor;
        for (double d : s.pattern()) {
            pattern.add(d * patternScale);
        }
        double offsetY = bindNumber(b, "OFFSET_Y", s.offsetY(), f);
        String gt = s.geomTransform() == null ? null : s.geomTransform().text();
        // msDrawMarkerSymbol: POLAROFFSET pixel at angle (degrees, counter-clockwise), times the scale factor
        double polar = bindNumber(b, "POLAROFFSET_PIXEL", s.polarOffsetPixel(), f);
        double polarAngle = Math.toRadians(bindNumber(b, "POLAROFFSET_ANGLE", s.polarOffsetAngle(), f));
        return new StyleValues(color, outline, width, outlineWidth, size, angle, s.autoAngle(),
                bindNumber(b, "OFFSET_X", s.offsetX(), f) * scaleFactor,
                StyleValues.isParallel(offsetY) ? offsetY : offsetY * scaleFactor,
                s.gap() * scaleFactor,
                s.initialGap() < 0 ? -1 : s.initialGap() * scaleFactor, List.copyOf(pattern), s.lineCap(), s.lineJoin(),
                symbol, gt == null ? null : gt.toLowerCase(Locale.ROOT), polar * Math.cos(-polarAngle) * scaleFactor,
                polar * Math.sin(-polarAngle) * scaleFactor);
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }

    private static double bindNumber(Map<String, String> b, String key, double dflt, FeatureContext f) {
        String item = b.get(key);
        if (item == null || f == null) {
            return dflt;
        }
        String v = f.attribute(item);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            return Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            return dflt;
        }
    }

    private static Color bindColor(Map<String, String> b, String key, Color dflt, FeatureContext f) {
        String item = b.get(key);
        if (item == null || f == null) {
            return dflt;
        }
        Color c = ColorText.parse(f.attribute(item));
        return c == null ? dflt : c;
    }
}
