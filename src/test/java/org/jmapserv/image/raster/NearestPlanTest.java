package org.jmapserv.image.raster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** GDAL 3.6's nearest-neighbour RasterIO: pixel-centre sampling and the choice of overview. */
class NearestPlanTest {

    @Test
    void sameSizeCopiesPixelForPixel() {
        NearestPlan p = NearestPlan.of(100, 100, List.of(), 10, 20, 4, 3, 4, 3);
        assertEquals(0, p.level());
        assertArrayEquals(new int[] {10, 11, 12, 13}, p.cols());
        assertArrayEquals(new int[] {20, 21, 22}, p.rows());
    }

    @Test
    void reductionSamplesPixelCentres() {
        // 10 source pixels onto 4: centres at 1.25, 3.75, 6.25, 8.75
        assertArrayEquals(new int[] {1, 3, 6, 8}, NearestPlan.of(10, 10, List.of(), 0, 0, 10, 10, 4, 4).cols());
    }

    @Test
    void magnificationRepeatsPixels() {
        assertArrayEquals(new int[] {0, 0, 0, 1, 1, 1}, NearestPlan.of(2, 2, List.of(), 0, 0, 2, 2, 6, 6).cols());
    }

    @Test
    void overviewChosenUnderThe1point2Threshold() {
        List<int[]> ovr = List.of(new int[] {80, 60}, new int[] {40, 30});
        // reduction 160/130 = 1.23: the 2x overview is 2 >= 1.23 * 1.2, so full resolution
        assertEquals(0, NearestPlan.of(160, 120, ovr, 0, 0, 160, 120, 130, 98).level());
        // reduction 160/90 = 1.78: 2 < 1.78 * 1.2 = 2.13, so the first overview
        NearestPlan p = NearestPlan.of(160, 120, ovr, 0, 0, 160, 120, 90, 68);
        assertEquals(1, p.level());
        assertEquals(79, p.cols()[89]);
        // reduction 5: the 4x overview
        assertEquals(2, NearestPlan.of(160, 120, ovr, 0, 0, 160, 120, 32, 24).level());
    }
}
