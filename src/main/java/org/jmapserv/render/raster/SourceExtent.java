package org.jmapserv.render.raster;

import org.jmapserv.geo.PixelGrid;
import org.jmapserv.image.raster.GeoTransform;

/**
 * msTransformMapToSource (mapresample.c): the raster pixel window under the map, from eleven points along each
 * edge of the map image taken into the raster; when an edge point fails to transform, from an 11 x 11 grid over the
 * image instead, grown by a tenth of its size on each side when grid points fail too.
 */
final class SourceExtent {

    private static final int EDGE_STEPS = 10;

    private SourceExtent() {
    }

    /**
     * {minX, minY, maxX, maxY} in raster pixels of the {@code w} x {@code h} map pixels starting {@code inset}
     * pixels in, or null when no point transforms.
     */
    static double[] of(PixelGrid grid, MapToRaster mapToRaster, GeoTransform inv, double inset, int w, int h) {
        return of(grid, mapToRaster, inv, inset, w, h, false);
    }

    private static double[] of(PixelGrid grid, MapToRaster mapToRaster, GeoTransform inv, double inset, int w,
            int h, boolean useGrid) {
        int max = (EDGE_STEPS + 1) * (EDGE_STEPS + 1);
        double[] xy = new double[2 * max];
        int n = 0;
        // the ratio accumulates as 8.0's loop does, so the last step is 0.999...
        if (!useGrid) {
            for (double r = 0.0; r <= 1.001; r += 1.0 / EDGE_STEPS) {
                n = put(xy, n, r * w, 0.0);
                n = put(xy, n, r * w, h);
                n = put(xy, n, 0.0, r * h);
                n = put(xy, n, w, r * h);
            }
        } else {
            for (double r = 0.0; r <= 1.001; r += 1.0 / EDGE_STEPS) {
                for (double r2 = 0.0; r2 <= 1.001; r2 += 1.0 / EDGE_STEPS) {
                    n = put(xy, n, r2 * w, r * h);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            xy[2 * i] = grid.toWorldX(xy[2 * i] + inset - 0.5);
            xy[2 * i + 1] = grid.toWorldY(xy[2 * i + 1] + inset - 0.5);
        }
        mapToRaster.transform(xy, 0, n);
        int failures = 0;
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            double gx = xy[2 * i];
            double gy = xy[2 * i + 1];
            if (!Double.isFinite(gx) || !Double.isFinite(gy)) {
                if (!useGrid) {
                    return of(grid, mapToRaster, inv, inset, w, h, true);
                }
                failures++;
                continue;
            }
            double c = inv.x(gx, gy);
            double r = inv.y(gx, gy);
            minX = Math.min(minX, c);
            maxX = Math.max(maxX, c);
            minY = Math.min(minY, r);
            maxY = Math.max(maxY, r);
        }
        if (minX > maxX) {
            return null;
        }
        if (failures > 0) {
            int growX = (int) (maxX - minX) / EDGE_STEPS + 1;
            int growY = (int) (maxY - minY) / EDGE_STEPS + 1;
            minX = Math.max(minX - growX, 0);
            minY = Math.max(minY - growY, 0);
            maxX = maxX + growX;
            maxY = maxY + growY;
        }
        return new double[] {minX, minY, maxX, maxY};
    }

    private static int put(double[] xy, int n, double x, double y) {
        xy[2 * n] = x;
        xy[2 * n + 1] = y;
        return n + 1;
    }
}
