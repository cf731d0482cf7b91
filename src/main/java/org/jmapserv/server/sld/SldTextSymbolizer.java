package org.jmapserv.server.sld;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import org.w3c.dom.Element;

/**
 * Writes a TextSymbolizer as the class TEXT and a LABEL block, as msSLDParseTextSymbolizer and
 * msSLDParseTextParams (mapogcsld.cpp) in MapServer 8.0 do: Label from one ogc:PropertyName; FONT is
 * font-family with "-bold"/"-italic" appended, kept only when the FONTSET knows that alias; SIZE font-size
 * (default 10); COLOR the Fill; Halo Fill and Radius as OUTLINECOLOR / OUTLINEWIDTH; PointPlacement's
 * AnchorPoint as POSITION (x 0/0.5/1 as L/C/R, y 0/0.5/1 as L/C/U, as 8.0 reads them), Displacement as
 * OFFSET and ANGLE AUTO (8.0 ignores Rotation there); LinePlacement as ANGLE FOLLOW, or with a
 * PerpendicularOffset as OFFSET p p. Labels from expressions or mixed text are refused.
 */
final class SldTextSymbolizer {

    private SldTextSymbolizer() {
    }

    /** The TEXT line and LABEL block of the class. */
    static String of(Element sym, Predicate<String> fontKnown) throws SldException {
        Element label = SafeXml.child(sym, "Label");
        Element property = label == null ? null : SafeXml.child(label, "PropertyName");
        if (property == null || SafeXml.children(label).size() != 1 || !label.getTextContent().strip()
                .equals(property.getTextContent().strip())) {
            throw new SldException("TextSymbolizer Label other than a single ogc:PropertyName is not supported by "
                    + "jmapserv.");
        }
        String item = SafeXml.text(property);
        if (!item.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new SldException("TextSymbolizer Label ogc:PropertyName '" + item + "' is not a plain attribute.");
        }
        StringBuilder b = new StringBuilder("TEXT (\"[").append(item).append("]\")\nLABEL\n");
        Map<String, String> font = params(SafeXml.child(sym, "Font"));
        String family = font.get("font-family");
        if (family != null && !family.isEmpty()) {
            String name = family;
            if ("bold".equalsIgnoreCase(font.get("font-weight"))) {
                name += "-bold";
            }
            if ("italic".equalsIgnoreCase(font.get("font-style"))
                    || "oblique".equalsIgnoreCase(font.get("font-style"))) {
                name += "-italic";
            }
            if (fontKnown.test(name)) {
                b.append("FONT ").append(SldApplier.quoted(name)).append('\n');
            }
        }
        b.append("SIZE ").append(number(font.getOrDefault("font-size", "10"), "font-size")).append('\n');
        Map<String, String> fill = params(SafeXml.child(sym, "Fill"));
        if (fill.containsKey("fill")) {
            b.append("COLOR ").append(SldSymbolizers.color(fill.get("fill"))).append('\n');
        }
        Element halo = SafeXml.child(sym, "Halo");
        if (halo != null) {
            Map<String, String> haloFill = params(SafeXml.child(halo, "Fill"));
            if (haloFill.containsKey("fill")) {
                b.append("OUTLINECOLOR ").append(SldSymbolizers.color(haloFill.get("fill"))).append('\n');
            }
            String radius = SafeXml.text(SafeXml.child(halo, "Radius"));
            if (radius != null && !radius.isEmpty()) {
                b.append("OUTLINEWIDTH ").append(number(radius, "Halo Radius")).append('\n');
            }
        }
        placement(b, SafeXml.child(sym, "LabelPlacement"));
        for (Element e : SafeXml.children(sym)) {
            String n = SafeXml.local(e);
            if (!(n.equals("Label") || n.equals("Font") || n.equals("Fill") || n.equals("Halo")
                    || n.equals("LabelPlacement") || n.equals("Geometry"))) {
                throw new SldException(n + " in TextSymbolizer is not supported by jmapserv.");
            }
            if (n.equals("Geometry")) {
                throw new SldException("Geometry in TextSymbolizer is not supported by jmapserv.");
            }
        }
        return b.append("END\n").toString();
    }

    private static void placement(StringBuilder b, Element placement) throws SldException {
        Element line = placement == null ? null : SafeXml.child(placement, "LinePlacement");
        if (line != null) {
            String offset = SafeXml.text(SafeXml.child(line, "PerpendicularOffset"));
            if (offset != null && !offset.isEmpty()) {
                String o = number(offset, "PerpendicularOffset");
                b.append("OFFSET ").append(o).append(' ').append(o).append('\n');
            } else {
                b.append("ANGLE FOLLOW\n");
            }
            return;
        }
        Element point = placement == null ? null : SafeXml.child(placement, "PointPlacement");
        b.append("ANGLE AUTO\n");
        String pos = "CC";
        String dx = "0";
        String dy = "0";
        if (point != null) {
            Element anchor = SafeXml.child(point, "AnchorPoint");
            if (anchor != null) {
                double x = Double.parseDouble(number(SafeXml.text(SafeXml.child(anchor, "AnchorPointX")), "AnchorPointX"));
                double y = Double.parseDouble(number(SafeXml.text(SafeXml.child(anchor, "AnchorPointY")), "AnchorPointY"));
                pos = letter(y, "L", "C", "U") + letter(x, "L", "C", "R");
            }
            Element d = SafeXml.child(point, "Displacement");
            if (d != null) {
                dx = number(SafeXml.text(SafeXml.child(d, "DisplacementX")), "DisplacementX");
                dy = number(SafeXml.text(SafeXml.child(d, "DisplacementY")), "DisplacementY");
            }
        }
        b.append("POSITION ").append(pos).append('\n');
        b.append("OFFSET ").append(dx).append(' ').append(dy).append('\n');
    }

    private static String letter(double v, String low, String mid, String high) throws SldException {
        if (v == 0) {
            return low;
        }
        if (v == 0.5) {
            return mid;
        }
        if (v == 1) {
            return high;
        }
        throw new SldException("AnchorPoint values other than 0, 0.5 and 1 are not supported by jmapserv.");
    }

    private static Map<String, String> params(Element e) throws SldException {
        Map<String, String> out = new LinkedHashMap<>();
        if (e == null) {
            return out;
        }
        for (Element c : SafeXml.children(e)) {
            String n = SafeXml.local(c);
            if (n.equals("CssParameter") || n.equals("SvgParameter")) {
                if (!SafeXml.children(c).isEmpty()) {
                    throw new SldException(n + " '" + c.getAttribute("name") + "' with an expression is not "
                            + "supported by jmapserv.");
                }
                out.put(c.getAttribute("name").toLowerCase(Locale.ROOT), c.getTextContent().strip());
            }
        }
        return out;
    }

    private static String number(String v, String what) throws SldException {
        if (v == null || !OgcFilterExpression.isNumber(v)) {
            throw new SldException(what + " '" + v + "' is not a number.");
        }
        return v.strip();
    }
}
