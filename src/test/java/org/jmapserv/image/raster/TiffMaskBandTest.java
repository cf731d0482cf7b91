package org.jmapserv.image.raster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * GDAL's internal TIFF mask band (GDAL_TIFF_INTERNAL_MASK, test-data/rasters/make-rasters.sh): a 1-bit IFD of
 * FILETYPE_MASK read as 0 / 255 alpha, decimated like the image.
 */
class TiffMaskBandTest {

    private static final Path MASKED = Path.of("test-data/rasters/rgb-mask.tif");

    @Test
    void internalMaskIsFoundAndNotTakenForAnOverview() throws Exception {
        try (TiffRasterSource src = TiffRasterSource.open(MASKED)) {
            assertTrue(src.hasMaskBand());
            assertEquals(3, src.info().bandCount());
            assertTrue(src.info().overviews().isEmpty(), "the mask IFD is not an overview");
        }
    }

    @Test
    void maskValuesAtFullResolutionAndDecimated() throws Exception {
        try (TiffRasterSource src = TiffRasterSource.open(MASKED)) {
            int[] full = src.readMask(0, 0, 160, 120, 160, 120);
            assertEquals(0, full[15 * 160 + 5]); // the stripe, rows 10..21
            assertEquals(255, full[5 * 160 + 5]);
            assertEquals(0, full[70 * 160 + 110]); // the disc's centre
            assertEquals(255, full[70 * 160 + 20]);
            int[] half = src.readMask(0, 0, 160, 120, 80, 60); // samples pixel 2i+1
            assertEquals(full[71 * 160 + 111], half[35 * 80 + 55]);
            assertEquals(full[15 * 160 + 1], half[7 * 80]);
        }
    }

    @Test
    void filesWithoutAMaskHaveNone() throws Exception {
        try (TiffRasterSource src = TiffRasterSource.open(Path.of("test-data/rasters/rgb.tif"))) {
            assertFalse(src.hasMaskBand());
            assertNull(src.readMask(0, 0, 10, 10, 10, 10));
        }
    }
}
