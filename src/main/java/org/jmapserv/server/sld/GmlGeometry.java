package org.jmapserv.server.sld;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.w3c.dom.Element;

/**
 * Reads the GML 2/3 geometry of an OGC spatial operator into a JTS geometry, as FLTParseGMLGeometry /
 * msGML3Point... (mapogcfilter.cpp, via OGR's GML reader) do: Point, LineString, Polygon (outer/innerBoundaryIs or
 * exterior/interior), Envelope, Box, MultiPoint, MultiLineString, MultiCurve, MultiPolygon, MultiSurface, with
 * gml:coordinates, gml:coord, gml:pos or gml:posList. Axes are swapped on request (WMS 1.3.0 lat/long CRSs).
 */
final class GmlGeometry {
    private static final GeometryFactory FACTORY = new GeometryFactory();

    private final boolean swap;

    GmlGeometry(boolean swap) {
        this.swap = swap;
    }

    Geometry read(Element g) throws SldException {
        String name = SafeXml.local(g);
        switch (name) {
            case "Point": {
                Coordinate[] c = coordinates(g);
                if (c.length != 1) {
                    throw SldException.malformedFilter("gml:Point needs exactly one coordinate.");
                }
                return FACTORY.createPoint(c[0]);
            }
            case "LineString":
                return line(g);
            case "Polygon":
                return polygon(g);
            case "Envelope", "Box":
                return box(g);
            case "MultiPoint":
                return FACTORY.createMultiPoint(members(g, "Point").stream().map(p -> (Point) p)
                        .toArray(Point[]::new));
            case "MultiLineString", "MultiCurve":
                return FACTORY.createMultiLineString(members(g, "LineString").stream().map(p -> (LineString) p)
                        .toArray(LineString[]::new));
            case "MultiPolygon", "MultiSurface":
                return FACTORY.createMultiPolygon(members(g, "Polygon").stream().map(p -> (Polygon) p)
                        .toArray(Polygon[]::new));
            default:
                throw SldException.malformedFilter("the GML geometry gml:" + name + " is not supported by jmapserv.");
        }
    }

    /** The geometries under the member elements (pointMember, pointMembers, polygonMember, surfaceMember...). */
    private List<Geometry> members(Element multi, String kind) throws SldException {
        List<Geometry> out = new ArrayList<>();
        for (Element member : SafeXml.children(multi)) {
            for (Element g : SafeXml.children(member)) {
                Geometry read = read(g);
                if (!read.getGeometryType().equals(kind)) {
                    throw SldException.malformedFilter("gml:" + SafeXml.local(multi) + " holds a " + read.getGeometryType()
                            + ".");
                }
                out.add(read);
            }
        }
        if (out.isEmpty()) {
            throw SldException.malformedFilter("gml:" + SafeXml.local(multi) + " has no members.");
        }
        return out;
    }

    private LineString line(Element g) throws SldException {
        Coordinate[] c = coordinates(g);
        if (c.length < 2) {
            throw SldException.malformedFilter("gml:LineString needs at least two coordinates.");
        }
        return FACTORY.createLineString(c);
    }

    private Polygon polygon(Element g) throws SldException {
        LinearRing shell = null;
        List<LinearRing> holes = new ArrayList<>();
        for (Element boundary : SafeXml.children(g)) {
            String b = SafeXml.local(boundary);
            Element ring = SafeXml.child(boundary, "LinearRing");
            if (ring == null) {
                throw SldException.malformedFilter("gml:" + b + " needs a gml:LinearRing.");
            }
            LinearRing r = ring(ring);
            if (b.equals("outerBoundaryIs") || b.equals("exterior")) {
                shell = r;
            } else if (b.equals("innerBoundaryIs") || b.equals("interior")) {
                holes.add(r);
            }
        }
        if (shell == null) {
            throw SldException.malformedFilter("gml:Polygon needs an outer boundary.");
        }
        return FACTORY.createPolygon(shell, holes.toArray(LinearRing[]::new));
    }

    private LinearRing ring(Element ring) throws SldException {
        Coordinate[] c = coordinates(ring);
        if (c.length >= 3 && !c[0].equals2D(c[c.length - 1])) {
            Coordinate[] closed = java.util.Arrays.copyOf(c, c.length + 1);
            closed[c.length] = c[0];
            c = closed;
        }
        if (c.length < 4) {
            throw SldException.malformedFilter("gml:LinearRing needs at least three distinct coordinates.");
        }
        return FACTORY.createLinearRing(c);
    }

    private Polygon box(Element g) throws SldException {
        Coordinate[] c = coordinates(g);
        if (c.length != 2) {
            throw SldException.malformedFilter("gml:" + SafeXml.local(g) + " needs two corners.");
        }
        double x0 = c[0].x;
        double y0 = c[0].y;
        double x1 = c[1].x;
        double y1 = c[1].y;
        return FACTORY.createPolygon(new Coordinate[] {new Coordinate(x0, y0), new Coordinate(x0, y1),
            new Coordinate(x1, y1), new Coordinate(x1, y0), new Coordinate(x0, y0)});
    }

    /** The coordinates directly under {@code g}: gml:coordinates, gml:coord*, gml:pos*, gml:posList or corners. */
    private Coordinate[] coordinates(Element g) throws SldException {
        List<double[]> xy = new ArrayList<>();
        for (Element c : SafeXml.children(g)) {
            String n = SafeXml.local(c);
            switch (n) {
                case "coordinates": {
                    String cs = attr(c, "cs", ",");
                    String ts = attr(c, "ts", " ");
                    for (String tuple : SafeXml.text(c).strip().split(java.util.regex.Pattern.quote(ts) + "+")) {
                        String[] v = tuple.strip().split(java.util.regex.Pattern.quote(cs));
                        xy.add(pair(v, n));
                    }
                    break;
                }
                case "coord":
                    xy.add(pair(new String[] {SafeXml.text(SafeXml.child(c, "X")), SafeXml.text(SafeXml.child(c,
                            "Y"))}, n));
                    break;
                case "pos", "lowerCorner", "upperCorner":
                    xy.add(pair(SafeXml.text(c).strip().split("\\s+"), n));
                    break;
                case "posList": {
                    String[] v = SafeXml.text(c).strip().split("\\s+");
                    if (v.length % 2 != 0) {
                        throw SldException.malformedFilter("gml:posList needs pairs of coordinates.");
                    }
                    for (int i = 0; i < v.length; i += 2) {
                        xy.add(pair(new String[] {v[i], v[i + 1]}, n));
                    }
                    break;
                }
                default:
                    break;
            }
        }
        if (xy.isEmpty()) {
            throw SldException.malformedFilter("gml:" + SafeXml.local(g) + " has no coordinates.");
        }
        Coordinate[] out = new Coordinate[xy.size()];
        for (int i = 0; i < out.length; i++) {
            double[] p = xy.get(i);
            out[i] = swap ? new Coordinate(p[1], p[0]) : new Coordinate(p[0], p[1]);
        }
        return out;
    }

    private static double[] pair(String[] v, String element) throws SldException {
        if (v.length < 2 || v[0] == null || v[1] == null || !OgcFilterExpression.isNumber(v[0])
                || !OgcFilterExpression.isNumber(v[1])) {
            throw SldException.malformedFilter("gml:" + element + " holds a coordinate that is not two numbers.");
        }
        return new double[] {Double.parseDouble(v[0].strip()), Double.parseDouble(v[1].strip())};
    }

    private static String attr(Element e, String name, String fallback) {
        String v = e.getAttribute(name);
        return v == null || v.isEmpty() ? fallback : v;
    }
}
