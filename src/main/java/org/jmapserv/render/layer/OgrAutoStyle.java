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
 * (its OGR_STYLE field) replaces the styles of the class it fell in. BRUSH is style 0 (fill colour, symbol by id, size s, gap dx when dy equals it);
 * each PEN is a style of its own after the brush (outline colour on polygons or after a BRUSH, else colour; the
 * tools' l: priorities then order the styles, lowest first), with the integer width, the
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
    /** Mapfile class → the class as the last feature's style string left it (MapServer edits the class in place). */
    private final Map<ClassDef, ClassDef> current = new IdentityHashMap<>();
    private boolean warnedClassText;
    private boolean warnedSymbol;
    private boolean warnedAngle;

    OgrAutoStyle(LayerDef layer, DrawContext ctx) {
        this.layer = layer;
        this.ctx = ctx;
    }

    static boolean applies(LayerDef layer) {
        if (layer.styleItem() == null) {
            return false;
        }
        if (!layer.styleItem().equalsIgnoreCase("AUTO")) {
            return true; // msLayerGetFeatureStyle: the style comes from that attribute, whatever the source
        }
        return layer.connectionType() == org.jmapserv.mapfile.model.ConnectionType.OGR && layer.features().isEmpty();
    }

    /**
     * The class to draw {@code f} with: {@code base} with its styles replaced by the feature's style string. MapServer
     * updates the layer's class in place, so what one feature's string leaves in the class is what the next
     * feature's string starts from (visible with CLASS strings, which keep what they do not replace): the class
     * built for a feature becomes the class the next feature of that class starts from.
     */
    Styled style(ClassDef base, FeatureContext f) throws RenderException {
        boolean auto = layer.styleItem().equalsIgnoreCase("AUTO");
        String s = f.attribute(auto ? OgrStyleString.FIELD : layer.styleItem());
        String key = s == null ? "" : s;
        ClassDef from = current.getOrDefault(base, base);
        Map<String, Styled> perClass = cache.computeIfAbsent(from, k -> new HashMap<>());
        Styled st = perClass.get(key);
        if (st == null) {
            st = build(from, key);
            perClass.put(key, st);
        }
        current.put(base, st.cls());
        return st;
    }

    private Styled build(ClassDef base, String text) throws RenderException {
        if (!layer.styleItem().equalsIgnoreCase("AUTO")) {
            String t = text.stripLeading().toLowerCase(java.util.Locale.ROOT);
            if (t.startsWith("style")) {
                return mapfileStyle(base, text);
            }
            if (t.startsWith("class")) {
                return mapfileClass(base, text);
            }
            if (!(t.startsWith("pen") || t.startsWith("brush") || t.startsWith("symbol") || t.startsWith("label"))) {
                return resolved(emptied(base)); // resetClassStyle: the feature is drawn with no style
            }
        }
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
        int brushEnd = 1; // the index after the brush's style(s): a background colour goes before the brush
        int pens = 0;
        Map<StyleDef.Builder, Integer> priority = new IdentityHashMap<>();
        LabelDef label = null; // msOGRUpdateStyleParseLabel: the last LABEL part wins
        for (OgrStyleString.Part p : parsed.parts()) {
            switch (p.tool()) {
                case "BRUSH" -> {
                    StyleDef.Builder b = at(styles, drawable, 0);
                    brush = true;
                    priorityOf(p, b, priority);
                    String id = p.param("id");
                    if (id != null && id.contains("ogr-brush-1")) {
                        b.color = Color.UNSET; // the invisible brush
                    } else {
                        b.color = color(p.color("fc"), b.color);
                        // msOGRUpdateStyleParseBrush: s is the style's SIZE, dx/dy its GAP when both are given and equal
                        double size = p.pixels("s", groundPixels);
                        if (!Double.isNaN(size)) {
                            b.size = size;
                        }
                        double dx = p.pixels("dx", groundPixels);
                        double dy = p.pixels("dy", groundPixels);
                        if (!Double.isNaN(dx) && !Double.isNaN(dy) && dx == dy) {
                            b.gap = dx;
                        }
                        String sym = firstKnown(id);
                        if (sym != null) {
                            b.symbolName = sym;
                            // a symbol fill takes the brush's angle and background colour (8.0 draws it at the symbol's own size)
                            String a = p.param("a");
                            if (a != null) {
                                try {
                                    b.angle = Double.parseDouble(a);
                                    if (b.angle != 0 && !warnedAngle) {
                                        warnedAngle = true;
                                        warn("BRUSH angle a:" + a + " fills with a rotated symbol tiled at the "
                                                + "unrotated symbol's size (MapServer 8.0 tiles it differently)");
                                    }
                                } catch (NumberFormatException e) {
                                    throw VectorLayerPainter.failure(layer, "msOGRLayerGetAutoStyle(): bad angle \""
                                            + a + "\" in OGR style string \"" + text + "\"");
                                }
                            }
                            int[] bc = p.color("bc");
                            if (bc != null) {
                                StyleDef.Builder back = new StyleDef.Builder();
                                back.color = color(bc, Color.UNSET);
                                styles.add(0, back);
                                drawable.add(0, true);
                                brushEnd = 2;
                                priority.put(back, priority.getOrDefault(b, 0));
                            }
                        }
                    }
                }
                case "PEN" -> {
                    boolean outline = brush || layer.type() == LayerType.POLYGON;
                    // each PEN is a style of its own, after the brush whatever the order they come in
                    StyleDef.Builder b = pens++ > 0 ? at(styles, drawable, styles.size())
                            : at(styles, drawable, outline ? brushEnd : 0);
                    priorityOf(p, b, priority);
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
                    List<Double> dashes = pattern(p.param("p"));
                    if (dashes != null) {
                        b.pattern = new ArrayList<>(dashes);
                        b.lineCap = org.jmapserv.mapfile.model.LineCap.BUTT;
                    }
                    switch (lower(p.param("cap"))) {
                        case "b" -> b.lineCap = org.jmapserv.mapfile.model.LineCap.BUTT;
                        case "r" -> b.lineCap = org.jmapserv.mapfile.model.LineCap.ROUND;
                        case "p" -> b.lineCap = org.jmapserv.mapfile.model.LineCap.SQUARE;
                        default -> { } // other values keep the default, as 8.0 does
                    }
                    switch (lower(p.param("j"))) {
                        case "m" -> b.lineJoin = org.jmapserv.mapfile.model.LineJoin.MITER;
                        case "r" -> b.lineJoin = org.jmapserv.mapfile.model.LineJoin.ROUND;
                        case "b" -> b.lineJoin = org.jmapserv.mapfile.model.LineJoin.BEVEL;
                        default -> { }
                    }
                    double dp = p.pixels("dp", groundPixels);
                    if (!Double.isNaN(dp) && dp != 0) {
                        b.offsetX = dp; // perpendicular: the single-sided offset (OFFSET dp -99)
                        b.offsetY = -99;
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
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < styles.size(); i++) {
            order.add(i);
        }
        // the tools' l: priorities order the styles, lowest first; equal priorities keep the string's order
        order.sort(java.util.Comparator.comparingInt(i -> priority.getOrDefault(styles.get(i), 0)));
        for (int i : order) {
            if (drawable.get(i)) {
                cb.styles.add(styles.get(i).build());
            }
        }
        cb.labels = new ArrayList<>(); // resetClassStyle: the class's own labels are dropped
        if (label != null) {
            cb.labels.add(label);
        }
        return resolved(cb.build());
    }

    /**
     * A mapfile STYLE block held in the attribute (msUpdateStyleFromString into the class's first style after
     * resetClassStyle): only the first STYLE of the text is used, as MapServer 8.0 does; the class's labels go.
     */
    private Styled mapfileStyle(ClassDef base, String text) throws RenderException {
        String wrapped = "MAP\nLAYER\nNAME \"styleitem\"\nTYPE " + layer.type().name() + "\nCLASS\n" + text
                + "\nEND\nEND\nEND\n";
        ClassDef read;
        try {
            read = new org.jmapserv.mapfile.parse.MapfileReader()
                    .readString(wrapped, "styleitem", java.nio.file.Path.of("."))
                    .layers().get(0).classes().get(0);
        } catch (org.jmapserv.mapfile.MapfileException | RuntimeException e) {
            throw VectorLayerPainter.failure(layer, "msUpdateStyleFromString(): bad STYLE in STYLEITEM \""
                    + layer.styleItem() + "\" value \"" + text + "\": " + e.getMessage());
        }
        ClassDef.Builder cb = emptied(base).toBuilder();
        if (!read.styles().isEmpty()) {
            cb.styles = new ArrayList<>(List.of(read.styles().get(0)));
        }
        return resolved(cb.build());
    }

    /**
     * A mapfile CLASS block held in the attribute, as msLayerGetFeatureStyle applies it: when the text holds
     * {@code " style "} the class's styles and labels are dropped first (resetClassStyle), then msUpdateClassFromString
     * reads the block into the class: its STYLEs are added to the class's, its n-th LABEL replaces the class's n-th
     * (probed: a LABEL without POSITION does not keep the old label's). A text MapServer
     * cannot parse leaves the class as it was (8.0 ignores the failure); we warn once. Other keywords of the block
     * (NAME, EXPRESSION, ...) do not change how this feature is drawn.
     */
    private Styled mapfileClass(ClassDef base, String text) throws RenderException {
        ClassDef read = readClass(text);
        if (read == null) {
            read = readClass(text + "\nEND"); // loadClass stops at the end of the string without an END
        }
        if (read == null) {
            if (!warnedClassText) {
                warnedClassText = true;
                ctx.warnings().add(layer.source() + ": layer '" + layer.name() + "', STYLEITEM \"" + layer.styleItem()
                        + "\": the CLASS text \"" + text + "\" cannot be parsed and is ignored, as MapServer 8.0 "
                        + "ignores it (the class is drawn as it was).");
            }
            return resolved(base);
        }
        boolean reset = text.toLowerCase(java.util.Locale.ROOT).contains(" style ");
        ClassDef.Builder cb = (reset ? emptied(base) : base).toBuilder();
        cb.styles = new ArrayList<>(cb.styles);
        cb.styles.addAll(read.styles());
        cb.labels = new ArrayList<>(cb.labels);
        for (int i = 0; i < read.labels().size(); i++) { // the block's n-th LABEL replaces the class's n-th (8.0)
            if (i < cb.labels.size()) {
                cb.labels.set(i, read.labels().get(i));
            } else {
                cb.labels.add(read.labels().get(i));
            }
        }
        return resolved(cb.build());
    }

    private ClassDef readClass(String text) {
        String wrapped = "MAP\nLAYER\nNAME \"styleitem\"\nTYPE " + layer.type().name() + "\n" + text + "\nEND\nEND\n";
        try {
            List<ClassDef> classes = new org.jmapserv.mapfile.parse.MapfileReader()
                    .readString(wrapped, "styleitem", java.nio.file.Path.of(".")).layers().get(0).classes();
            return classes.size() == 1 ? classes.get(0) : null;
        } catch (org.jmapserv.mapfile.MapfileException | RuntimeException e) {
            return null;
        }
    }

    private static ClassDef emptied(ClassDef base) {
        ClassDef.Builder cb = base.toBuilder();
        cb.styles = new ArrayList<>();
        cb.labels = new ArrayList<>();
        return cb.build();
    }

    private Styled resolved(ClassDef cls) throws RenderException {
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

    /**
     * A PEN pattern as MapServer 8.0 takes it: two or more lengths, each in pixels ("10px 5px"); a pattern with
     * any length in other units or none ("10 5") or an empty one is not used at all (the line is solid).
     */
    private static List<Double> pattern(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        List<Double> out = new ArrayList<>();
        for (String d : text.trim().split("\\s+")) {
            String t = d.toLowerCase(java.util.Locale.ROOT);
            if (t.length() <= 2 || !t.endsWith("px")) {
                return null;
            }
            try {
                out.add(Double.parseDouble(t.substring(0, t.length() - 2)));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return out.size() >= 2 ? out : null;
    }

    private static String lower(String v) {
        return v == null ? "" : v.trim().toLowerCase(java.util.Locale.ROOT);
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

    /** A tool's {@code l:} priority (an integer; 0 when absent or not a number), remembered for its style. */
    private static void priorityOf(OgrStyleString.Part p, StyleDef.Builder b, Map<StyleDef.Builder, Integer> priority) {
        String l = p.param("l");
        if (l == null) {
            return;
        }
        try {
            priority.put(b, Integer.parseInt(l.trim()));
        } catch (NumberFormatException e) {
            priority.put(b, 0);
        }
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
