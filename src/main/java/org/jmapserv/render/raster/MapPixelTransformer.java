package org.jmapserv.render.raster;

import org.jmapserv.geo.PixelGrid;
import org.jmapserv.image.raster.GeoTransform;

/**
 * msProjTransformer (mapresample.c): map image pixel/line positions (corner convention: 0.5 is the first pixel's
 * centre) through the map's geotransform (its ANGLE included) and the reprojection into the pixel space of the
 * image the source window was loaded into. Points that do not transform come back marked as failed.
 */
final class MapPixelTransformer {

    private final PixelGrid grid;
    private final MapToRaster mapToRaster;
    private final GeoTransform toLoaded;

    /** {@code toLoaded} takes georeferenced raster coordinates to loaded-image pixels (the inverse geotransform). */
    MapPixelTransformer(PixelGrid grid, MapToRaster mapToRaster, GeoTransform toLoaded) {
        this.grid = grid;
        this.mapToRaster = mapToRaster;
        this.toLoaded = toLoaded;
    }

    /** Transforms {@code n} points from {@code off} in place; {@code ok[i]} tells which succeeded. */
    void transform(double[] x, double[] y, boolean[] ok, int off, int n) {
        double[] xy = new double[2 * n];
        for (int i = 0; i < n; i++) {
            xy[2 * i] = grid.toWorldX(x[off + i] - 0.5);
            xy[2 * i + 1] = grid.toWorldY(y[off + i] - 0.5);
        }
        mapToRaster.transform(xy, 0, n);
        for (int i = 0; i < n; i++) {
            double gx = xy[2 * i];
            double gy = xy[2 * i + 1];
            boolean good = !Double.isNaN(gx) && !Double.isNaN(gy) && !Double.isInfinite(gx)
                    && !Double.isInfinite(gy);
            ok[off + i] = good;
            x[off + i] = good ? toLoaded.x(gx, gy) : -1;
            y[off + i] = good ? toLoaded.y(gx, gy) : -1;
        }
    }
}
