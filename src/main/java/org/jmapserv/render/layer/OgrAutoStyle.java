package org.jmapserv.render.layer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.jmapserv.data.ogr.OgrStyleString;
import org.jmapserv.mapfile.model.ClassDef;
import org.jmapserv.mapfile.model.Color;
import org.jmapserv.mapfile.model.LabelDef;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.LayerType;
import org.jmapserv.mapfile.model.StyleDef;
import org.jmapserv.mapfile.model.SymbolDef;
import org.jmapserv.mapfile.model.expr.FeatureContext;
import org.jmapserv.render.RenderException;
import org.jmapserv.render.symbol.SymbolCatalog;

/**
 * STYLEITEM "AUTO" on OGR layers, as msOGRLayerGetAutoStyle / msOGRUpdateStyle: the feature's OGR style string
 * (its OGR_STYLE field) replaces the styles of the class it fell in. BRUSH is style 0 (fill colour, symbol by id);
 * PEN is style 1 on polygons or after a BRUSH (outline colour), else style 0 (colour), with the integer width, the
 * dash pattern and a symbol when its id names one of the SYMBOLSET; SYMBOL sets colour, outline colour, size, angle
 * and the first of its ids found in the SYMBOLSET — when none is there MapServer 8.0 draws nothing, and neither do
 * we (with a warning). A LABEL part becomes the class's one label ({@link OgrAutoLabel}); like MapServer, which
 * turns the layer's LABELCACHE off when it builds an automatic style, such layers draw their labels at once,
 * without collision tests. Built classes are cached by class and style string.
 */
final class OgrAutoStyle {

    /** A class built for one style string and its resolved symbols. */
    record Styled(ClassDef cls, SymbolDef[] symbols) {
    }

    private final LayerDef layer;
    private final DrawContext ctx;
    private final Map<ClassDef, Map<String, Styled>> cache = new IdentityHashMap<>();
    private boolean warnedSymbol;

    OgrAutoStyle(LayerDef layer, DrawContext ctx) {
        this.layer = layer;
        this.ctx = ctx;
    }

    static boolean applies(LayerDef layer) {
        return layer.styleItem() != null && layer.styleItem().equalsIgnoreCase("AUTO")
                && layer.connectionType() == org.jmapserv.mapfile.model.ConnectionType.OGR && layer.features().isEmpty();
    }

    /** The class to draw {@code f} with: {@code base} with its styles replaced by the feature's style string. */
    Styled style(ClassDef base, FeatureContext f) throws RenderException {
        String s = f.attribute(OgrStyleString.FIELD);
        String key = s == null ? "" : s;
        Map<String, Styled> perClass = cache.computeIfAbsent(base, k -> new HashMap<>());
        Styled st = perClass.get(key);
        if (st == null) {
            st = build(base, key);
            perClass.put(key, st);
        }
        return st;
    }

    private Styled build(ClassDef base, String text) throws RenderException {
        OgrStyleString parsed;
        try {
            parsed = text.isBlank() ? new OgrStyleString(List.of()) : OgrStyleString.parse(text);
        } catch (IllegalArgumentException e) {
            throw VectorLayerPainter.failure(layer, "msOGRLayerGetAutoStyle(): bad OGR style string \"" + text
                    + "\": " + e.getMessage());
        }
        double groundPixels = 1 / ctx.view().cellSize();
        List<StyleDef.Builder> styles = new ArrayList<>();
        List<Boolean> drawable = new ArrayList<>();
        boolean brush = false;
        LabelDef label = null; // msOGRUpdateStyleParseLabel: the last LABEL part wins
        for (OgrStyleString.Part p : parsed.parts()) {
            switch (p.tool()) {
                case "BRUSH" -> {
                    StyleDef.Builder b = at(styles, drawable, 0);
                    brush = true;
                    String id = p.param("id");
                    if (id != null && id.contains("ogr-brush-1")) {
                        b.color = Color.UNSET; // the invisible brush
                    } else {
                        b.color = color(p.color("fc"), b.color);
                        String sym = firstKnown(id);
                        if (sym != null) {
                            b.symbolName = sym;
                        }
                    }
                }
                case "PEN" -> {
                    boolean outline = brush || layer.type() == LayerType.POLYGON;
                    StyleDef.Builder b = at(styles, drawable, outline ? 1 : 0);
                    String id = p.param("id");
                    Color c = id != null && id.contains("ogr-pen-1") ? Color.UNSET : color(p.color("c"), Color.UNSET);
                    if (outline) {
                        b.outlineColor = c;
                    } else {
                        b.color = c;
                    }
                    double w = p.pixels("w", groundPixels);
                    int width = Double.isNaN(w) ? 1 : (int) w; // OGR_ST_GetParamNum: an integer
                    b.width = width;
                    b.size = width;
                    String pattern = p.param("p");
                    if (pattern != null && !pattern.isBlank()) {
                        b.pattern = new ArrayList<>();
                        for (String d : pattern.trim().split("\\s+")) {
                            b.pattern.add(OgrStyleString.toPixels(d, groundPixels));
                        }
                        b.lineCap = org.jmapserv.mapfile.model.LineCap.BUTT;
                    }
                    String sym = firstKnown(id);
                    if (sym != null) {
                        b.symbolName = sym;
                    }
                }
                case "SYMBOL" -> {
                    StyleDef.Builder b = at(styles, drawable, brush ? styles.size() : 0);
                    b.color = color(p.color("c"), b.color);
                    b.outlineColor = color(p.color("o"), b.outlineColor);
                    double size = p.pixels("s", groundPixels);
                    if (!Double.isNaN(size)) {
                        b.size = size;
                    }
                    String a = p.param("a");
                    if (a != null) {
                        try {
                            b.angle = Double.parseDouble(a);
                        } catch (NumberFormatException e) {
                            throw VectorLayerPainter.failure(layer, "msOGRLayerGetAutoStyle(): bad angle \"" + a
                                    + "\" in OGR style string \"" + text + "\"");
                        }
                    }
                    String sym = firstKnown(p.param("id"));
                    if (sym == null) {
                        drawable.set(styles.indexOf(b), false);
                        if (!warnedSymbol) {
                            warnedSymbol = true;
                            warn("SYMBOL id \"" + p.param("id") + "\" is not in the SYMBOLSET: not drawn (as in "
                                    + "MapServer 8.0)");
                        }
                    } else {
                        b.symbolName = sym;
                    }
                }
                case "LABEL" -> {
                    try {
                        label = OgrAutoLabel.of(p, groundPixels, ctx.fontSet());
                    } catch (IllegalArgumentException e) {
                        throw VectorLayerPainter.failure(layer, "msOGRLayerGetAutoStyle(): " + e.getMessage()
                                + " in OGR style string \"" + text + "\"");
                    }
                }
                default -> throw VectorLayerPainter.failure(layer, "msOGRLayerGetAutoStyle(): unknown tool \""
                        + p.tool() + "\" in OGR style string \"" + text + "\"");
            }
        }
        ClassDef.Builder cb = base.toBuilder();
        cb.styles = new ArrayList<>();
        for (int i = 0; i < styles.size(); i++) {
            if (drawable.get(i)) {
                cb.styles.add(styles.get(i).build());
            }
        }
        cb.labels = new ArrayList<>(); // resetClassStyle: the class's own labels are dropped
        if (label != null) {
            cb.labels.add(label);
        }
        ClassDef cls = cb.build();
        SymbolDef[] syms = new SymbolDef[cls.styles().size()];
        try {
            for (int i = 0; i < syms.length; i++) {
                syms[i] = ctx.symbols().resolve(cls.styles().get(i), layer.name());
            }
        } catch (SymbolCatalog.UnknownSymbolException e) {
            throw VectorLayerPainter.failure(layer, e.getMessage());
        }
        return new Styled(cls, syms);
    }

    private void warn(String what) {
        ctx.warnings().add(layer.source() + ": layer '" + layer.name() + "', STYLEITEM \"AUTO\": " + what + ".");
    }

    /** The first of OGR's comma-separated ids that names a symbol of the SYMBOLSET, or null. */
    private String firstKnown(String ids) {
        if (ids == null) {
            return null;
        }
        for (String id : ids.split(",")) {
            String n = id.trim();
            if (!n.isEmpty() && ctx.symbols().byName(n) != null) {
                return n;
            }
        }
        return null;
    }

    private static StyleDef.Builder at(List<StyleDef.Builder> styles, List<Boolean> drawable, int index) {
        while (styles.size() <= index) {
            styles.add(new StyleDef.Builder());
            drawable.add(true);
        }
        return styles.get(index);
    }

    private static Color color(int[] rgba, Color fallback) {
        return rgba == null ? fallback : new Color(rgba[0], rgba[1], rgba[2], rgba[3]);
    }
}
