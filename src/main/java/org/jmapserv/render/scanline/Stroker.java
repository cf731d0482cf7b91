package org.jmapserv.render.scanline;

import java.util.Arrays;

/**
 * Turns a polyline into the outline polygon(s) of its stroke, following agg::vcgen_stroke and math_stroke as
 * MapServer's agg2RenderLine uses them: an open line becomes one polygon (start cap, joins along one side, end
 * cap, joins back along the other side); a closed one becomes two rings of opposite direction, so the result is
 * meant for the nonzero rule. Coincident vertices (closer than 1e-14) are merged; a line of fewer than two
 * distinct vertices draws nothing. Round caps and joins use AGG's step {@code 2 acos(w / (w + 0.125))} for
 * half width {@code w}. One instance is reused line after line; not thread-safe.
 */
public final class Stroker {

    private static final double VERTEX_EPSILON = 1e-14;
    private static final double INTERSECTION_EPSILON = 1e-30;
    private static final double INNER_MITER_LIMIT = 1.01;

    private double[] vx = new double[64];
    private double[] vy = new double[64];
    private double[] vd = new double[64];
    private int n;

    private StrokeStyle style;
    private double w;
    private double wAbs;
    private double wEps;
    private int wSign;
    private PathSink out;
    private boolean first;

    /** Starts a new polyline. */
    public void begin() {
        n = 0;
    }

    /** Adds a vertex; one coinciding with the previous replaces it (vertex_sequence::add). */
    public void add(double x, double y) {
        if (n > 0 && dist(vx[n - 1], vy[n - 1], x, y) <= VERTEX_EPSILON) {
            vx[n - 1] = x;
            vy[n - 1] = y;
            return;
        }
        if (n == vx.length) {
            int m = n * 2;
            vx = Arrays.copyOf(vx, m);
            vy = Arrays.copyOf(vy, m);
            vd = Arrays.copyOf(vd, m);
        }
        vx[n] = x;
        vy[n] = y;
        n++;
    }

    /** Strokes the vertices added since {@link #begin}, writing polygons to {@code sink}. */
    public void end(boolean closed, StrokeStyle s, PathSink sink) {
        if (closed) {
            while (n > 1 && dist(vx[n - 1], vy[n - 1], vx[0], vy[0]) <= VERTEX_EPSILON) {
                n--;
            }
            if (n < 3) {
                closed = false;
            }
        }
        if (n < 2 || !(s.width() > 0)) {
            return;
        }
        for (int i = 0; i < n; i++) {
            int j = i + 1 < n ? i + 1 : 0;
            vd[i] = dist(vx[i], vy[i], vx[j], vy[j]);
        }
        style = s;
        w = s.width() / 2;
        wAbs = Math.abs(w);
        wSign = w < 0 ? -1 : 1;
        wEps = w / 1024;
        out = sink;
        first = true;
        if (closed) {
            strokeClosed(sink);
        } else {
            strokeOpen(sink);
        }
        out = null;
    }

    /** Two rings: joins forward along one side, then backward along the other (outline1, outline2). */
    private void strokeClosed(PathSink sink) {
        for (int i = 0; i < n; i++) {
            int p = i == 0 ? n - 1 : i - 1;
            join(p, i, i + 1 < n ? i + 1 : 0, vd[p], vd[i]);
        }
        sink.closePath();
        first = true;
        for (int i = n - 1; i >= 0; i--) {
            int p = i == 0 ? n - 1 : i - 1;
            join(i + 1 < n ? i + 1 : 0, i, p, vd[i], vd[p]);
        }
        sink.closePath();
    }

    /** One polygon: start cap, joins forward, end cap, joins backward (cap1, outline1, cap2, outline2). */
    private void strokeOpen(PathSink sink) {
        cap(0, 1, vd[0]);
        for (int i = 1; i < n - 1; i++) {
            join(i - 1, i, i + 1, vd[i - 1], vd[i]);
        }
        cap(n - 1, n - 2, vd[n - 2]);
        for (int i = n - 2; i >= 1; i--) {
            join(i + 1, i, i - 1, vd[i], vd[i - 1]);
        }
        sink.closePath();
    }

    private void emit(double x, double y) {
        if (first) {
            out.moveTo(x, y);
            first = false;
        } else {
            out.lineTo(x, y);
        }
    }

    /** math_stroke::calc_cap at vertex a, pointing away from vertex b. */
    private void cap(int a, int b, double len) {
        double x0 = vx[a];
        double y0 = vy[a];
        double dx1 = (vy[b] - y0) / len * w;
        double dy1 = (vx[b] - x0) / len * w;
        if (style.cap() != StrokeStyle.Cap.ROUND) {
            double dx2 = 0;
            double dy2 = 0;
            if (style.cap() == StrokeStyle.Cap.SQUARE) {
                dx2 = dy1 * wSign;
                dy2 = dx1 * wSign;
            }
            emit(x0 - dx1 - dx2, y0 + dy1 - dy2);
            emit(x0 + dx1 - dx2, y0 - dy1 - dy2);
            return;
        }
        double da = Math.acos(wAbs / (wAbs + 0.125)) * 2;
        int steps = (int) (Math.PI / da);
        da = Math.PI / (steps + 1);
        emit(x0 - dx1, y0 + dy1);
        if (wSign > 0) {
            double a1 = Math.atan2(dy1, -dx1) + da;
            for (int i = 0; i < steps; i++, a1 += da) {
                emit(x0 + Math.cos(a1) * w, y0 + Math.sin(a1) * w);
            }
        } else {
            double a1 = Math.atan2(-dy1, dx1) - da;
            for (int i = 0; i < steps; i++, a1 -= da) {
                emit(x0 + Math.cos(a1) * w, y0 + Math.sin(a1) * w);
            }
        }
        emit(x0 + dx1, y0 - dy1);
    }

    /** math_stroke::calc_join at v1 between segments v0-v1 and v1-v2. */
    private void join(int i0, int i1, int i2, double len1, double len2) {
        double x0 = vx[i0];
        double y0 = vy[i0];
        double x1 = vx[i1];
        double y1 = vy[i1];
        double x2 = vx[i2];
        double y2 = vy[i2];
        double dx1 = w * (y1 - y0) / len1;
        double dy1 = w * (x1 - x0) / len1;
        double dx2 = w * (y2 - y1) / len2;
        double dy2 = w * (x2 - x1) / len2;
        double cp = cross(x0, y0, x1, y1, x2, y2);
        if (cp != 0 && (cp > 0) == (w > 0)) {
            double limit = Math.max(Math.min(len1, len2) / wAbs, INNER_MITER_LIMIT);
            if (style.innerJoin() == StrokeStyle.InnerJoin.MITER) {
                miter(x0, y0, x1, y1, x2, y2, dx1, dy1, dx2, dy2, StrokeStyle.Join.MITER_REVERT, limit, 0);
            } else {
                emit(x1 + dx1, y1 - dy1);
                emit(x1 + dx2, y1 - dy2);
            }
            return;
        }
        double dx = (dx1 + dx2) / 2;
        double dy = (dy1 + dy2) / 2;
        double dbevel = Math.sqrt(dx * dx + dy * dy);
        StrokeStyle.Join lj = style.join();
        if ((lj == StrokeStyle.Join.ROUND || lj == StrokeStyle.Join.BEVEL) && wAbs - dbevel < wEps) {
            // almost collinear: one vertex is enough
            if (!intersect(x0 + dx1, y0 - dy1, x1 + dx1, y1 - dy1, x1 + dx2, y1 - dy2, x2 + dx2, y2 - dy2)) {
                emit(x1 + dx1, y1 - dy1);
            }
            return;
        }
        switch (lj) {
            case MITER, MITER_REVERT, MITER_ROUND ->
                miter(x0, y0, x1, y1, x2, y2, dx1, dy1, dx2, dy2, lj, style.miterLimit(), dbevel);
            case ROUND -> arc(x1, y1, dx1, -dy1, dx2, -dy2);
            default -> {
                emit(x1 + dx1, y1 - dy1);
                emit(x1 + dx2, y1 - dy2);
            }
        }
    }

    /** calc_intersection of lines a-b and c-d, emitting the point; false (nothing emitted) when parallel. */
    private boolean intersect(double ax, double ay, double bx, double by, double cx, double cy, double dx,
            double dy) {
        double num = (ay - cy) * (dx - cx) - (ax - cx) * (dy - cy);
        double den = (bx - ax) * (dy - cy) - (by - ay) * (dx - cx);
        if (Math.abs(den) < INTERSECTION_EPSILON) {
            return false;
        }
        double r = num / den;
        emit(ax + r * (bx - ax), ay + r * (by - ay));
        return true;
    }

    /** math_stroke::calc_miter. */
    private void miter(double x0, double y0, double x1, double y1, double x2, double y2, double dx1, double dy1,
            double dx2, double dy2, StrokeStyle.Join lj, double mlimit, double dbevel) {
        double lim = wAbs * mlimit;
        boolean exceeded = true;
        boolean failed = true;
        double num = ((y0 - dy1) - (y1 - dy2)) * ((x2 + dx2) - (x1 + dx2))
                - ((x0 + dx1) - (x1 + dx2)) * ((y2 - dy2) - (y1 - dy2));
        double den = ((x1 + dx1) - (x0 + dx1)) * ((y2 - dy2) - (y1 - dy2))
                - ((y1 - dy1) - (y0 - dy1)) * ((x2 + dx2) - (x1 + dx2));
        double xi = x1;
        double yi = y1;
        double di = 1;
        if (Math.abs(den) >= INTERSECTION_EPSILON) {
            double r = num / den;
            xi = (x0 + dx1) + r * ((x1 + dx1) - (x0 + dx1));
            yi = (y0 - dy1) + r * ((y1 - dy1) - (y0 - dy1));
            di = dist(x1, y1, xi, yi);
            if (di <= lim) {
                emit(xi, yi);
                exceeded = false;
            }
            failed = false;
        } else {
            double px = x1 + dx1;
            double py = y1 - dy1;
            if ((cross(x0, y0, x1, y1, px, py) < 0) == (cross(x1, y1, x2, y2, px, py) < 0)) {
                emit(x1 + dx1, y1 - dy1); // straight continuation
                exceeded = false;
            }
        }
        if (exceeded) {
            miterBeyondLimit(x1, y1, dx1, dy1, dx2, dy2, lj, mlimit, lim, dbevel, failed, xi, yi, di);
        }
    }

    /** calc_miter's fallback when the miter is longer than its limit. */
    private void miterBeyondLimit(double x1, double y1, double dx1, double dy1, double dx2, double dy2,
            StrokeStyle.Join lj, double mlimit, double lim, double dbevel, boolean failed, double xi, double yi,
            double di) {
        switch (lj) {
            case MITER_REVERT -> {
                emit(x1 + dx1, y1 - dy1);
                emit(x1 + dx2, y1 - dy2);
            }
            case MITER_ROUND -> arc(x1, y1, dx1, -dy1, dx2, -dy2);
            default -> {
                if (failed) {
                    double m = mlimit * wSign;
                    emit(x1 + dx1 + dy1 * m, y1 - dy1 + dx1 * m);
                    emit(x1 + dx2 - dy2 * m, y1 - dy2 - dx2 * m);
                } else {
                    double ax = x1 + dx1;
                    double ay = y1 - dy1;
                    double bx = x1 + dx2;
                    double by = y1 - dy2;
                    double t = (lim - dbevel) / (di - dbevel);
                    emit(ax + (xi - ax) * t, ay + (yi - ay) * t);
                    emit(bx + (xi - bx) * t, by + (yi - by) * t);
                }
            }
        }
    }

    /** math_stroke::calc_arc around (x, y) from offset (dx1, dy1) to (dx2, dy2). */
    private void arc(double x, double y, double dx1, double dy1, double dx2, double dy2) {
        double a1 = Math.atan2(dy1 * wSign, dx1 * wSign);
        double a2 = Math.atan2(dy2 * wSign, dx2 * wSign);
        double da = Math.acos(wAbs / (wAbs + 0.125)) * 2;
        emit(x + dx1, y + dy1);
        if (wSign > 0) {
            if (a1 > a2) {
                a2 += 2 * Math.PI;
            }
            int steps = (int) ((a2 - a1) / da);
            da = (a2 - a1) / (steps + 1);
            a1 += da;
            for (int i = 0; i < steps; i++, a1 += da) {
                emit(x + Math.cos(a1) * w, y + Math.sin(a1) * w);
            }
        } else {
            if (a1 < a2) {
                a2 -= 2 * Math.PI;
            }
            int steps = (int) ((a1 - a2) / da);
            da = (a1 - a2) / (steps + 1);
            a1 -= da;
            for (int i = 0; i < steps; i++, a1 -= da) {
                emit(x + Math.cos(a1) * w, y + Math.sin(a1) * w);
            }
        }
        emit(x + dx2, y + dy2);
    }

    /** cross_product(x1, y1, x2, y2, x, y): which side of line 1-2 point (x, y) lies on. */
    private static double cross(double x1, double y1, double x2, double y2, double x, double y) {
        return (x - x2) * (y2 - y1) - (y - y2) * (x2 - x1);
    }

    private static double dist(double x1, double y1, double x2, double y2) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        return Math.sqrt(dx * dx + dy * dy);
    }
}
