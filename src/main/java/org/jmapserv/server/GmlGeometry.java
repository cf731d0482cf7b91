package org.jmapserv.server;

import java.util.Locale;

import org.jmapserv.mapfile.model.expr.CNumberFormat;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * One feature's geometry in GML 2 as msGMLWriteQuery writes it for gml_geometries (gmlWriteGeometry_GML2): the
 * element named by gml_geometries around a gml:Point, gml:LineString, gml:Polygon or their Multi forms, with
 * srsName on the outer element, coordinates as {@code %f,%f} pairs (each followed by a space in lines and rings)
 * and MapServer's indentation. The type comes from
 * {@code gml_<name>_type} (point, multipoint, line, multiline, polygon, multipolygon) or, without one, from the shape:
 * one part gives the simple form, several the Multi form.
 */
final class GmlGeometry {

    private static final String IN = "\t\t\t";

    private GmlGeometry() {
    }

    static void write(StringBuilder b, String name, String type, Geometry g, String srs) {
        String t = type == null ? "" : type.toLowerCase(Locale.ROOT);
        b.append(IN).append('<').append(name).append(">\n");
        String srsAttr = " srsName=\"" + srs + "\"";
        switch (g.getGeometryType()) {
            case "Point", "MultiPoint" -> points(b, g, srsAttr, t.equals("multipoint") || g.getNumGeometries() > 1);
            case "LineString", "MultiLineString" -> lines(b, g, srsAttr,
                    t.equals("multiline") || g.getNumGeometries() > 1);
            default -> polygons(b, g, srsAttr, t.equals("multipolygon") || g.getNumGeometries() > 1);
        }
        b.append(IN).append("</").append(name).append(">\n");
    }

    private static void points(StringBuilder b, Geometry g, String srs, boolean multi) {
        if (!multi) {
            b.append(IN).append("<gml:Point").append(srs).append(">\n").append(IN).append("  <gml:coordinates>")
                    .append(coords(g.getGeometryN(0).getCoordinates())).append("</gml:coordinates>\n")
                    .append(IN).append("</gml:Point>\n");
            return;
        }
        b.append(IN).append("<gml:MultiPoint").append(srs).append(">\n");
        for (int i = 0; i < g.getNumGeometries(); i++) {
            b.append(IN).append("  <gml:pointMember>\n").append(IN).append("    <gml:Point>\n")
                    .append(IN).append("      <gml:coordinates>").append(coords(g.getGeometryN(i).getCoordinates()))
                    .append("</gml:coordinates>\n").append(IN).append("    </gml:Point>\n")
                    .append(IN).append("  </gml:pointMember>\n");
        }
        b.append(IN).append("</gml:MultiPoint>\n");
    }

    private static void lines(StringBuilder b, Geometry g, String srs, boolean multi) {
        if (!multi) {
            b.append(IN).append("<gml:LineString").append(srs).append(">\n").append(IN).append("  <gml:coordinates>")
                    .append(path(g.getGeometryN(0).getCoordinates())).append("</gml:coordinates>\n")
                    .append(IN).append("</gml:LineString>\n");
            return;
        }
        b.append(IN).append("<gml:MultiLineString").append(srs).append(">\n");
        for (int i = 0; i < g.getNumGeometries(); i++) {
            b.append(IN).append("  <gml:lineStringMember>\n").append(IN).append("    <gml:LineString>\n")
                    .append(IN).append("      <gml:coordinates>")
                    .append(path(((LineString) g.getGeometryN(i)).getCoordinates())).append("</gml:coordinates>\n")
                    .append(IN).append("    </gml:LineString>\n").append(IN).append("  </gml:lineStringMember>\n");
        }
        b.append(IN).append("</gml:MultiLineString>\n");
    }

    private static void polygons(StringBuilder b, Geometry g, String srs, boolean multi) {
        if (!multi) {
            b.append(IN).append("<gml:Polygon").append(srs).append(">\n");
            rings(b, (Polygon) g.getGeometryN(0), IN + "  ");
            b.append(IN).append("</gml:Polygon>\n");
            return;
        }
        b.append(IN).append("<gml:MultiPolygon").append(srs).append(">\n");
        for (int i = 0; i < g.getNumGeometries(); i++) {
            b.append(IN).append("<gml:polygonMember>\n").append(IN).append("  <gml:Polygon>\n");
            rings(b, (Polygon) g.getGeometryN(i), IN + "    ");
            b.append(IN).append("  </gml:Polygon>\n").append(IN).append("</gml:polygonMember>\n");
        }
        b.append(IN).append("</gml:MultiPolygon>\n");
    }

    private static void rings(StringBuilder b, Polygon p, String in) {
        ring(b, "outerBoundaryIs", p.getExteriorRing(), in);
        for (int h = 0; h < p.getNumInteriorRing(); h++) {
            ring(b, "innerBoundaryIs", p.getInteriorRingN(h), in);
        }
    }

    private static void ring(StringBuilder b, String kind, LineString r, String in) {
        b.append(in).append("<gml:").append(kind).append(">\n").append(in).append("  <gml:LinearRing>\n")
                .append(in).append("    <gml:coordinates>").append(path(r.getCoordinates()))
                .append("</gml:coordinates>\n").append(in).append("  </gml:LinearRing>\n")
                .append(in).append("</gml:").append(kind).append(">\n");
    }

    /** A point's {@code x,y}. */
    private static String coords(Coordinate[] cs) {
        return CNumberFormat.format("%f", cs[0].x) + "," + CNumberFormat.format("%f", cs[0].y);
    }

    /** A line's or ring's pairs, each followed by a space as 8.0 writes them. */
    private static String path(Coordinate[] cs) {
        StringBuilder b = new StringBuilder();
        for (Coordinate c : cs) {
            b.append(CNumberFormat.format("%f", c.x)).append(',').append(CNumberFormat.format("%f", c.y)).append(' ');
        }
        return b.toString();
    }
}
