package org.jmapserv.image.raster;

import java.util.List;

/**
 * What a raster file says about itself (GDALGetRasterXSize, GDALGetRasterCount, GDALGetGeoTransform,
 * GDALGetRasterNoDataValue, GDALGetRasterColorTable, the alpha band's colour interpretation and the overview sizes).
 *
 * @param geoTransform the file's own georeferencing (GeoTIFF tags or world file), or null when it has none
 * @param epsg         the EPSG code of the file's CRS from its GeoKeys, or 0 when unknown
 * @param noData       the file's NODATA value (GDAL_NODATA tag), or null
 * @param palette      the colour table as 0xAARRGGBB entries, or null
 * @param alphaBand    the 1-based band that is alpha (ExtraSamples), or 0
 * @param overviews    the sizes of the reduced-resolution images, largest first, as {width, height}
 */
public record RasterInfo(int width, int height, int bandCount, SampleType sampleType, GeoTransform geoTransform,
        int epsg, Double noData, int[] palette, int alphaBand, List<int[]> overviews) {

    public RasterInfo {
        overviews = List.copyOf(overviews);
    }
}
