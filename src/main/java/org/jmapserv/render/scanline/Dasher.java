package org.jmapserv.render.scanline;

import java.util.Arrays;

/**
 * Cuts a polyline into dashes as agg::vcgen_dash (conv_dash) does for MapServer's PATTERN, handing each dash
 * to the {@link Stroker}: dash and gap lengths alternate, the pattern runs on across vertices and restarts
 * nowhere, a dash is a sub-polyline that keeps the original vertices it passes. MapServer rounds every length
 * to a whole pixel of at least 1 (agg2RenderLine); {@link #mapServerPattern} does that.
 */
public final class Dasher {

    private static final double VERTEX_EPSILON = 1e-14;

    private double[] vx = new double[64];
    private double[] vy = new double[64];
    private double[] vd = new double[64];
    private int n;
    private int dash;
    private double dashStart;

    /**
     * The dash array agg2RenderLine builds from PATTERN: pairs of max(1, round(length)); an odd last entry is
     * dropped. Empty when there is no complete pair.
     */
    public static double[] mapServerPattern(double[] pattern) {
        int pairs = pattern.length / 2;
        double[] d = new double[pairs * 2];
        for (int i = 0; i < d.length; i++) {
            d[i] = Math.max(1, Math.floor(pattern[i] + 0.5));
        }
        return d;
    }

    /** calc_dash_start: which dash (or gap) the line starts in, and how far into it. */
    private void startAt(double[] dashes, double ds) {
        dash = 0;
        dashStart = 0;
        while (ds > 0) {
            if (ds > dashes[dash]) {
                ds -= dashes[dash];
                dash = (dash + 1) % dashes.length;
                dashStart = 0;
            } else {
                dashStart = ds;
                ds = 0;
            }
        }
    }

    public void begin() {
        n = 0;
    }

    /** Adds a vertex; one coinciding with the previous replaces it. */
    public void add(double x, double y) {
        if (n > 0) {
            double dx = x - vx[n - 1];
            double dy = y - vy[n - 1];
            if (Math.sqrt(dx * dx + dy * dy) <= VERTEX_EPSILON) {
                vx[n - 1] = x;
                vy[n - 1] = y;
                return;
            }
        }
        if (n == vx.length) {
            vx = Arrays.copyOf(vx, n * 2);
            vy = Arrays.copyOf(vy, n * 2);
            vd = Arrays.copyOf(vd, n * 2);
        }
        vx[n] = x;
        vy[n] = y;
        n++;
    }

    /**
     * Dashes the open polyline added since {@link #begin} with {@code dashes} (dash, gap, dash, gap, ...; at
     * least one pair, all positive), starting {@code start} pixels into the pattern, and strokes every dash.
     */
    public void end(double[] dashes, double start, Stroker stroker, StrokeStyle style, PathSink sink) {
        if (dashes.length < 2 || n < 2) {
            return;
        }
        for (int i = 0; i + 1 < n; i++) {
            double dx = vx[i + 1] - vx[i];
            double dy = vy[i + 1] - vy[i];
            vd[i] = Math.sqrt(dx * dx + dy * dy);
        }
        startAt(dashes, Math.abs(start));
        int dash = this.dash;
        double dashStart = this.dashStart;
        boolean on = true;
        stroker.begin();
        stroker.add(vx[0], vy[0]);
        int v = 1;
        double rest = vd[0];
        while (v < n) {
            double dashRest = dashes[dash] - dashStart;
            boolean drawing = (dash & 1) == 0;
            double x;
            double y;
            if (rest > dashRest) {
                rest -= dashRest;
                dash = dash + 1 == dashes.length ? 0 : dash + 1;
                dashStart = 0;
                x = vx[v] - (vx[v] - vx[v - 1]) * rest / vd[v - 1];
                y = vy[v] - (vy[v] - vy[v - 1]) * rest / vd[v - 1];
            } else {
                dashStart += rest;
                x = vx[v];
                y = vy[v];
                v++;
                rest = v < n ? vd[v - 1] : 0;
            }
            if (drawing) {
                stroker.add(x, y);
            } else {
                if (on) {
                    stroker.end(false, style, sink);
                }
                stroker.begin();
                stroker.add(x, y);
            }
            on = drawing;
        }
        stroker.end(false, style, sink);
    }
}
