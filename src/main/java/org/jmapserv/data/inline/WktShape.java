package org.jmapserv.data.inline;

import java.util.ArrayList;
import java.util.List;

import org.jmapserv.data.ShapeGeometry;
import org.jmapserv.data.ShapeKind;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** Converts an inline FEATURE's WKT into a {@link ShapeGeometry}, as msShapeFromWKT does (rings kept as parts). */
final class WktShape {

    private WktShape() {
    }

    static ShapeGeometry parse(String wkt, String layer) {
        Geometry g;
        try {
            g = new WKTReader().read(wkt);
        } catch (ParseException | IllegalArgumentException e) {
            // JTS refuses geometry it cannot build (an unclosed ring) with IllegalArgumentException, as GEOS
            // fails msShapeFromWKT
            throw InlineFeatureSource.badWkt(layer, wkt, e.getMessage());
        }
        if (g.isEmpty()) {
            return null;
        }
        List<Coordinate[]> parts = new ArrayList<>();
        ShapeKind kind = ShapeKind.POINT;
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry p = g.getGeometryN(i);
            if (p instanceof Polygon poly) {
                kind = ShapeKind.POLYGON;
                parts.add(poly.getExteriorRing().getCoordinates());
                for (int h = 0; h < poly.getNumInteriorRing(); h++) {
                    parts.add(poly.getInteriorRingN(h).getCoordinates());
                }
            } else if (p instanceof LineString l) {
                kind = ShapeKind.LINE;
                parts.add(l.getCoordinates());
            } else if (p instanceof Point pt) {
                kind = g.getNumGeometries() > 1 ? ShapeKind.MULTIPOINT : ShapeKind.POINT;
                parts.add(pt.getCoordinates());
            }
        }
        if (kind == ShapeKind.MULTIPOINT) {
            List<Coordinate> all = new ArrayList<>();
            parts.forEach(a -> all.addAll(List.of(a)));
            parts = List.<Coordinate[]>of(all.toArray(new Coordinate[0]));
        }
        int total = parts.stream().mapToInt(a -> a.length).sum();
        double[] xy = new double[2 * total];
        int[] starts = new int[parts.size()];
        int k = 0;
        for (int p = 0; p < parts.size(); p++) {
            starts[p] = k;
            for (Coordinate c : parts.get(p)) {
                xy[2 * k] = c.x;
                xy[2 * k + 1] = c.y;
                k++;
            }
        }
        return ShapeGeometry.of(kind, starts, xy);
    }
}
