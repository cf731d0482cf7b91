package org.jmapserv.data.ogr;

import java.util.ArrayList;
import java.util.List;

import org.jmapserv.data.ShapeGeometry;
import org.jmapserv.data.ShapeKind;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Converts a JTS geometry read by an OGR-style driver into MapServer's shape layout, as msOGRGeometryToShape does:
 * every ring or line becomes a part, Z and M are dropped, collections keep the kind of their highest-dimension
 * members (polygons, then lines, then points). Returns {@code null} for empty geometries.
 */
public final class JtsShapes {

    private JtsShapes() {
    }

    public static ShapeGeometry toShape(Geometry g) {
        if (g == null || g.isEmpty()) {
            return null;
        }
        int dim = g.getDimension();
        List<CoordinateSequence> parts = new ArrayList<>();
        collect(g, dim, parts);
        if (parts.isEmpty()) {
            return null;
        }
        ShapeKind kind = dim == 2 ? ShapeKind.POLYGON : dim == 1 ? ShapeKind.LINE
                : parts.size() > 1 ? ShapeKind.MULTIPOINT : ShapeKind.POINT;
        if (kind == ShapeKind.MULTIPOINT) {
            int n = parts.size();
            double[] xy = new double[2 * n];
            for (int i = 0; i < n; i++) {
                xy[2 * i] = parts.get(i).getX(0);
                xy[2 * i + 1] = parts.get(i).getY(0);
            }
            return ShapeGeometry.of(kind, new int[] {0}, xy);
        }
        int total = 0;
        for (CoordinateSequence s : parts) {
            total += s.size();
        }
        double[] xy = new double[2 * total];
        int[] starts = new int[parts.size()];
        int k = 0;
        for (int p = 0; p < parts.size(); p++) {
            starts[p] = k;
            CoordinateSequence s = parts.get(p);
            for (int i = 0; i < s.size(); i++, k++) {
                xy[2 * k] = s.getX(i);
                xy[2 * k + 1] = s.getY(i);
            }
        }
        return ShapeGeometry.of(kind, starts, xy);
    }

    private static void collect(Geometry g, int dim, List<CoordinateSequence> parts) {
        if (g.isEmpty()) {
            return;
        }
        if (g instanceof Polygon poly) {
            if (dim == 2) {
                parts.add(poly.getExteriorRing().getCoordinateSequence());
                for (int h = 0; h < poly.getNumInteriorRing(); h++) {
                    parts.add(poly.getInteriorRingN(h).getCoordinateSequence());
                }
            }
        } else if (g instanceof LineString l) {
            if (dim == 1) {
                parts.add(l.getCoordinateSequence());
            }
        } else if (g instanceof Point p) {
            if (dim == 0) {
                parts.add(p.getCoordinateSequence());
            }
        } else {
            for (int i = 0; i < g.getNumGeometries(); i++) {
                collect(g.getGeometryN(i), dim, parts);
            }
        }
    }
}
