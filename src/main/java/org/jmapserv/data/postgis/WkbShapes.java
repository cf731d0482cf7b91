package org.jmapserv.data.postgis;

import java.util.ArrayList;
import java.util.List;

import org.jmapserv.data.ShapeGeometry;
import org.jmapserv.data.ShapeKind;
import org.jmapserv.mapfile.model.LayerType;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/**
 * Turns the WKB PostGIS sends ({@code ST_AsBinary}, read by JTS) into the shape a layer of this TYPE draws, as
 * msPostGISReadShape / wkbConvGeometryToShape do: Z and M are dropped (only X/Y are kept); a POLYGON layer takes
 * every ring (and line) as a ring, a LINE layer takes lines and polygon rings as lines, a POINT layer takes points;
 * what a layer type cannot hold (points in a LINE or POLYGON layer, ...) gives no shape, and the row is skipped.
 * Other layer types take the geometry's own kind (msPostGISFindBestType).
 */
final class WkbShapes {

    private final WKBReader reader = new WKBReader();
    private final ShapeKind layerKind;

    WkbShapes(LayerType type) {
        this.layerKind = switch (type) {
            case POINT -> ShapeKind.MULTIPOINT;
            case LINE -> ShapeKind.LINE;
            case POLYGON -> ShapeKind.POLYGON;
            default -> null;
        };
    }

    /** The shape, or null when the geometry is empty or holds nothing this layer type draws. */
    ShapeGeometry read(byte[] wkb) throws ParseException {
        Geometry g = reader.read(wkb);
        if (g.isEmpty()) {
            return null;
        }
        ShapeKind kind = layerKind != null ? layerKind : bestKind(g);
        List<CoordinateSequence> parts = new ArrayList<>();
        collect(g, kind, parts);
        if (parts.isEmpty()) {
            return null;
        }
        int points = 0;
        for (CoordinateSequence s : parts) {
            points += s.size();
        }
        if (points == 0) {
            return null;
        }
        double[] xy = new double[points * 2];
        int[] starts = new int[kind == ShapeKind.MULTIPOINT ? 1 : parts.size()];
        int p = 0;
        for (int i = 0; i < parts.size(); i++) {
            if (kind != ShapeKind.MULTIPOINT) {
                starts[i] = p;
            }
            CoordinateSequence s = parts.get(i);
            for (int k = 0; k < s.size(); k++, p++) {
                xy[2 * p] = s.getX(k);
                xy[2 * p + 1] = s.getY(k);
            }
        }
        if (kind == ShapeKind.MULTIPOINT && points == 1) {
            return ShapeGeometry.point(xy[0], xy[1]);
        }
        return ShapeGeometry.of(kind, starts, xy);
    }

    private static ShapeKind bestKind(Geometry g) {
        return switch (g.getDimension()) {
            case 0 -> ShapeKind.MULTIPOINT;
            case 1 -> ShapeKind.LINE;
            default -> ShapeKind.POLYGON;
        };
    }

    private static void collect(Geometry g, ShapeKind kind, List<CoordinateSequence> out) {
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry c = g.getGeometryN(i);
            if (c != g) {
                collect(c, kind, out); // nested collections
            } else if (c instanceof Point pt) {
                if (kind == ShapeKind.MULTIPOINT && !pt.isEmpty()) {
                    out.add(pt.getCoordinateSequence());
                }
            } else if (c instanceof LineString ls) {
                if (!ls.isEmpty()) {
                    out.add(ls.getCoordinateSequence()); // a POINT layer draws a line's vertices, as MapServer
                }
            } else if (c instanceof Polygon poly && !poly.isEmpty()) {
                out.add(poly.getExteriorRing().getCoordinateSequence());
                for (int h = 0; h < poly.getNumInteriorRing(); h++) {
                    out.add(poly.getInteriorRingN(h).getCoordinateSequence());
                }
            }
        }
    }
}
