package org.jmapserv.render.label;

/**
 * The two geometric predicates MapServer's label collision test is built on: msIntersectSegments and
 * msPointInPolygon (mapsearch.c), on plain coordinates.
 */
final class Segments {

    private Segments() {
    }

    /** msIntersectSegments: do segments ab and cd share a point (collinear overlaps included)? */
    static boolean intersect(double ax, double ay, double bx, double by,
                             double cx, double cy, double dx, double dy) {
        double numerator = (ay - cy) * (dx - cx) - (ax - cx) * (dy - cy);
        double denominator = (bx - ax) * (dy - cy) - (by - ay) * (dx - cx);
        if (denominator == 0 && numerator == 0) {
            if (ay == cy) {
                return within(ax, cx, dx) || within(bx, cx, dx);
            }
            return within(ay, cy, dy) || within(by, cy, dy);
        }
        if (denominator == 0) {
            return false;
        }
        double r = numerator / denominator;
        if (r < 0 || r > 1) {
            return false;
        }
        double s = ((ay - cy) * (bx - ax) - (ax - cx) * (by - ay)) / denominator;
        return s >= 0 && s <= 1;
    }

    private static boolean within(double v, double a, double b) {
        return v >= Math.min(a, b) && v <= Math.max(a, b);
    }

    /** msPointInPolygon: crossing-number test against a closed ring (x, y pairs). */
    static boolean inRing(double x, double y, double[] ring) {
        boolean in = false;
        int n = ring.length / 2;
        for (int i = 0, j = n - 1; i < n; j = i++) {
            double xi = ring[2 * i], yi = ring[2 * i + 1], xj = ring[2 * j], yj = ring[2 * j + 1];
            if (((yi <= y && y < yj) || (yj <= y && y < yi)) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
                in = !in;
            }
        }
        return in;
    }
}
