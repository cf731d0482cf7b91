package org.jmapserv.render.style;

import org.jmapserv.data.ShapeGeometry;
import org.jmapserv.data.ShapeKind;
import org.jmapserv.geo.PixelGrid;

/**
 * World to pixel conversion with AGG's naive simplification, mirroring msTransformShapeSimplify (maputil.c),
 * the transform mode MapServer's AGG renderer uses: a vertex closer than one pixel to the last kept one is
 * dropped. Lines keep their first and (unless it repeats the one before) last point and vanish when fewer than
 * two remain; polygon rings keep their first two and last two points and vanish when they had fewer than four.
 * Other kinds are converted point for point.
 */
final class PixelSimplifier {

    private PixelSimplifier() {
    }

    static PixelShape simplify(ShapeGeometry g, PixelGrid grid) {
        double[] src = g.coordinates();
        if (g.kind() != ShapeKind.LINE && g.kind() != ShapeKind.POLYGON) {
            double[] out = src.clone();
            grid.toPixels(out, 0, out.length / 2);
            return new PixelShape(g.kind(), g.partStarts(), out);
        }
        int[] starts = g.partStarts();
        double[] out = new double[src.length];
        int[] outStarts = new int[starts.length];
        int parts = 0;
        int k = 0;
        double minX = grid.extent().minX();
        double maxY = grid.extent().maxY();
        double invX = 1.0 / grid.cellsizeX();
        double invY = 1.0 / grid.cellsizeY();
        for (int p = 0; p < starts.length; p++) {
            int s = starts[p];
            int e = p + 1 < starts.length ? starts[p + 1] : src.length / 2;
            int kept = g.kind() == ShapeKind.LINE
                    ? line(src, s, e, out, k, minX, maxY, invX, invY)
                    : ring(src, s, e, out, k, minX, maxY, invX, invY);
            if (kept > 0) {
                outStarts[parts++] = k;
                k += kept;
            }
        }
        if (parts == 0) {
            return new PixelShape(g.kind(), new int[0], new double[0]);
        }
        return new PixelShape(g.kind(), java.util.Arrays.copyOf(outStarts, parts), java.util.Arrays.copyOf(out, 2 * k));
    }

    /** Writes the kept points of line [s, e) at point index {@code k} of {@code out}; returns how many. */
    private static int line(double[] src, int s, int e, double[] out, int k,
                            double minX, double maxY, double invX, double invY) {
        if (e - s < 2) {
            return 0;
        }
        int n = 0;
        put(src, s, out, k, minX, maxY, invX, invY);
        n++;
        for (int j = s + 1; j < e - 1; j++) {
            put(src, j, out, k + n, minX, maxY, invX, invY);
            if (farEnough(out, k + n)) {
                n++;
            }
        }
        put(src, e - 1, out, k + n, minX, maxY, invX, invY);
        int i = 2 * (k + n);
        if (out[i] != out[i - 2] || out[i + 1] != out[i - 1]) {
            n++;
        }
        return n < 2 ? 0 : n;
    }

    private static int ring(double[] src, int s, int e, double[] out, int k,
                            double minX, double maxY, double invX, double invY) {
        if (e - s < 4) {
            return 0;
        }
        put(src, s, out, k, minX, maxY, invX, invY);
        put(src, s + 1, out, k + 1, minX, maxY, invX, invY);
        int n = 2;
        int beforeLast = e - 2;
        for (int j = s + 2; j < beforeLast; j++) {
            put(src, j, out, k + n, minX, maxY, invX, invY);
            if (farEnough(out, k + n)) {
                n++;
            }
        }
        put(src, beforeLast, out, k + n, minX, maxY, invX, invY);
        put(src, beforeLast + 1, out, k + n + 1, minX, maxY, invX, invY);
        return n + 2;
    }

    private static void put(double[] src, int j, double[] out, int k,
                            double minX, double maxY, double invX, double invY) {
        out[2 * k] = (src[2 * j] - minX) * invX;
        out[2 * k + 1] = (maxY - src[2 * j + 1]) * invY;
    }

    private static boolean farEnough(double[] out, int k) {
        double dx = out[2 * k] - out[2 * k - 2];
        double dy = out[2 * k + 1] - out[2 * k - 1];
        return dx * dx + dy * dy > 1;
    }
}
