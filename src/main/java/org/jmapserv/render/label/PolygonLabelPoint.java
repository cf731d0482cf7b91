package org.jmapserv.render.label;

import java.util.Arrays;

import org.jmapserv.render.style.PixelShape;

/**
 * Where a polygon's label goes, as msPolygonLabelPoint (mapprimitive.c) computes it on the shape in image
 * pixels: the centre of gravity of the largest ring when it lies inside the polygon and further than a tenth
 * of the bounding box's larger side from every edge; otherwise the middle of the longest span of one scan line
 * through that centre, horizontal when the centre is offset from the bounding-box centre more in x than in y,
 * vertical otherwise, moved off vertices to halfway between the nearest ones (so a ring with a hole in its
 * middle gets its label above or beside the hole, and a multipolygon in its largest part).
 */
public final class PolygonLabelPoint {

    private final double[] xy;
    private final int[] starts;
    private final int total;

    private PolygonLabelPoint(PixelShape px) {
        this.xy = px.xy();
        this.starts = px.partStarts();
        this.total = px.pointCount();
    }

    /** {x, y} in pixels, or {@code null} when the polygon is degenerate. */
    public static double[] of(PixelShape px) {
        return px.isEmpty() ? null : new PolygonLabelPoint(px).find();
    }

    private int end(int p) {
        return p + 1 < starts.length ? starts[p + 1] : total;
    }

    private double[] find() {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (int i = 0; i < total; i++) {
            minX = Math.min(minX, xy[2 * i]);
            maxX = Math.max(maxX, xy[2 * i]);
            minY = Math.min(minY, xy[2 * i + 1]);
            maxY = Math.max(maxY, xy[2 * i + 1]);
        }
        double[] cog = centreOfGravity();
        if (cog == null) {
            return null;
        }
        if (inside(cog[0], cog[1]) && distanceToEdges(cog[0], cog[1]) > 0.1 * Math.max(maxX - minX, maxY - minY)) {
            return cog;
        }
        double cx = (minX + maxX) / 2;
        double cy = (minY + maxY) / 2;
        boolean horizontal = Math.abs((int) cog[0] - (int) cx) > Math.abs((int) cog[1] - (int) cy);
        return longestSpan(horizontal, horizontal ? cog[1] : cog[0]);
    }

    /** getPolygonCenterOfGravity: the centroid of the ring with the largest area. */
    private double[] centreOfGravity() {
        double best = 0;
        double sx = 0;
        double sy = 0;
        for (int p = 0; p < starts.length; p++) {
            double s = 0, tx = 0, ty = 0;
            int a = starts[p], b = end(p);
            for (int i = a; i < b; i++) {
                int j = i + 1 < b ? i + 1 : a;
                double cross = xy[2 * i] * xy[2 * j + 1] - xy[2 * j] * xy[2 * i + 1];
                s += cross;
                tx += (xy[2 * i] + xy[2 * j]) * cross;
                ty += (xy[2 * i + 1] + xy[2 * j + 1]) * cross;
            }
            double area = Math.abs(s / 2);
            if (area > best) {
                best = area;
                sx = s > 0 ? tx : -tx;
                sy = s > 0 ? ty : -ty;
            }
        }
        return best == 0 ? null : new double[] {sx / (6 * best), sy / (6 * best)};
    }

    /** Even-odd over all rings, as msIntersectPointPolygon. */
    private boolean inside(double x, double y) {
        boolean in = false;
        for (int p = 0; p < starts.length; p++) {
            int a = starts[p], b = end(p);
            for (int i = a, j = b - 1; i < b; j = i++) {
                double yi = xy[2 * i + 1], yj = xy[2 * j + 1];
                if ((yi > y) != (yj > y)
                        && x < (xy[2 * j] - xy[2 * i]) * (y - yi) / (yj - yi) + xy[2 * i]) {
                    in = !in;
                }
            }
        }
        return in;
    }

    private double distanceToEdges(double x, double y) {
        double min = Double.MAX_VALUE;
        for (int p = 0; p < starts.length; p++) {
            int a = starts[p], b = end(p);
            for (int i = a, j = b - 1; i < b; j = i++) {
                min = Math.min(min, segmentDistance(x, y, xy[2 * j], xy[2 * j + 1], xy[2 * i], xy[2 * i + 1]));
            }
        }
        return min;
    }

    private static double segmentDistance(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax, dy = by - ay;
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
        return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
    }

    /**
     * The middle of the longest span cut from the polygon by the scan line at {@code at} (a y for a horizontal
     * line, an x for a vertical one), first moved halfway between the nearest vertices either side.
     */
    private double[] longestSpan(boolean horizontal, double at) {
        int along = horizontal ? 1 : 0;
        double below = -Double.MAX_VALUE;
        double above = Double.MAX_VALUE;
        for (int i = 0; i < total; i++) {
            double v = xy[2 * i + along];
            if (v < at) {
                below = Math.max(below, v);
            } else {
                above = Math.min(above, v);
            }
        }
        if (below == -Double.MAX_VALUE || above == Double.MAX_VALUE) {
            return null;
        }
        double line = (below + above) / 2;
        double[] cuts = new double[total];
        int n = 0;
        for (int p = 0; p < starts.length; p++) {
            int a = starts[p], b = end(p);
            for (int i = a, j = b - 1; i < b; j = i++) {
                double v1 = xy[2 * j + along], v2 = xy[2 * i + along];
                if ((v1 < line) != (v2 < line) && v1 != v2) {
                    double t = (line - v1) / (v2 - v1);
                    cuts[n++] = xy[2 * j + 1 - along] + t * (xy[2 * i + 1 - along] - xy[2 * j + 1 - along]);
                }
            }
        }
        Arrays.sort(cuts, 0, n);
        double best = 0;
        double[] point = null;
        for (int i = 0; i + 1 < n; i += 2) {
            double len = cuts[i + 1] - cuts[i];
            if (len > best) {
                best = len;
                double mid = (cuts[i] + cuts[i + 1]) / 2;
                point = horizontal ? new double[] {mid, line} : new double[] {line, mid};
            }
        }
        return point;
    }
}
