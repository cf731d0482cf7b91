package org.jmapserv.server.sld;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.w3c.dom.Element;

/**
 * Writes a Rule's symbolizers as mapfile STYLE blocks, as msSLDParsePolygonSymbolizer,
 * msSLDParseLineSymbolizer and msSLDParsePointSymbolizer (mapogcsld.cpp) fill styleObjs: a polygon's Fill and
 * Stroke become a fill style then an outline style; Stroke width, opacity and dasharray become WIDTH, OPACITY
 * and PATTERN; a Mark's WellKnownName becomes one of the {@link SldMarks} symbols with SIZE, ANGLE, COLOR and
 * OUTLINECOLOR. Parameters read from attributes or expressions, graphic fills and strokes and
 * ExternalGraphic are refused by name.
 */
final class SldSymbolizers {

    private SldSymbolizers() {
    }

    static String polygon(Element sym) throws SldException {
        StringBuilder b = new StringBuilder();
        Element fill = SafeXml.child(sym, "Fill");
        if (fill != null) {
            Map<String, String> p = params(fill, "Fill");
            b.append("STYLE COLOR ").append(color(p.getOrDefault("fill", "#808080")));
            opacity(b, p.get("fill-opacity"));
            b.append(" END\n");
        }
        Element stroke = SafeXml.child(sym, "Stroke");
        if (stroke != null) {
            Map<String, String> p = params(stroke, "Stroke");
            b.append("STYLE OUTLINECOLOR ").append(color(p.getOrDefault("stroke", "#000000")));
            strokeRest(b, p);
            b.append(" END\n");
        }
        return b.toString();
    }

    static String line(Element sym) throws SldException {
        Element stroke = SafeXml.child(sym, "Stroke");
        if (stroke == null) {
            return "";
        }
        Map<String, String> p = params(stroke, "Stroke");
        StringBuilder b = new StringBuilder("STYLE COLOR ").append(color(p.getOrDefault("stroke", "#000000")));
        strokeRest(b, p);
        return b.append(" END\n").toString();
    }

    /**
     * msSLDParseExternalGraphic: an OnlineResource href in a PNG, GIF or JPEG Format becomes STYLE SYMBOL "url"
     * (COLOR 0 0 0, SIZE from Size, Rotation as ANGLE), as 8.0's applySLD writes it.
     */
    private static String externalGraphic(Element graphic, Element external, SldMarks marks) throws SldException {
        Element resource = SafeXml.child(external, "OnlineResource");
        String href = resource == null ? "" : resource.getAttributeNS("http://www.w3.org/1999/xlink", "href");
        if (href.isEmpty() && resource != null) {
            href = resource.getAttribute("xlink:href");
        }
        if (href.isEmpty()) {
            throw new SldException("ExternalGraphic without OnlineResource xlink:href is not supported by jmapserv.");
        }
        String format = SafeXml.text(SafeXml.child(external, "Format"));
        if (format == null || !format.trim().toLowerCase(Locale.ROOT).matches("image/(png|gif|jpeg|jpg)")) {
            throw new SldException("ExternalGraphic Format '" + format + "' is not supported by jmapserv (image/png, "
                    + "image/gif and image/jpeg are).");
        }
        String symbol = marks.useExternal(href);
        StringBuilder b = new StringBuilder("STYLE SYMBOL ").append(SldApplier.quoted(symbol)).append(" COLOR 0 0 0");
        String size = SafeXml.text(SafeXml.child(graphic, "Size"));
        if (size != null && !size.isEmpty()) {
            b.append(" SIZE ").append(number(size, "6", "Size"));
        }
        String rotation = SafeXml.text(SafeXml.child(graphic, "Rotation"));
        if (rotation != null && !rotation.isEmpty()) {
            b.append(" ANGLE ").append(number(rotation, "0", "Rotation"));
        }
        return b.append(" END\n").toString();
    }

    static String point(Element sym, SldMarks marks) throws SldException {
        Element graphic = SafeXml.child(sym, "Graphic");
        if (graphic == null) {
            throw new SldException("PointSymbolizer without Graphic is not supported by jmapserv.");
        }
        Element external = SafeXml.child(graphic, "ExternalGraphic");
        if (external != null) {
            return externalGraphic(graphic, external, marks);
        }
        Element mark = SafeXml.child(graphic, "Mark");
        String wkn = mark == null ? "square" : SafeXml.text(SafeXml.child(mark, "WellKnownName"));
        if (wkn == null || wkn.isEmpty()) {
            wkn = "square";
        }
        boolean hasFill = mark != null && SafeXml.child(mark, "Fill") != null;
        String symbol = marks.use(wkn.toLowerCase(Locale.ROOT), hasFill);
        Map<String, String> fill = Map.of();
        Map<String, String> stroke = Map.of();
        if (mark != null) {
            Element f = SafeXml.child(mark, "Fill");
            Element s = SafeXml.child(mark, "Stroke");
            fill = f == null ? Map.of() : params(f, "Fill");
            stroke = s == null ? Map.of() : params(s, "Stroke");
            if (f == null && s == null) {
                fill = Map.of("fill", "#808080");
            }
        } else {
            fill = Map.of("fill", "#808080");
        }
        StringBuilder b = new StringBuilder("STYLE SYMBOL \"").append(symbol).append('"');
        b.append(" SIZE ").append(number(SafeXml.text(SafeXml.child(graphic, "Size")), "6", "Size"));
        String rotation = SafeXml.text(SafeXml.child(graphic, "Rotation"));
        if (rotation != null && !rotation.isEmpty()) {
            b.append(" ANGLE ").append(number(rotation, "0", "Rotation"));
        }
        if (hasFill && SldMarks.filled(wkn)) {
            b.append(" COLOR ").append(color(fill.getOrDefault("fill", "#808080")));
            if (!stroke.isEmpty()) {
                b.append(" OUTLINECOLOR ").append(color(stroke.getOrDefault("stroke", "#000000")));
                b.append(" WIDTH ").append(number(stroke.get("stroke-width"), "1", "stroke-width"));
            }
        } else if (!stroke.isEmpty()) {
            b.append(" COLOR ").append(color(stroke.getOrDefault("stroke", "#000000")));
            b.append(" WIDTH ").append(number(stroke.get("stroke-width"), "1", "stroke-width"));
        } else {
            b.append(" COLOR ").append(color(fill.getOrDefault("fill", "#808080")));
        }
        opacity(b, fill.getOrDefault("fill-opacity", null));
        String graphicOpacity = SafeXml.text(SafeXml.child(graphic, "Opacity"));
        if (graphicOpacity != null && !graphicOpacity.isEmpty()) {
            opacity(b, graphicOpacity);
        }
        return b.append(" END\n").toString();
    }

    private static void strokeRest(StringBuilder b, Map<String, String> p) throws SldException {
        b.append(" WIDTH ").append(number(p.get("stroke-width"), "1", "stroke-width"));
        opacity(b, p.get("stroke-opacity"));
        String dash = p.get("stroke-dasharray");
        if (dash != null && !dash.isBlank()) {
            b.append(" PATTERN");
            for (String d : dash.strip().split("[\\s,]+")) {
                b.append(' ').append(number(d, "0", "stroke-dasharray"));
            }
            b.append(" END");
            if (p.get("stroke-linecap") == null) {
                b.append(" LINECAP BUTT"); // msSLDParseStroke: dashes have butt caps unless told otherwise
            }
        }
        String cap = p.get("stroke-linecap");
        if (cap != null && cap.matches("(?i)butt|round|square")) {
            b.append(" LINECAP ").append(cap.toUpperCase(Locale.ROOT));
        }
        String join = p.get("stroke-linejoin");
        if (join != null && join.matches("(?i)round|miter|bevel")) {
            b.append(" LINEJOIN ").append(join.toUpperCase(Locale.ROOT));
        }
    }

    private static void opacity(StringBuilder b, String value) throws SldException {
        if (value != null && !value.isBlank()) {
            double o = Double.parseDouble(number(value, "1", "opacity"));
            b.append(" OPACITY ").append((int) Math.round(Math.max(0, Math.min(1, o)) * 100));
        }
    }

    /** CssParameter (SLD 1.0) or SvgParameter (SE 1.1) values by name; GraphicFill/GraphicStroke refused. */
    private static Map<String, String> params(Element e, String what) throws SldException {
        if (SafeXml.child(e, "GraphicFill") != null || SafeXml.child(e, "GraphicStroke") != null) {
            throw new SldException("GraphicFill/GraphicStroke in " + what + " is not supported by jmapserv.");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Element c : SafeXml.children(e)) {
            String n = SafeXml.local(c);
            if (n.equals("CssParameter") || n.equals("SvgParameter")) {
                if (!SafeXml.children(c).isEmpty()) {
                    throw new SldException(n + " '" + c.getAttribute("name") + "' with an expression "
                            + "(ogc:PropertyName or function) is not supported by jmapserv.");
                }
                out.put(c.getAttribute("name").toLowerCase(Locale.ROOT), c.getTextContent().strip());
            }
        }
        return out;
    }

    static String color(String hex) throws SldException {
        if (!hex.matches("#[0-9A-Fa-f]{6}")) {
            throw new SldException("colour '" + hex + "' is not a #rrggbb value.");
        }
        return "\"" + hex + "\"";
    }

    private static String number(String v, String fallback, String what) throws SldException {
        if (v == null || v.isBlank()) {
            return fallback;
        }
        if (!OgcFilterExpression.isNumber(v)) {
            throw new SldException(what + " '" + v + "' is not a number (expressions are not supported by "
                    + "jmapserv).");
        }
        return v.strip();
    }
}
