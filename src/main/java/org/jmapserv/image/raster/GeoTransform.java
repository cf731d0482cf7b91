package org.jmapserv.image.raster;

/**
 * A GDAL geotransform: georeferenced x = c0 + c1 * col + c2 * row, y = c3 + c4 * col + c5 * row, with (col, row)
 * the pixel-corner coordinates (0, 0 is the outer corner of the first pixel). Mirrors GDALGetGeoTransform and
 * MapServer's InvGeoTransform (mapresample.c).
 */
public record GeoTransform(double c0, double c1, double c2, double c3, double c4, double c5) {

    /** The default of a file without georeferencing, as msGetGDALGeoTransform sets it: y grows up from row h. */
    public static GeoTransform pixelSpace(int height) {
        return new GeoTransform(0, 1, 0, height, 0, -1);
    }

    /**
     * msGetGDALGeoTransform: the file's own geotransform (world files included; GDAL's default of a file without one
     * turned the MapServer way up), else the layer EXTENT {@code minX, minY, maxX, maxY} spread over the raster
     * ({@code layerExtent} null or empty when the layer has none), else pixel coordinates.
     */
    public static GeoTransform ofRaster(RasterInfo info, double[] layerExtent) {
        GeoTransform gt = info.geoTransform();
        if (gt != null) {
            if (gt.c5() == 1.0 && gt.c3() == 0.0) {
                return new GeoTransform(gt.c0(), gt.c1(), gt.c2(), info.height(), gt.c4(), -1.0);
            }
            return gt;
        }
        if (layerExtent != null && layerExtent[2] > layerExtent[0] && layerExtent[3] > layerExtent[1]) {
            return new GeoTransform(layerExtent[0], (layerExtent[2] - layerExtent[0]) / info.width(), 0,
                    layerExtent[3], 0, (layerExtent[1] - layerExtent[3]) / info.height());
        }
        return pixelSpace(info.height());
    }

    public double x(double col, double row) {
        return c0 + c1 * col + c2 * row;
    }

    public double y(double col, double row) {
        return c3 + c4 * col + c5 * row;
    }

    /** True when rows and columns are parallel to the axes (no rotation terms). */
    public boolean isNorthUp() {
        return c2 == 0 && c4 == 0;
    }

    /** The inverse (georeferenced to pixel), as InvGeoTransform; null when the transform is singular. */
    public GeoTransform inverse() {
        double det = c1 * c5 - c2 * c4;
        if (Math.abs(det) < 1e-15) {
            return null;
        }
        double inv = 1.0 / det;
        return new GeoTransform(
                (c2 * c3 - c0 * c5) * inv, c5 * inv, -c2 * inv,
                (-c1 * c3 + c0 * c4) * inv, -c4 * inv, c1 * inv);
    }
}
