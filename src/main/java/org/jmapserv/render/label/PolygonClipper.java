package org.jmapserv.render.label;

import java.util.ArrayList;
import java.util.List;

import org.jmapserv.data.ShapeKind;
import org.jmapserv.render.style.PixelShape;

/**
 * Cuts a polygon's rings to a rectangle, as msClipPolygonRect (mapprimitive.c) does before msDrawShape computes a
 * polygon's label point: each ring is clipped against the four sides in turn (Sutherland-Hodgman), so a polygon
 * reaching out of the map gets its label within the visible part. Rings left with fewer than three points go.
 */
final class PolygonClipper {

    private PolygonClipper() {
    }

    static PixelShape clip(PixelShape px, double minX, double minY, double maxX, double maxY) {
        List<double[]> rings = new ArrayList<>();
        for (int p = 0; p < px.partCount(); p++) {
            int a = px.partStart(p), b = px.partEnd(p);
            double[] xy0 = px.xy();
            if (b - a > 1 && xy0[2 * a] == xy0[2 * b - 2] && xy0[2 * a + 1] == xy0[2 * b - 1]) {
                b--; // the closing point comes back after clipping
            }
            double[] ring = new double[2 * (b - a)];
            System.arraycopy(px.xy(), 2 * a, ring, 0, ring.length);
            ring = side(ring, 0, minX, false);
            ring = side(ring, 0, maxX, true);
            ring = side(ring, 1, minY, false);
            ring = side(ring, 1, maxY, true);
            if (ring.length >= 6) {
                rings.add(ring);
            }
        }
        int total = rings.stream().mapToInt(r -> r.length + 2).sum();
        int[] starts = new int[rings.size()];
        double[] xy = new double[total];
        int at = 0;
        for (int i = 0; i < rings.size(); i++) {
            double[] r = rings.get(i);
            starts[i] = at / 2;
            System.arraycopy(r, 0, xy, at, r.length);
            xy[at + r.length] = r[0];
            xy[at + r.length + 1] = r[1];
            at += r.length + 2;
        }
        return new PixelShape(ShapeKind.POLYGON, starts, xy);
    }

    /** One Sutherland-Hodgman pass: keep what lies on the inner side of coordinate {@code axis} = {@code limit}. */
    private static double[] side(double[] ring, int axis, double limit, boolean keepBelow) {
        int n = ring.length / 2;
        if (n == 0) {
            return ring;
        }
        double[] out = new double[4 * n + 4];
        int m = 0;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            double ci = ring[2 * i + axis], cj = ring[2 * j + axis];
            boolean inI = keepBelow ? ci <= limit : ci >= limit;
            boolean inJ = keepBelow ? cj <= limit : cj >= limit;
            if (inI) {
                out[m++] = ring[2 * i];
                out[m++] = ring[2 * i + 1];
            }
            if (inI != inJ) {
                double t = (limit - ci) / (cj - ci);
                out[m++] = ring[2 * i] + t * (ring[2 * j] - ring[2 * i]);
                out[m++] = ring[2 * i + 1] + t * (ring[2 * j + 1] - ring[2 * i + 1]);
            }
        }
        return java.util.Arrays.copyOf(out, m);
    }
}
