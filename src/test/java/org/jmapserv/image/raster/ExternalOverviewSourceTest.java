package org.jmapserv.image.raster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code .ovr} beside a GeoTIFF without internal overviews (test-data/rasters/ovr/, gdaladdo -ro -r average on a
 * one-pixel checkerboard) supplies its overview levels, chosen as GDAL chooses them; a .ovr that does not belong to
 * the file is refused naming both files.
 */
class ExternalOverviewSourceTest {

    private static final Path OVR = Path.of("test-data/rasters/ovr");

    @Test
    void theOvrLevelsBecomeTheOverviews() throws Exception {
        try (RasterSource src = RasterFiles.open(OVR.resolve("checker.tif"))) {
            assertEquals(3, src.info().overviews().size(), "levels 2, 4 and 8 of the .ovr");
            assertEquals(200, src.info().overviews().get(0)[0]);
            // a quarter of the resolution reads the averaged level (grey), not the checkerboard
            float[] quarter = src.read(new int[] {2}, 200, 0, 200, 160, 50, 40)[0]; // clear of the diagonal
            for (float v : quarter) {
                assertTrue(v > 100 && v < 160, "averaged grey, got " + v);
            }
            float[] full = src.read(new int[] {2}, 200, 0, 20, 20, 20, 20)[0];
            assertEquals(0, full[0]);
            assertEquals(255, full[1]);
        }
    }

    @Test
    void anOvrOfAnotherFileIsRefused(@TempDir Path dir) throws Exception {
        Files.copy(OVR.resolve("stale-base.tif"), dir.resolve("x.tif"));
        Files.copy(OVR.resolve("stale-base.tif.ovr"), dir.resolve("x.tif.ovr"));
        RasterReadException e = assertThrows(RasterReadException.class,
                () -> RasterFiles.open(dir.resolve("x.tif")).close());
        assertTrue(e.getMessage().contains("x.tif.ovr") && e.getMessage().contains("1 band(s), the file 3"),
                e.getMessage());
    }

    @Test
    void aCorruptOvrFailsNamingIt(@TempDir Path dir) throws Exception {
        Files.copy(OVR.resolve("checker.tif"), dir.resolve("y.tif"));
        Files.write(dir.resolve("y.tif.ovr"), new byte[] {'I', 'I', 42, 0, 1, 2});
        RasterReadException e = assertThrows(RasterReadException.class,
                () -> RasterFiles.open(dir.resolve("y.tif")).close());
        assertTrue(e.getMessage().contains("y.tif.ovr"), e.getMessage());
    }

    @Test
    void overviewLevelOpensOneOverviewAsTheRaster() throws Exception {
        Path file = OVR.resolve("checker.tif");
        try (RasterSource src = OverviewLevelSource.of(RasterFiles.open(file), 0, file.toString())) {
            assertEquals(200, src.info().width());
            assertEquals(150, src.info().height());
            assertEquals(20.0, src.info().geoTransform().c1(), "pixels twice as large");
            assertEquals(2, src.info().overviews().size(), "the later overviews stay overviews");
            float[] px = src.read(new int[] {2}, 100, 0, 10, 10, 10, 10)[0];
            for (float v : px) {
                assertTrue(v > 100 && v < 160, "the averaged level, read at its own full resolution: " + v);
            }
        }
        RasterReadException e = assertThrows(RasterReadException.class,
                () -> OverviewLevelSource.of(RasterFiles.open(file), 3, file.toString()));
        assertTrue(e.getMessage().contains("cannot open overview level 3") && e.getMessage().contains("3 overview"),
                e.getMessage());
    }
}
