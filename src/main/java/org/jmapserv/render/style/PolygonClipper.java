package org.jmapserv.render.style;

import java.util.Arrays;

import org.jmapserv.data.ShapeGeometry;
import org.jmapserv.data.ShapeKind;

/**
 * Clips polygon rings to a rectangle before they are drawn, as msDrawShape does with msClipPolygonRect
 * (mapprimitive.c): Liang-Barsky polygon clipping, edge by edge, which adds the rectangle's corners where a ring
 * turns around outside it and writes each kept edge's end point, so a clipped ring starts at its second vertex
 * (or where its first kept edge enters) and is closed again on that point. Fills come out the same either way;
 * what this decides is where an outline's PATTERN starts, exactly as in MapServer.
 */
public final class PolygonClipper {

    private static final double NEARZERO = 1.0e-30;

    private PolygonClipper() {
    }

    /** {@code g} clipped to the rectangle; {@code g} itself when it lies inside or is not a polygon; null if empty. */
    public static ShapeGeometry clip(ShapeGeometry g, double minX, double minY, double maxX, double maxY) {
        if (g.kind() != ShapeKind.POLYGON || (g.minX() >= minX && g.maxX() <= maxX && g.minY() >= minY
                && g.maxY() <= maxY)) {
            return g;
        }
        double[] src = g.coordinates();
        double[] out = new double[4 * src.length + 8];
        int[] starts = new int[g.partCount()];
        int parts = 0;
        int k = 0;
        for (int p = 0; p < g.partCount(); p++) {
            int s = g.partStart(p);
            int e = g.partEnd(p);
            if (out.length < 2 * (k + 2 * (e - s) + 2)) {
                out = Arrays.copyOf(out, 2 * (k + 2 * (e - s) + 2) * 2);
            }
            int ringStart = k;
            for (int i = s; i + 1 < e; i++) {
                k = edge(src[2 * i], src[2 * i + 1], src[2 * i + 2], src[2 * i + 3], minX, minY, maxX, maxY, out, k);
            }
            if (k > ringStart) {
                out[2 * k] = out[2 * ringStart];
                out[2 * k + 1] = out[2 * ringStart + 1];
                k++;
                starts[parts++] = ringStart;
            }
        }
        if (parts == 0) {
            return null;
        }
        return ShapeGeometry.of(ShapeKind.POLYGON, Arrays.copyOf(starts, parts), Arrays.copyOf(out, 2 * k));
    }

    /** The points one edge contributes, appended at point index {@code k}; returns the new count. */
    private static int edge(double x1, double y1, double x2, double y2, double minX, double minY, double maxX,
            double maxY, double[] out, int k) {
        double dx = x2 - x1;
        if (dx == 0) {
            dx = x1 > minX ? -NEARZERO : NEARZERO; // bump off the vertical
        }
        double dy = y2 - y1;
        if (dy == 0) {
            dy = y1 > minY ? -NEARZERO : NEARZERO;
        }
        double xin = dx > 0 ? minX : maxX;
        double xout = dx > 0 ? maxX : minX;
        double yin = dy > 0 ? minY : maxY;
        double yout = dy > 0 ? maxY : minY;
        double tinx = (xin - x1) / dx;
        double tiny = (yin - y1) / dy;
        double tin1 = Math.min(tinx, tiny);
        double tin2 = Math.max(tinx, tiny);
        if (1 < tin1) {
            return k;
        }
        if (0 < tin1) {
            k = put(out, k, xin, yin); // turning vertex at a corner
        }
        if (1 < tin2) {
            return k;
        }
        double toutx = (xout - x1) / dx;
        double touty = (yout - y1) / dy;
        double tout1 = Math.min(toutx, touty);
        if (!(0 < tin2 || 0 < tout1)) {
            return k;
        }
        if (tin2 <= tout1) {
            if (0 < tin2) {
                k = tinx > tiny ? put(out, k, xin, y1 + tinx * dy) : put(out, k, x1 + tiny * dx, yin);
            }
            if (1 > tout1) {
                k = toutx < touty ? put(out, k, xout, y1 + toutx * dy) : put(out, k, x1 + touty * dx, yout);
            } else {
                k = put(out, k, x2, y2);
            }
        } else {
            k = tinx > tiny ? put(out, k, xin, yout) : put(out, k, xout, yin);
        }
        return k;
    }

    private static int put(double[] out, int k, double x, double y) {
        out[2 * k] = x;
        out[2 * k + 1] = y;
        return k + 1;
    }
}
