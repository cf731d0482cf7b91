package org.jmapserv.server.sld;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.Set;

import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.Units;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTWriter;
import org.w3c.dom.Element;

/**
 * The OGC spatial operators of the vendor FILTER (BBOX as an intersects with the box's polygon), as FLTGetSpatialComparisonCommonExpression
 * (mapogcfilter.cpp) writes them for one layer: {@code intersects|disjoint|touches|overlaps|crosses|within|
 * contains|equals([shape],fromText('WKT')) = TRUE} and {@code dwithin|beyond([shape],fromText('WKT'),d) = TRUE},
 * evaluated per feature with JTS. As in 8.0, a Distance with a units attribute (m, km, NM, mi, in, ft, deg/dd,
 * optionally after a '#') is converted into the layer's UNITS, which default to METERS: a 0.5 "dd" distance on a
 * geographic layer without UNITS DD becomes 55,560 degrees and matches everything (FLTGetShape,
 * msInchesPerUnit). The geometry is read in its srsName, else the request CRS, and projected into the layer's.
 */
final class SpatialOperator {
    static final Set<String> NAMES = Set.of("Intersects", "DWithin", "Beyond", "Within", "Contains", "Disjoint",
            "Touches", "Overlaps", "Crosses", "Equals");

    private final FilterFrame frame;
    private final LayerDef layer;

    SpatialOperator(FilterFrame frame, LayerDef layer) {
        this.frame = frame;
        this.layer = layer;
    }

    String expression(Element op) throws SldException {
        String name = SafeXml.local(op);
        Element geometry = null;
        Element distance = null;
        for (Element c : SafeXml.children(op)) {
            String n = SafeXml.local(c);
            if (n.equals("Distance")) {
                distance = c;
            } else if (!n.equals("PropertyName") && !n.equals("ValueReference")) {
                geometry = c;
            }
        }
        boolean bbox = name.equals("BBOX");
        if (bbox && geometry != null && !SafeXml.local(geometry).equals("Box")
                && !SafeXml.local(geometry).equals("Envelope")) {
            throw SldException.malformedFilter("ogc:BBOX needs a gml:Box or gml:Envelope.");
        }
        if (geometry == null || !bbox && SafeXml.child(op, "PropertyName") == null
                && SafeXml.child(op, "ValueReference") == null) {
            throw SldException.malformedFilter("ogc:" + name + " needs a PropertyName and a GML geometry.");
        }
        String srsName = geometry.getAttribute("srsName").isEmpty() ? null : geometry.getAttribute("srsName");
        Geometry g;
        try {
            g = new GmlGeometry(frame.swaps().test(srsName)).read(geometry);
            g = frame.toLayer().apply(srsName, layer).apply(g);
        } catch (RuntimeException e) {
            throw new SldException("ogc:" + name + ": the geometry (srsName " + srsName + ") cannot be projected into layer '"
                    + layer.name() + "': " + e.getMessage());
        }
        if (g.isEmpty()) {
            throw new SldException("ogc:" + name + ": the geometry cannot be projected into layer '"
                    + layer.name() + "'.");
        }
        String function = bbox || name.equals("Intersects") ? "intersects" : name.toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder("(").append(function).append("([shape],fromText('")
                .append(new WKTWriter().write(g)).append("')");
        if (name.equals("DWithin") || name.equals("Beyond")) {
            b.append(',').append(cFormatG(distance(name, distance)));
        }
        return b.append(") = TRUE)").toString();
    }

    /** FLTGetShape's "distance;unit" and the conversion into the layer's units. */
    private double distance(String op, Element distance) throws SldException {
        if (distance == null) {
            throw SldException.malformedFilter("ogc:" + op + " needs an ogc:Distance.");
        }
        String text = SafeXml.text(distance);
        double d = atof(text);
        String units = distance.getAttribute("units");
        if (units.isEmpty() || d <= 0) {
            return d;
        }
        String unit = units.substring(units.indexOf('#') + 1);
        Units u = switch (unit.toLowerCase(Locale.ROOT)) {
            case "m", "meters" -> Units.METERS;
            case "km", "kilometers" -> Units.KILOMETERS;
            case "nm", "nauticalmiles" -> Units.NAUTICALMILES;
            case "mi", "miles" -> Units.MILES;
            case "in", "inches" -> Units.INCHES;
            case "ft", "feet" -> Units.FEET;
            case "deg", "dd" -> Units.DD;
            case "px" -> throw new SldException("ogc:Distance units=\"px\" is not supported by jmapserv.");
            default -> null; // 8.0 ignores a unit it does not know
        };
        Units target = layer.units() == null ? Units.METERS : layer.units();
        if (u == null || u == target || target.inchesPerUnit() <= 0 || target == Units.PIXELS) {
            return d;
        }
        return d * u.inchesPerUnit() / target.inchesPerUnit();
    }

    /** C's atof: the longest leading number, 0 when there is none. */
    private static double atof(String s) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\s*[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")
                .matcher(s == null ? "" : s);
        return m.find() ? Double.parseDouble(m.group().strip()) : 0;
    }

    /** printf's %g (6 significant digits), which 8.0 writes the distance with. */
    static String cFormatG(double d) {
        if (d == 0) {
            return "0";
        }
        BigDecimal v = new BigDecimal(d).round(new MathContext(6)).stripTrailingZeros();
        return v.abs().compareTo(new BigDecimal("1e-4")) >= 0 && v.abs().compareTo(new BigDecimal("1e6")) < 0
                ? v.toPlainString() : v.toString().replace("E", "e");
    }
}
