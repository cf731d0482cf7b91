package org.jmapserv.server.sld;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import org.jmapserv.mapfile.MapfileException;
import org.jmapserv.mapfile.model.ClassDef;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.LayerType;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.model.SymbolDef;
import org.jmapserv.mapfile.parse.MapfileReader;
import org.jmapserv.render.font.FontException;
import org.jmapserv.render.font.FontSet;
import org.w3c.dom.Element;

/**
 * Applies an SLD_BODY to a map for one request, as msSLDApplySLD (mapogcsld.cpp): every NamedLayer whose Name
 * is a layer's NAME or GROUP (case-insensitive) replaces that layer's classes with one CLASS per Rule of its
 * UserStyle (Name, Title, Min/MaxScaleDenominator, ogc:Filter as EXPRESSION, symbolizers as STYLEs) and turns on
 * RENDERMODE=ALL_MATCHING_CLASSES, so a feature is drawn by every rule it matches, in order. The classes are
 * written as mapfile text and read by the mapfile reader so they mean exactly what the same CLASS would in a
 * mapfile. What is not supported (NamedStyle, RasterSymbolizer, UserLayer, ...) is
 * refused naming the element.
 */
public final class SldApplier {

    private SldApplier() {
    }

    /** The map with the SLD's styles applied to the layers it names. */
    public static MapDef apply(MapDef map, String sldBody) throws SldException {
        Element root = SafeXml.parse(sldBody, "SLD_BODY");
        if (!SafeXml.local(root).equals("StyledLayerDescriptor")) {
            throw new SldException("SLD_BODY is not a StyledLayerDescriptor document.");
        }
        if (!SafeXml.children(root, "UserLayer").isEmpty()) {
            throw new SldException("UserLayer in SLD is not supported by jmapserv.");
        }
        SldMarks marks = new SldMarks(map.web().validation().value("sld_external_graphic"));
        List<LayerDef> layers = new ArrayList<>(map.layers());
        boolean any = false;
        for (Element named : SafeXml.children(root, "NamedLayer")) {
            String name = SafeXml.text(SafeXml.child(named, "Name"));
            if (name == null) {
                throw new SldException("NamedLayer without Name.");
            }
            if (!SafeXml.children(named, "NamedStyle").isEmpty()) {
                throw new SldException("NamedStyle in NamedLayer '" + name + "' is not supported by jmapserv.");
            }
            if (!SafeXml.children(named, "LayerFeatureConstraints").isEmpty()) {
                throw new SldException("LayerFeatureConstraints in NamedLayer '" + name
                        + "' is not supported by jmapserv.");
            }
            List<Element> styles = SafeXml.children(named, "UserStyle");
            if (styles.isEmpty()) {
                continue;
            }
            if (styles.size() > 1) {
                throw new SldException("more than one UserStyle in NamedLayer '" + name
                        + "' is not supported by jmapserv.");
            }
            for (int i = 0; i < layers.size(); i++) {
                LayerDef l = layers.get(i);
                if (name.equalsIgnoreCase(l.name()) || (l.group() != null && name.equalsIgnoreCase(l.group()))) {
                    layers.set(i, restyled(map, l, styles.get(0), marks));
                    any = true;
                }
            }
        }
        if (!any) {
            return map;
        }
        MapDef.Builder b = map.toBuilder();
        b.layers = layers;
        b.symbols = withMarks(map, marks);
        return b.build();
    }

    private static LayerDef restyled(MapDef map, LayerDef l, Element userStyle, SldMarks marks)
            throws SldException {
        if (l.type() == LayerType.RASTER) {
            return restyledRaster(l, userStyle);
        }
        if (l.type() != LayerType.POLYGON && l.type() != LayerType.LINE && l.type() != LayerType.POINT) {
            throw new SldException("SLD for layer '" + l.name() + "' of TYPE " + l.type()
                    + " is not supported by jmapserv.");
        }
        StringBuilder classes = new StringBuilder();
        int index = 0;
        Predicate<String> fonts = fontsOf(map);
        for (Element fts : SafeXml.children(userStyle)) {
            String n = SafeXml.local(fts);
            if (n.equals("FeatureTypeStyle") || n.equals("CoverageStyle")) {
                if (n.equals("CoverageStyle")) {
                    throw new SldException("CoverageStyle is not supported by jmapserv.");
                }
                String otherwise = elseExpression(fts, l);
                for (Element rule : SafeXml.children(fts, "Rule")) {
                    classes.append(rule(rule, l, marks, otherwise, l.name() + "#" + index++, fonts));
                }
            }
        }
        LayerDef parsed = parseClasses(l, classes.toString(), marks);
        LayerDef.Builder b = l.toBuilder();
        b.classes = new ArrayList<>(parsed.classes());
        b.classItem = null;
        b.classGroup = null;
        b.processing = new ArrayList<>(l.processing());
        b.processing.removeIf(p -> p.toUpperCase(Locale.ROOT).startsWith("RENDERMODE"));
        b.processing.add("RENDERMODE=ALL_MATCHING_CLASSES");
        return b.build();
    }

    /**
     * msSLDParseRasterSymbolizer: the first RasterSymbolizer of the style's rules gives a RASTER layer its classes
     * (when it has a ColorMap) and its COMPOSITE OPACITY ({@link SldRasterSymbolizer}); anything else in the rules
     * of a raster layer is refused.
     */
    private static LayerDef restyledRaster(LayerDef l, Element userStyle) throws SldException {
        Element symbolizer = null;
        for (Element fts : SafeXml.children(userStyle)) {
            if (SafeXml.local(fts).equals("CoverageStyle")) {
                throw new SldException("CoverageStyle is not supported by jmapserv.");
            }
            if (!SafeXml.local(fts).equals("FeatureTypeStyle")) {
                continue;
            }
            for (Element rule : SafeXml.children(fts, "Rule")) {
                for (Element e : SafeXml.children(rule)) {
                    String n = SafeXml.local(e);
                    if (n.equals("RasterSymbolizer")) {
                        symbolizer = symbolizer == null ? e : symbolizer;
                    } else if (!(n.equals("Name") || n.equals("Title") || n.equals("Abstract")
                            || n.equals("Description") || n.equals("LegendGraphic"))) {
                        throw new SldException(n + " in a Rule for RASTER layer '" + l.name()
                                + "' is not supported by jmapserv.");
                    }
                }
            }
        }
        if (symbolizer == null) {
            return l;
        }
        SldRasterSymbolizer.Translation t = SldRasterSymbolizer.of(symbolizer, l.name());
        LayerDef.Builder b = l.toBuilder();
        if (!t.classes().isEmpty()) {
            b.classes = new ArrayList<>(parseClasses(l, t.classes(), new SldMarks()).classes());
            b.classItem = "[pixel]";
            b.classGroup = null;
        }
        if (t.opacity() >= 0) {
            String text = "MAP\nLAYER NAME \"sld\" TYPE RASTER\nCOMPOSITE OPACITY " + t.opacity() + " END\nEND\nEND\n";
            try {
                b.composites = new ArrayList<>(new MapfileReader().readString(text, "SLD_BODY", Path.of("."))
                        .layers().get(0).composites());
            } catch (MapfileException e) {
                throw new SldException("SLD Opacity could not be translated: " + e.getMessage());
            }
        }
        return b.build();
    }

    /**
     * An ElseFilter rule draws what no other rule of its FeatureTypeStyle draws (MapServer's fallback class):
     * NOT of the other rules' filters ORed. Rules with scale limits beside an ElseFilter are refused, as the
     * fallback would then depend on the scale.
     */
    private static String elseExpression(Element fts, LayerDef layer) throws SldException {
        List<String> others = new ArrayList<>();
        boolean hasElse = false;
        boolean unfiltered = false;
        boolean scaled = false;
        for (Element rule : SafeXml.children(fts, "Rule")) {
            if (SafeXml.child(rule, "ElseFilter") != null) {
                hasElse = true;
                continue;
            }
            Element f = SafeXml.child(rule, "Filter");
            String e = f == null ? null : OgcFilterExpression.ofRule(f, layer);
            if (e == null) {
                unfiltered = true;
            } else {
                others.add(e);
            }
            scaled |= SafeXml.child(rule, "MinScaleDenominator") != null
                    || SafeXml.child(rule, "MaxScaleDenominator") != null;
        }
        if (!hasElse) {
            return null;
        }
        if (scaled) {
            throw new SldException("ElseFilter beside rules with Min/MaxScaleDenominator is not supported by "
                    + "jmapserv.");
        }
        if (unfiltered) {
            return "(1 = 2)";
        }
        return others.isEmpty() ? "(1 = 1)" : "(NOT (" + String.join(" OR ", others) + "))";
    }

    private static String rule(Element rule, LayerDef layer, SldMarks marks, String otherwise, String defaultName,
            Predicate<String> fonts) throws SldException {
        StringBuilder c = new StringBuilder("CLASS\n");
        String name = SafeXml.text(SafeXml.child(rule, "Name"));
        c.append("NAME ").append(quoted(name != null ? name : defaultName)).append('\n');
        List<Element> texts = SafeXml.children(rule, "TextSymbolizer");
        if (texts.size() > 1) {
            throw new SldException("more than one TextSymbolizer in a Rule is not supported by jmapserv.");
        }
        boolean drawn = false;
        String title = SafeXml.text(SafeXml.child(rule, "Title"));
        if (title == null) {
            Element desc = SafeXml.child(rule, "Description");
            title = desc == null ? null : SafeXml.text(SafeXml.child(desc, "Title"));
        }
        if (title != null) {
            c.append("TITLE ").append(quoted(title)).append('\n');
        }
        for (Element e : SafeXml.children(rule)) {
            String n = SafeXml.local(e);
            switch (n) {
                case "Name", "Title", "Abstract", "Description", "LegendGraphic" -> { }
                case "ElseFilter" -> c.append("EXPRESSION ").append(otherwise).append('\n');
                case "Filter" -> {
                    String expression = OgcFilterExpression.ofRule(e, layer);
                    if (expression != null) { // a PropertyIsNull leaves 8.0's rule without filter
                        c.append("EXPRESSION ").append(expression).append('\n');
                    }
                }
                case "MinScaleDenominator" -> c.append("MINSCALEDENOM ").append(scale(e)).append('\n');
                case "MaxScaleDenominator" -> c.append("MAXSCALEDENOM ").append(scale(e)).append('\n');
                case "PolygonSymbolizer" -> {
                    c.append(SldSymbolizers.polygon(e));
                    drawn = true;
                }
                case "LineSymbolizer" -> {
                    c.append(SldSymbolizers.line(e));
                    drawn = true;
                }
                case "PointSymbolizer" -> {
                    c.append(SldSymbolizers.point(e, marks));
                    drawn = true;
                }
                case "TextSymbolizer" -> c.append(SldTextSymbolizer.of(e, fonts));
                default -> throw new SldException(n + " in Rule is not supported by jmapserv.");
            }
        }
        if (!texts.isEmpty() && !drawn) {
            c.append("STYLE END\n"); // msSLDParseTextSymbolizer: a label-only rule gets an empty style
        }
        return c.append("END\n").toString();
    }

    /** Whether the map's FONTSET has an alias (msSLDParseTextParams keeps FONT only then). */
    private static Predicate<String> fontsOf(MapDef map) {
        if (map.fontSet() == null || map.fontSet().isEmpty()) {
            return name -> false;
        }
        try {
            Path dir = map.mapPath() == null ? Path.of(".") : Path.of(map.mapPath());
            FontSet set = FontSet.load(dir.resolve(map.fontSet()).normalize());
            return name -> set.path(name) != null;
        } catch (FontException e) {
            return name -> false;
        }
    }

    private static String scale(Element e) throws SldException {
        String v = SafeXml.text(e);
        if (v == null || !OgcFilterExpression.isNumber(v)) {
            throw new SldException(SafeXml.local(e) + " '" + v + "' is not a number.");
        }
        return v;
    }

    /** The classes read back through the mapfile reader, on a layer of the same TYPE. */
    private static LayerDef parseClasses(LayerDef l, String classes, SldMarks marks) throws SldException {
        String text = "MAP\n" + marks.symbolBlocks() + "LAYER NAME \"sld\" TYPE " + l.type().name() + "\n"
                + classes + "END\nEND\n";
        try {
            MapDef parsed = new MapfileReader().readString(text, "SLD_BODY", Path.of("."));
            return parsed.layers().get(0);
        } catch (MapfileException e) {
            throw new SldException("SLD could not be translated into mapfile classes: " + e.getMessage());
        }
    }

    /** The SLD mark symbols appended to the map's symbols (replacing earlier copies of the same name). */
    private static List<SymbolDef> withMarks(MapDef map, SldMarks marks) throws SldException {
        String text = "MAP\n" + marks.symbolBlocks() + "END\n";
        List<SymbolDef> out = new ArrayList<>(map.symbols());
        try {
            for (SymbolDef s : new MapfileReader().readString(text, "SLD_BODY", Path.of(".")).symbols()) {
                out.removeIf(o -> s.name().equalsIgnoreCase(o.name()));
                out.add(s);
            }
        } catch (MapfileException e) {
            throw new SldException("SLD marks could not be defined: " + e.getMessage());
        }
        return out;
    }

    static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** Unused classes are dropped: a helper for tests reading the translated classes. */
    static List<ClassDef> classesOf(MapDef map, String layer) {
        for (LayerDef l : map.layers()) {
            if (layer.equals(l.name())) {
                return l.classes();
            }
        }
        return List.of();
    }
}
