package org.jmapserv.data;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.impl.PackedCoordinateSequence;

/**
 * Builds JTS polygons from shapefile rings. The shapefile spec says outer rings are clockwise and holes
 * counter-clockwise, but real files get this wrong and MapServer never looks: it fills every ring with
 * the even-odd rule (msDrawShadeSymbol → the renderer's polygon fill). To give the same area, rings are
 * classified by nesting depth rather than orientation: a ring inside an even number of other rings is a
 * shell, inside an odd number a hole of the innermost shell that contains it.
 */
final class PolygonAssembler {

    private PolygonAssembler() {
    }

    static Geometry assemble(ShapeGeometry shape, GeometryFactory factory) {
        int rings = shape.partCount();
        if (rings == 1) {
            return factory.createPolygon(ring(shape, 0, factory));
        }
        int[] parent = new int[rings];
        int[] depth = new int[rings];
        for (int i = 0; i < rings; i++) {
            parent[i] = -1;
            for (int j = 0; j < rings; j++) {
                if (i != j && contains(shape, j, i)) {
                    depth[i]++;
                    if (parent[i] < 0 || contains(shape, parent[i], j)) {
                        parent[i] = j; // keep the innermost container
                    }
                }
            }
        }
        return build(shape, factory, parent, depth);
    }

    private static Geometry build(ShapeGeometry shape, GeometryFactory factory, int[] parent, int[] depth) {
        int rings = parent.length;
        List<Polygon> polygons = new ArrayList<>();
        for (int s = 0; s < rings; s++) {
            if (depth[s] % 2 != 0) {
                continue;
            }
            List<LinearRing> holes = new ArrayList<>();
            for (int h = 0; h < rings; h++) {
                if (depth[h] % 2 != 0 && parent[h] == s) {
                    holes.add(ring(shape, h, factory));
                }
            }
            polygons.add(factory.createPolygon(ring(shape, s, factory), holes.toArray(new LinearRing[0])));
        }
        return polygons.size() == 1 ? polygons.get(0)
                : factory.createMultiPolygon(polygons.toArray(new Polygon[0]));
    }

    /** Whether ring {@code outer} contains ring {@code inner}: bbox test, then a vertex not on its edge. */
    private static boolean contains(ShapeGeometry shape, int outer, int inner) {
        double[] xy = shape.coordinates();
        int is = shape.partStart(inner), ie = shape.partEnd(inner);
        int os = shape.partStart(outer), oe = shape.partEnd(outer);
        if (!bboxContains(xy, os, oe, is, ie)) {
            return false;
        }
        for (int p = is; p < ie; p++) {
            int where = locate(xy, os, oe, xy[2 * p], xy[2 * p + 1]);
            if (where != 0) {
                return where > 0;
            }
        }
        return false; // every vertex on the outer ring's edge: identical rings, neither contains the other
    }

    private static boolean bboxContains(double[] xy, int os, int oe, int is, int ie) {
        double[] o = bbox(xy, os, oe);
        double[] i = bbox(xy, is, ie);
        return i[0] >= o[0] && i[1] >= o[1] && i[2] <= o[2] && i[3] <= o[3];
    }

    private static double[] bbox(double[] xy, int from, int to) {
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (int p = from; p < to; p++) {
            b[0] = Math.min(b[0], xy[2 * p]);
            b[1] = Math.min(b[1], xy[2 * p + 1]);
            b[2] = Math.max(b[2], xy[2 * p]);
            b[3] = Math.max(b[3], xy[2 * p + 1]);
        }
        return b;
    }

    /** Even-odd point in ring: 1 inside, -1 outside, 0 on an edge. Ring need not be closed. */
    static int locate(double[] xy, int from, int to, double px, double py) {
        boolean inside = false;
        int n = to - from;
        for (int k = 0; k < n; k++) {
            int a = from + k, b = from + (k + 1) % n;
            double ax = xy[2 * a], ay = xy[2 * a + 1], bx = xy[2 * b], by = xy[2 * b + 1];
            if (onSegment(ax, ay, bx, by, px, py)) {
                return 0;
            }
            if ((ay > py) != (by > py) && px < (bx - ax) * (py - ay) / (by - ay) + ax) {
                inside = !inside;
            }
        }
        return inside ? 1 : -1;
    }

    private static boolean onSegment(double ax, double ay, double bx, double by, double px, double py) {
        double cross = (bx - ax) * (py - ay) - (by - ay) * (px - ax);
        return cross == 0 && px >= Math.min(ax, bx) && px <= Math.max(ax, bx)
                && py >= Math.min(ay, by) && py <= Math.max(ay, by);
    }

    /** A closed ring of at least four points, as JTS requires; short or open rings are closed/padded. */
    private static LinearRing ring(ShapeGeometry shape, int part, GeometryFactory factory) {
        double[] xy = shape.coordinates();
        int from = shape.partStart(part), to = shape.partEnd(part);
        int n = to - from;
        boolean closed = xy[2 * from] == xy[2 * (to - 1)] && xy[2 * from + 1] == xy[2 * (to - 1) + 1];
        int size = Math.max(closed ? n : n + 1, 4);
        double[] out = new double[size * 2];
        System.arraycopy(xy, 2 * from, out, 0, 2 * n);
        for (int p = n; p < size; p++) { // closing point, then padding repeats of it
            out[2 * p] = xy[2 * from];
            out[2 * p + 1] = xy[2 * from + 1];
        }
        return factory.createLinearRing(new PackedCoordinateSequence.Double(out, 2, 0));
    }
}
