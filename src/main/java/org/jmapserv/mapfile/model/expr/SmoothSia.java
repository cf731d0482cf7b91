package org.jmapserv.mapfile.model.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * {@code smoothsia(shape[, ss[, si[, preprocessing]]])} as msSmoothShapeSIA (mapsmoothing.c, RFC 94): each vertex
 * becomes the weighted mean of a window of {@code ss} vertices (at least 3, made odd and smaller than the line;
 * weights halving away from the centre; rings wrap around, lines keep their ends where the window does not fit).
 * 8.0 repeats the pass {@code si - 1} times for {@code si} of 2 or more (its first repetition starts again from the
 * input), once otherwise. Preprocessing {@code "all"} adds the midpoints to both neighbours of every vertex,
 * {@code "angle"} only where a 5-vertex path is over 1.3 times longer than its chord. Lines of fewer than 3 points
 * are kept as they are (8.0 keeps 2-point lines; a 1-point line makes it exit).
 */
final class SmoothSia {

    private SmoothSia() {
    }

    static Geometry smooth(Geometry g, int ss, int si, String preprocessing) {
        if (ss < 3) {
            ss = 3;
        }
        if (si < 1) {
            si = 1;
        }
        int passes = si == 1 ? 1 : si - 1;
        Integer force = preprocessing == null ? null
                : preprocessing.toLowerCase(Locale.ROOT).equals("all") ? 1
                : preprocessing.toLowerCase(Locale.ROOT).equals("angle") ? 0 : null;
        GeometryFactory f = g.getFactory();
        List<Geometry> parts = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part instanceof Polygon p) {
                LinearRing shell = f.createLinearRing(line(p.getExteriorRing().getCoordinates(), ss, passes, force));
                LinearRing[] holes = new LinearRing[p.getNumInteriorRing()];
                for (int h = 0; h < holes.length; h++) {
                    holes[h] = f.createLinearRing(line(p.getInteriorRingN(h).getCoordinates(), ss, passes, force));
                }
                parts.add(f.createPolygon(shell, holes));
            } else if (part instanceof LineString l) {
                parts.add(f.createLineString(line(l.getCoordinates(), ss, passes, force)));
            } else {
                parts.add(part);
            }
        }
        return parts.size() == 1 ? parts.get(0) : f.buildGeometry(parts);
    }

    private static Coordinate[] line(Coordinate[] pts, int ss, int passes, Integer force) {
        if (force != null) {
            pts = preprocess(pts, force == 1);
        }
        for (int i = 0; i < passes; i++) {
            pts = pass(pts, ss);
        }
        return pts;
    }

    private static boolean isRing(Coordinate[] pts) {
        int n = pts.length;
        return n >= 2 && Math.abs(pts[0].x - pts[n - 1].x) < 1e-12 && Math.abs(pts[0].y - pts[n - 1].y) < 1e-12;
    }

    /** nextLineWindow: the window of {@code size} around {@code pos}, or null where it does not fit. */
    private static Coordinate[] window(Coordinate[] pts, int pos, int size, boolean ring) {
        int index = size / 2;
        Coordinate[] w = new Coordinate[size];
        w[index] = pts[pos];
        int n = pts.length;
        for (int i = 0; i < index; i++) {
            int r = pos - (i + 1);
            int l = pos + (i + 1);
            if (r < 0 && ring) {
                r = n - (i + 2);
            }
            if (l >= n && ring) {
                l = 1 + (l - n);
            }
            if (r < 0 || l >= n) {
                return null;
            }
            w[index - (i + 1)] = pts[r];
            w[index + (i + 1)] = pts[l];
        }
        return w;
    }

    private static Coordinate[] pass(Coordinate[] pts, int ss) {
        if (pts.length < 3) {
            return pts;
        }
        int ws = ss >= pts.length ? pts.length - 1 : ss;
        if (ws < 1) {
            ws = 1;
        }
        if (ws % 2 == 0) {
            ws -= 1;
        }
        int index = ws / 2;
        double[] coeff = new double[ws];
        coeff[index] = 1;
        for (int k = 0; k < index; k++) {
            coeff[index + k + 1] = coeff[index - k] / 2;
            coeff[index - (k + 1)] = coeff[index + k] / 2;
        }
        boolean ring = isRing(pts);
        Coordinate[] out = new Coordinate[pts.length];
        for (int pos = 0; pos < pts.length; pos++) {
            Coordinate[] w = window(pts, pos, ws, ring);
            if (w == null) {
                out[pos] = pts[pos].copy();
                continue;
            }
            double sx = 0;
            double sy = 0;
            double sum = 0;
            for (int k = 0; k < ws; k++) {
                sum += coeff[k];
                sx += w[k].x * coeff[k];
                sy += w[k].y * coeff[k];
            }
            out[pos] = new Coordinate(sx / sum, sy / sum);
        }
        return out;
    }

    /** processShapePathDistance with a window of 5. */
    private static Coordinate[] preprocess(Coordinate[] pts, boolean force) {
        boolean ring = isRing(pts);
        List<Coordinate> out = new ArrayList<>();
        for (int pos = 0; pos < pts.length; pos++) {
            if (ring && pos == pts.length - 1) {
                out.add(out.get(0).copy());
                continue;
            }
            Coordinate[] w = window(pts, pos, 5, ring);
            if (w == null) {
                out.add(pts[pos].copy());
                continue;
            }
            boolean add = force || ratio(w) > 1.3;
            if (add) {
                out.add(new Coordinate((pts[pos].x + w[1].x) / 2, (pts[pos].y + w[1].y) / 2));
            }
            out.add(pts[pos].copy());
            if (add) {
                out.add(new Coordinate((pts[pos].x + w[3].x) / 2, (pts[pos].y + w[3].y) / 2));
            }
        }
        return out.toArray(new Coordinate[0]);
    }

    private static double ratio(Coordinate[] w) {
        double sum = 0;
        for (int i = 1; i < w.length; i++) {
            sum += w[i - 1].distance(w[i]);
        }
        return sum / w[0].distance(w[w.length - 1]);
    }
}
