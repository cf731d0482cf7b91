package org.jmapserv.render.style;

import java.util.ArrayList;
import java.util.List;

import org.jmapserv.data.ShapeKind;
import org.jmapserv.render.MapView;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/** Converts a JTS geometry in map coordinates (from a GEOMTRANSFORM expression) to a {@link PixelShape}. */
public final class JtsPixels {

    private JtsPixels() {
    }

    public static PixelShape of(Geometry geom, MapView view) {
        return convert(geom, view);
    }

    /** A geometry already in pixel coordinates (a style GEOMTRANSFORM expression's result). */
    public static PixelShape ofPixels(Geometry geom) {
        return convert(geom, null);
    }

    private static PixelShape convert(Geometry geom, MapView view) {
        List<Coordinate[]> parts = new ArrayList<>();
        ShapeKind kind = ShapeKind.POINT;
        for (int i = 0; i < geom.getNumGeometries(); i++) {
            Geometry g = geom.getGeometryN(i);
            if (g instanceof Polygon p) {
                kind = ShapeKind.POLYGON;
                parts.add(p.getExteriorRing().getCoordinates());
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    parts.add(p.getInteriorRingN(h).getCoordinates());
                }
            } else if (g instanceof LineString l) {
                kind = ShapeKind.LINE;
                parts.add(l.getCoordinates());
            } else if (g instanceof Point pt && !pt.isEmpty()) {
                kind = geom.getNumGeometries() > 1 ? ShapeKind.MULTIPOINT : ShapeKind.POINT;
                parts.add(pt.getCoordinates());
            }
        }
        int total = parts.stream().mapToInt(a -> a.length).sum();
        double[] xy = new double[total * 2];
        int[] starts = new int[parts.size()];
        int k = 0;
        for (int p = 0; p < parts.size(); p++) {
            starts[p] = k;
            for (Coordinate c : parts.get(p)) {
                xy[2 * k] = view == null ? c.x : view.toPixelX(c.x);
                xy[2 * k + 1] = view == null ? c.y : view.toPixelY(c.y);
                k++;
            }
        }
        return new PixelShape(kind, starts, xy);
    }
}
