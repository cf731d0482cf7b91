package org.jmapserv.bench;

import java.util.Random;

import org.jmapserv.data.ShapeGeometry;
import org.jmapserv.data.ShapeKind;

/** Map-like random shapes for the benchmarks' generated shapefiles: small clockwise rings and wandering lines. */
final class RandomShapes {

    private RandomShapes() {
    }

    /** A closed clockwise ring of 8 to 23 vertices, 1 to 5 units around (cx, cy), as shapefile outer rings are. */
    static ShapeGeometry polygon(Random random, double cx, double cy) {
        int n = 8 + random.nextInt(16);
        double[] xy = new double[(n + 1) * 2];
        for (int k = 0; k < n; k++) {
            double a = -2 * Math.PI * k / n;
            double r = 1 + random.nextDouble() * 4;
            xy[2 * k] = cx + r * Math.cos(a);
            xy[2 * k + 1] = cy + r * Math.sin(a);
        }
        xy[2 * n] = xy[0];
        xy[2 * n + 1] = xy[1];
        return ShapeGeometry.of(ShapeKind.POLYGON, new int[] {0}, xy);
    }

    /** A line of 4 to 19 vertices wandering from (x, y) in steps of up to 2 units. */
    static ShapeGeometry line(Random random, double x, double y) {
        int n = 4 + random.nextInt(16);
        double[] xy = new double[n * 2];
        for (int k = 0; k < n; k++) {
            x += random.nextDouble() * 4 - 2;
            y += random.nextDouble() * 4 - 2;
            xy[2 * k] = x;
            xy[2 * k + 1] = y;
        }
        return ShapeGeometry.of(ShapeKind.LINE, new int[] {0}, xy);
    }
}
