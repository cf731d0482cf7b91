package org.jmapserv.image.raster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Georeferencing and descriptions read as GDAL reports them for the generated test rasters (gdalinfo): origin and
 * pixel size, PixelIsPoint moved to the corner, EPSG from the GeoKeys, NODATA, palettes, alpha, overviews.
 */
class GeoTiffGeoreferencingTest {

    private static final Path DIR = Path.of("test-data/rasters");

    private static RasterInfo info(String name) throws Exception {
        try (RasterSource s = RasterFiles.open(DIR.resolve(name))) {
            return s.info();
        }
    }

    @Test
    void pixelIsAreaTiePointIsTheCorner() throws Exception {
        RasterInfo i = info("rgb.tif");
        assertEquals(new GeoTransform(400000, 25, 0, 5003000, 0, -25), i.geoTransform());
        assertEquals(32633, i.epsg());
        assertEquals(3, i.bandCount());
    }

    @Test
    void pixelIsPointGivesTheSameCornerAsGdal() throws Exception {
        // gdal_translate -mo AREA_OR_POINT=Point keeps GDAL's geotransform; gdalinfo reports the same origin
        assertEquals(new GeoTransform(400000, 25, 0, 5003000, 0, -25), info("rgb-point.tif").geoTransform());
    }

    @Test
    void geographicCrsFromGeoKeys() throws Exception {
        assertEquals(4326, info("rgb-4326.tif").epsg());
    }

    @Test
    void nodataPaletteAlphaAndOverviews() throws Exception {
        assertEquals(-9999.0, info("float32.tif").noData());
        assertEquals(SampleType.FLOAT32, info("float32.tif").sampleType());
        assertEquals(SampleType.UINT16, info("dem16.tif").sampleType());
        RasterInfo pal = info("palette.tif");
        assertNotNull(pal.palette());
        assertEquals(0xffe6503c, pal.palette()[1]);
        assertEquals(4, info("rgba.tif").alphaBand());
        List<int[]> ovr = info("rgb-tiled.tif").overviews();
        assertEquals(2, ovr.size());
        assertArrayEquals(new int[] {80, 60}, ovr.get(0));
        assertArrayEquals(new int[] {40, 30}, ovr.get(1));
    }

    @Test
    void worldFilesGiveTheCornerOfTheFirstPixel() throws Exception {
        assertEquals(new GeoTransform(400000, 25, 0, 5003000, 0, -25), info("grey.png").geoTransform());
        assertEquals(new GeoTransform(400000, 25, 0, 5003000, 0, -25), info("photo.jpg").geoTransform());
        RasterInfo gif = info("classes.gif");
        assertEquals(new GeoTransform(400000, 25, 0, 5003000, 0, -25), gif.geoTransform());
        assertNull(info("rgb.tif").noData());
    }

    @Test
    void windowsReadTheSamePixelsAsGdalLocationInfo() throws Exception {
        try (RasterSource s = RasterFiles.open(DIR.resolve("rgb-tiled.tif"))) {
            // gdallocationinfo -valonly rgb-tiled.tif 37 5 -> 44 (band 1); tiled read through the JDK decoder
            assertEquals(44f, s.read(new int[] {1}, 37, 5, 21, 100, 21, 100)[0][0]);
        }
        try (RasterSource s = RasterFiles.open(DIR.resolve("float32.tif"))) {
            // gdallocationinfo -valonly float32.tif 1 0 -> -49.25 (floating-point predictor, TwelveMonkeys)
            assertEquals(-49.25f, s.read(new int[] {1}, 1, 0, 3, 3, 3, 3)[0][0]);
        }
    }
}
