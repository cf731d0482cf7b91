package org.jmapserv.render.style;

import java.util.Arrays;

import org.jmapserv.data.ShapeGeometry;
import org.jmapserv.data.ShapeKind;

/**
 * Clips line shapes to a rectangle before they are drawn, as msDrawShape does with msClipPolylineRect and
 * clipLine (mapprimitive.c, Liang-Barsky per segment): a line leaving the rectangle ends on its border and one
 * coming back starts a new part there. This matters beyond speed: a PATTERN starts afresh at each part start,
 * so dashes only line up with MapServer's when the lines are cut where MapServer cuts them.
 */
public final class PolylineClipper {

    private PolylineClipper() {
    }

    /** {@code g} clipped to the rectangle; {@code g} itself when it lies inside or is not a line; null if all is out. */
    public static ShapeGeometry clip(ShapeGeometry g, double minX, double minY, double maxX, double maxY) {
        if (g.kind() != ShapeKind.LINE || (g.minX() >= minX && g.maxX() <= maxX && g.minY() >= minY
                && g.maxY() <= maxY)) {
            return g;
        }
        double[] src = g.coordinates();
        double[] out = new double[src.length * 2 + 4];
        int[] starts = new int[8];
        int parts = 0;
        int k = 0; // points written
        double[] seg = new double[4];
        for (int p = 0; p < g.partCount(); p++) {
            int s = g.partStart(p);
            int e = g.partEnd(p);
            int lineStart = k;
            for (int j = s + 1; j < e; j++) {
                seg[0] = src[2 * (j - 1)];
                seg[1] = src[2 * (j - 1) + 1];
                seg[2] = src[2 * j];
                seg[3] = src[2 * j + 1];
                if (!clipSegment(seg, minX, minY, maxX, maxY)) {
                    continue;
                }
                if (out.length < 2 * (k + 2)) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                if (k == lineStart) {
                    out[2 * k] = seg[0];
                    out[2 * k + 1] = seg[1];
                    k++;
                }
                out[2 * k] = seg[2];
                out[2 * k + 1] = seg[3];
                k++;
                if (seg[2] != src[2 * j] || seg[3] != src[2 * j + 1]) {
                    starts = addPart(starts, parts++, lineStart);
                    lineStart = k;
                }
            }
            if (k > lineStart) {
                starts = addPart(starts, parts++, lineStart);
            }
        }
        if (parts == 0) {
            return null;
        }
        return ShapeGeometry.of(ShapeKind.LINE, Arrays.copyOf(starts, parts), Arrays.copyOf(out, 2 * k));
    }

    private static int[] addPart(int[] starts, int index, int start) {
        int[] s = index == starts.length ? Arrays.copyOf(starts, starts.length * 2) : starts;
        s[index] = start;
        return s;
    }

    /** clipLine: Liang-Barsky on seg = {x1, y1, x2, y2}, in place; false when nothing is left. */
    static boolean clipSegment(double[] seg, double minX, double minY, double maxX, double maxY) {
        double x1 = seg[0];
        double y1 = seg[1];
        double dx = seg[2] - x1;
        double dy = seg[3] - y1;
        double xin;
        double xout;
        double yin;
        double yout;
        if (dx > 0 || (dx == 0 && x1 > maxX)) {
            xin = minX;
            xout = maxX;
        } else {
            xin = maxX;
            xout = minX;
        }
        if (dy > 0 || (dy == 0 && y1 > maxY)) {
            yin = minY;
            yout = maxY;
        } else {
            yin = maxY;
            yout = minY;
        }
        double tinx = dx != 0 ? (xin - x1) / dx : Double.NEGATIVE_INFINITY;
        double tiny = dy != 0 ? (yin - y1) / dy : Double.NEGATIVE_INFINITY;
        double tin1 = Math.min(tinx, tiny);
        double tin2 = Math.max(tinx, tiny);
        if (1 < tin2) {
            return false;
        }
        if (dx == 0 && (x1 < minX || x1 > maxX) || dy == 0 && (y1 < minY || y1 > maxY)) {
            return false;
        }
        double toutx = dx != 0 ? (xout - x1) / dx : Double.POSITIVE_INFINITY;
        double touty = dy != 0 ? (yout - y1) / dy : Double.POSITIVE_INFINITY;
        double tout = Math.min(toutx, touty);
        if (!(0 < tin2 || 0 < tout) || tin2 > tout) {
            return false;
        }
        if (0 < tin2) {
            if (tinx > tiny) {
                seg[0] = xin;
                seg[1] = y1 + tinx * dy;
            } else {
                seg[0] = x1 + tiny * dx;
                seg[1] = yin;
            }
        }
        if (1 > tout) {
            if (toutx < touty) {
                seg[2] = xout;
                seg[3] = y1 + toutx * dy;
            } else {
                seg[2] = x1 + touty * dx;
                seg[3] = yout;
            }
        }
        return true;
    }
}
