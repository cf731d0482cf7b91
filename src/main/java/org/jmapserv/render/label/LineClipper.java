package org.jmapserv.render.label;

import java.util.ArrayList;
import java.util.List;

/**
 * Clips a polyline to a rectangle, splitting it where it leaves and re-enters, as msClipPolylineRect
 * (mapprimitive.c) does before a line is labelled.
 */
final class LineClipper {

    private LineClipper() {
    }

    /** The pieces of points {@code [start, end)} of interleaved {@code xy} inside the rectangle. */
    static List<double[]> clip(double[] xy, int start, int end, double minX, double minY, double maxX,
                               double maxY) {
        List<double[]> out = new ArrayList<>();
        List<Double> cur = new ArrayList<>();
        for (int i = start; i + 1 < end; i++) {
            double[] seg = clipSegment(xy[2 * i], xy[2 * i + 1], xy[2 * i + 2], xy[2 * i + 3], minX, minY, maxX, maxY);
            if (seg == null) {
                flush(cur, out);
                continue;
            }
            int n = cur.size();
            boolean continues = n >= 2 && cur.get(n - 2) == seg[0] && cur.get(n - 1) == seg[1];
            if (!continues) {
                flush(cur, out);
                cur.add(seg[0]);
                cur.add(seg[1]);
            }
            cur.add(seg[2]);
            cur.add(seg[3]);
        }
        flush(cur, out);
        return out;
    }

    private static void flush(List<Double> cur, List<double[]> out) {
        if (cur.size() >= 4) {
            out.add(cur.stream().mapToDouble(Double::doubleValue).toArray());
        }
        cur.clear();
    }

    /** Liang-Barsky: the part of the segment inside, or null. */
    private static double[] clipSegment(double x0, double y0, double x1, double y1, double minX, double minY,
                                        double maxX, double maxY) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x0 - minX, maxX - x0, y0 - minY, maxY - y0};
        double t0 = 0;
        double t1 = 1;
        for (int k = 0; k < 4; k++) {
            if (p[k] == 0) {
                if (q[k] < 0) {
                    return null;
                }
            } else {
                double r = q[k] / p[k];
                if (p[k] < 0) {
                    t0 = Math.max(t0, r);
                } else {
                    t1 = Math.min(t1, r);
                }
            }
        }
        if (t0 > t1) {
            return null;
        }
        // an end inside the rectangle is kept exactly as it is (clipLine moves only ends outside): x0 + 1 * dx can
        // differ from x1 in the last bit, and the next segment would then no longer join this one
        return new double[] {t0 == 0 ? x0 : x0 + t0 * dx, t0 == 0 ? y0 : y0 + t0 * dy,
            t1 == 1 ? x1 : x0 + t1 * dx, t1 == 1 ? y1 : y0 + t1 * dy};
    }
}
