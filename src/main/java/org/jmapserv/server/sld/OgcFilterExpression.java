package org.jmapserv.server.sld;

import java.util.List;

import org.jmapserv.mapfile.model.LayerDef;
import org.w3c.dom.Element;

/**
 * Translates an OGC Filter Encoding 1.0/1.1 ogc:Filter into a MapServer logical expression, as
 * FLTGetMapserverExpression (mapogcfilter.cpp) does for rule filters and the vendor FILTER parameter:
 * comparisons, PropertyIsLike (as a regular expression), PropertyIsBetween, BBOX and And/Or/Not. Numeric literals
 * compare numerically, others as strings. In SLD rules PropertyIsNull, a BBOX srsName and the other spatial
 * operators behave as in 8.0 ({@link #ofRule}); functions and arithmetic are refused by name.
 */
public final class OgcFilterExpression {

    private OgcFilterExpression() {
    }

    /** The expression for an ogc:Filter element (its single child operator), for the vendor FILTER parameter. */
    public static String of(Element filter) throws SldException {
        List<Element> ops = SafeXml.children(filter);
        if (ops.size() != 1) {
            throw new SldException("ogc:Filter must hold exactly one operator.");
        }
        return operator(ops.get(0), false, null);
    }

    /**
     * The vendor FILTER's expression for one layer: as {@link #of(Element)}, plus the spatial operators
     * (FLTGetSpatialComparisonCommonExpression) whose geometry is read in {@code frame} and whose DWithin/Beyond
     * distance is converted into the layer's UNITS.
     */
    public static String of(Element filter, FilterFrame frame, LayerDef layer) throws SldException {
        List<Element> ops = SafeXml.children(filter);
        if (ops.size() != 1) {
            throw new SldException("ogc:Filter must hold exactly one operator.");
        }
        return operator(ops.get(0), false, new SpatialOperator(frame, layer));
    }

    /**
     * The expression of an SLD Rule's ogc:Filter as msSLDParseRule gives it in 8.0 (probed with mapscript's
     * applySLD and GetMap): null when the filter holds a PropertyIsNull anywhere (8.0 then leaves the rule without
     * EXPRESSION, or with an empty one, and the rule matches every feature), and a BBOX's srsName ignored (8.0
     * uses the coordinates as given, in the layer's coordinates). The other spatial operators are written as for
     * the vendor FILTER ({@link SpatialOperator}) but, as 8.0 reads them inside an SLD (probed with SLD_BODY
     * GetMaps, {@code sld-intersects*}, {@code sld-dwithin*}), in {@link FilterFrame#AS_GIVEN}: the geometry in
     * the layer's coordinates whatever the request CRS, srsName or WMS 1.3.0 axis order; a DWithin/Beyond
     * distance with units is still converted into {@code layer}'s UNITS.
     */
    public static String ofRule(Element filter, LayerDef layer) throws SldException {
        if (holdsPropertyIsNull(filter)) {
            return null;
        }
        List<Element> ops = SafeXml.children(filter);
        if (ops.size() != 1) {
            throw new SldException("ogc:Filter must hold exactly one operator.");
        }
        return operator(ops.get(0), true, new SpatialOperator(FilterFrame.AS_GIVEN, layer));
    }

    private static boolean holdsPropertyIsNull(Element e) {
        for (Element c : SafeXml.children(e)) {
            if (SafeXml.local(c).equals("PropertyIsNull") || holdsPropertyIsNull(c)) {
                return true;
            }
        }
        return false;
    }

    private static String operator(Element op, boolean rule, SpatialOperator spatial) throws SldException {
        String name = SafeXml.local(op);
        switch (name) {
            case "And", "Or": {
                List<Element> parts = SafeXml.children(op);
                if (parts.size() < 2) {
                    throw new SldException("ogc:" + name + " needs at least two operands.");
                }
                StringBuilder b = new StringBuilder("(");
                for (int i = 0; i < parts.size(); i++) {
                    if (i > 0) {
                        b.append(name.equals("And") ? " AND " : " OR ");
                    }
                    b.append(operator(parts.get(i), rule, spatial));
                }
                return b.append(')').toString();
            }
            case "Not": {
                List<Element> parts = SafeXml.children(op);
                if (parts.size() != 1) {
                    throw new SldException("ogc:Not needs exactly one operand.");
                }
                return "(NOT " + operator(parts.get(0), rule, spatial) + ")";
            }
            case "PropertyIsEqualTo":
                return comparison(op, "=");
            case "PropertyIsNotEqualTo":
                return comparison(op, "!=");
            case "PropertyIsLessThan":
                return comparison(op, "<");
            case "PropertyIsGreaterThan":
                return comparison(op, ">");
            case "PropertyIsLessThanOrEqualTo":
                return comparison(op, "<=");
            case "PropertyIsGreaterThanOrEqualTo":
                return comparison(op, ">=");
            case "PropertyIsLike":
                return like(op);
            case "PropertyIsBetween":
                return between(op);
            case "BBOX": // 8.0 reads an SLD rule's BBOX in the layer's coordinates, its srsName ignored
                return spatial != null && !rule ? spatial.expression(op) : bbox(op, rule);
            default:
                if (spatial != null && SpatialOperator.NAMES.contains(name)) {
                    return spatial.expression(op);
                }
                throw new SldException("the filter operator ogc:" + name + " is not supported by jmapserv.");
        }
    }

    private static String comparison(Element op, String cmp) throws SldException {
        String property = property(op);
        String literal = literal(SafeXml.child(op, "Literal"), op);
        boolean caseInsensitive = "false".equalsIgnoreCase(op.getAttribute("matchCase"));
        if (isNumber(literal)) {
            return "([" + property + "] " + cmp + " " + literal + ")";
        }
        if (caseInsensitive && (cmp.equals("=") || cmp.equals("!="))) {
            String eq = "(\"[" + property + "]\" =* " + quoted(literal) + ")";
            return cmp.equals("=") ? eq : "(NOT " + eq + ")";
        }
        return "(\"[" + property + "]\" " + cmp + " " + quoted(literal) + ")";
    }

    private static String between(Element op) throws SldException {
        String property = property(op);
        Element lower = SafeXml.child(op, "LowerBoundary");
        Element upper = SafeXml.child(op, "UpperBoundary");
        if (lower == null || upper == null) {
            throw new SldException("ogc:PropertyIsBetween needs ogc:LowerBoundary and ogc:UpperBoundary.");
        }
        String lo = literal(SafeXml.child(lower, "Literal"), lower);
        String hi = literal(SafeXml.child(upper, "Literal"), upper);
        if (!isNumber(lo) || !isNumber(hi)) {
            return "((\"[" + property + "]\" >= " + quoted(lo) + ") AND (\"[" + property + "]\" <= " + quoted(hi)
                    + "))";
        }
        return "(([" + property + "] >= " + lo + ") AND ([" + property + "] <= " + hi + "))";
    }

    /**
     * FLTGetMapserverExpression for BBOX: {@code intersects([shape], fromText('POLYGON ...')) = TRUE} in the
     * layer's coordinates, from a gml:Box (coordinates) or gml:Envelope (lower/upperCorner). In the vendor FILTER a
     * srsName is refused (its axis order and reprojection are not handled); in an SLD rule it is ignored, as 8.0
     * ignores it.
     */
    private static String bbox(Element op, boolean rule) throws SldException {
        Element box = SafeXml.child(op, "Box");
        if (box == null) {
            box = SafeXml.child(op, "Envelope");
        }
        if (box == null) {
            throw new SldException("ogc:BBOX needs a gml:Box or gml:Envelope.");
        }
        if (!rule && !box.getAttribute("srsName").isEmpty()) {
            throw new SldException("ogc:BBOX with a srsName is not supported by jmapserv (give the box in the "
                    + "layer's coordinates without srsName).");
        }
        String[] c;
        Element coords = SafeXml.child(box, "coordinates");
        if (coords != null) {
            c = SafeXml.text(coords).split("[\\s,]+");
        } else {
            String lower = SafeXml.text(SafeXml.child(box, "lowerCorner"));
            String upper = SafeXml.text(SafeXml.child(box, "upperCorner"));
            if (lower == null || upper == null) {
                throw new SldException("gml:Envelope needs gml:lowerCorner and gml:upperCorner.");
            }
            c = (lower + " " + upper).split("\\s+");
        }
        if (c.length != 4) {
            throw new SldException("ogc:BBOX needs two corners of two coordinates.");
        }
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            if (!isNumber(c[i])) {
                throw new SldException("ogc:BBOX coordinate '" + c[i] + "' is not a number.");
            }
            v[i] = Double.parseDouble(c[i]);
        }
        String x0 = fmt(v[0]);
        String y0 = fmt(v[1]);
        String x1 = fmt(v[2]);
        String y1 = fmt(v[3]);
        return "(intersects([shape],fromText('POLYGON ((" + x0 + " " + y0 + ", " + x0 + " " + y1 + ", " + x1 + " "
                + y1 + ", " + x1 + " " + y0 + ", " + x0 + " " + y0 + "))')) = TRUE)";
    }

    private static String fmt(double d) {
        return String.format(java.util.Locale.ROOT, "%.16f", d);
    }

    /** FLTGetIsLikeComparisonExpression: wildCard, singleChar and escapeChar become a regular expression. */
    private static String like(Element op) throws SldException {
        String property = property(op);
        String pattern = literal(SafeXml.child(op, "Literal"), op);
        String wild = attr(op, "wildCard", "*");
        String single = attr(op, "singleChar", ".");
        String escape = attr(op, "escapeChar", attr(op, "escape", "\\"));
        if (wild.length() != 1 || single.length() != 1 || escape.length() != 1) {
            throw new SldException("ogc:PropertyIsLike needs one-character wildCard, singleChar and escapeChar.");
        }
        StringBuilder re = new StringBuilder("^");
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == escape.charAt(0) && i + 1 < pattern.length()) {
                re.append(regexLiteral(pattern.charAt(++i)));
            } else if (c == wild.charAt(0)) {
                re.append(".*");
            } else if (c == single.charAt(0)) {
                re.append('.');
            } else {
                re.append(regexLiteral(c));
            }
        }
        re.append('$');
        String opName = "false".equalsIgnoreCase(op.getAttribute("matchCase")) ? "~*" : "~";
        return "(\"[" + property + "]\" " + opName + " " + quoted(re.toString()) + ")";
    }

    private static String regexLiteral(char c) {
        return ".[]()*+?{}|^$\\".indexOf(c) >= 0 ? "\\" + c : String.valueOf(c);
    }

    private static String attr(Element e, String name, String fallback) {
        String v = e.getAttribute(name);
        return v == null || v.isEmpty() ? fallback : v;
    }

    private static String property(Element op) throws SldException {
        Element p = SafeXml.child(op, "PropertyName");
        if (p == null) {
            p = SafeXml.child(op, "ValueReference");
        }
        String name = SafeXml.text(p);
        if (name == null || name.isEmpty()) {
            throw new SldException("ogc:" + SafeXml.local(op) + " needs an ogc:PropertyName.");
        }
        if (!name.matches("[A-Za-z_][A-Za-z0-9_.:-]*")) {
            throw new SldException("ogc:PropertyName '" + name + "' is not a plain attribute name.");
        }
        int colon = name.lastIndexOf(':');
        return colon >= 0 ? name.substring(colon + 1) : name;
    }

    private static String literal(Element literal, Element op) throws SldException {
        if (literal == null) {
            throw new SldException("ogc:" + SafeXml.local(op) + " needs an ogc:Literal (functions and "
                    + "arithmetic are not supported by jmapserv).");
        }
        if (!SafeXml.children(literal).isEmpty()) {
            throw new SldException("ogc:Literal holding XML elements is not supported by jmapserv.");
        }
        return literal.getTextContent();
    }

    static boolean isNumber(String s) {
        return s.strip().matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    }

    /** A MapServer string literal; quotes and backslashes inside are escaped as msyylex reads them. */
    private static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
