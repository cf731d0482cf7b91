package org.jmapserv.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jmapserv.image.raster.GeoTransform;
import org.jmapserv.image.raster.RasterFiles;
import org.jmapserv.image.raster.RasterInfo;
import org.jmapserv.image.raster.RasterSource;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.parse.MapfileReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DRIVER "GDAL/GTiff" writes the map as a GeoTIFF georeferenced as msSaveImageGDAL does (checked with gdalinfo
 * against MapServer 8.0's output of the same map): origin at the outer corner of the map's first pixel, the map's
 * cell size, EPSG from the map PROJECTION, and the same pixels as the PNG.
 */
class WritesGeoreferencedGeoTiffOutputTest {

    @TempDir
    Path dir;

    @Test
    void geotiffCarriesTheMapsGeotransformCrsAndPixels() throws Exception {
        String map = """
                MAP
                  EXTENT 399500 5000200 404300 5003300
                  SIZE 300 200
                  SHAPEPATH "../test-data/rasters"
                  PROJECTION "init=epsg:32633" END
                  OUTPUTFORMAT NAME "tif" DRIVER "GDAL/GTiff" IMAGEMODE RGB FORMATOPTION "COMPRESS=DEFLATE" END
                  LAYER NAME "rgb" TYPE RASTER STATUS ON DATA "rgb.tif" END
                END
                """;
        MapDef m = new MapfileReader().readString(map, "gtiff.map", Path.of("samples").toAbsolutePath());
        RenderedMap r = MapRenderer.standard().render(m, RenderRequest.defaults());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        r.write(out);
        Path tif = dir.resolve("map.tif");
        Files.write(tif, out.toByteArray());
        try (RasterSource s = RasterFiles.open(tif)) {
            RasterInfo info = s.info();
            assertEquals(300, info.width());
            assertEquals(3, info.bandCount());
            assertEquals(32633, info.epsg());
            GeoTransform gt = info.geoTransform();
            // gdalinfo of MapServer's GTiff: Origin = (399491.973244147142395,5003355.351170568726957)
            assertEquals(399491.973244147, gt.c0(), 1e-6);
            assertEquals(5003355.351170569, gt.c3(), 1e-6);
            assertEquals(16.053511705685619, gt.c1(), 1e-9);
            BufferedImage png = r.image();
            float[][] px = s.read(new int[] {1, 2, 3}, 0, 0, 300, 200, 300, 200);
            for (int i : new int[] {0, 150 * 300 + 40, 199 * 300 + 299}) {
                int rgb = png.getRGB(i % 300, i / 300);
                assertEquals(rgb >>> 16 & 0xff, (int) px[0][i]);
                assertEquals(rgb >>> 8 & 0xff, (int) px[1][i]);
                assertEquals(rgb & 0xff, (int) px[2][i]);
            }
        }
    }
}
