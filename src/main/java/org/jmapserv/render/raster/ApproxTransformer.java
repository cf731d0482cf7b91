package org.jmapserv.render.raster;

/**
 * msApproxTransformer (mapresample.c), which msResampleGDALToMap puts in front of the exact transformer with a
 * maximum error of 0.333 loaded-image pixels: a run of points on one scanline has its first, middle and last point
 * transformed exactly; when the middle one lies within the error of the straight line between the two ends every
 * point of the run is interpolated along that line, otherwise the run is halved and each half done the same way.
 * 8.0 draws reprojected rasters from these interpolated positions, so matching its pixels means doing the same.
 */
final class ApproxTransformer {

    /** The error msResampleGDALToMap allows. */
    static final double MAX_ERROR = 0.333;

    private final MapPixelTransformer base;
    private final double maxError;

    ApproxTransformer(MapPixelTransformer base, double maxError) {
        this.base = base;
        this.maxError = maxError;
    }

    /** Transforms {@code n} points from {@code off} in place, approximately; {@code ok} as the base sets it. */
    void transform(double[] x, double[] y, boolean[] ok, int off, int n) {
        run(x, y, ok, off, n);
    }

    private void run(double[] x, double[] y, boolean[] ok, int off, int n) {
        int last = off + n - 1;
        int mid = off + (n - 1) / 2;
        // only straight runs along one scanline, long enough to be worth it
        if (n <= 5 || maxError == 0.0 || y[off] != y[last] || y[off] != y[mid] || x[off] == x[last]
                || x[off] == x[mid]) {
            base.transform(x, y, ok, off, n);
            return;
        }
        double[] x2 = {x[off], x[mid], x[last]};
        double[] y2 = {y[off], y[mid], y[last]};
        boolean[] ok2 = new boolean[3];
        base.transform(x2, y2, ok2, 0, 3);
        if (!ok2[0] || !ok2[1] || !ok2[2]) {
            base.transform(x, y, ok, off, n);
            return;
        }
        double span = x[last] - x[off];
        double dx = (x2[2] - x2[0]) / span;
        double dy = (y2[2] - y2[0]) / span;
        double along = x[mid] - x[off];
        double error = Math.abs(x2[0] + dx * along - x2[1]) + Math.abs(y2[0] + dy * along - y2[1]);
        if (error > maxError) {
            int half = (n - 1) / 2;
            run(x, y, ok, off, half);
            run(x, y, ok, off + half, n - half);
            return;
        }
        double x0 = x[off];
        for (int i = last; i >= off; i--) {
            double d = x[i] - x0;
            y[i] = y2[0] + dy * d;
            x[i] = x2[0] + dx * d;
            ok[i] = true;
        }
    }
}
