package org.jmapserv.render.raster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** RESAMPLE=AVERAGE's area-weighted mean (msAverageSample), on hand-computed 2x2 images. */
class AverageSamplerTest {

    private static final int RED = 0xffff0000;
    private static final int BLUE = 0xff0000ff;

    @Test
    void meanOfWholeCellsWeighsEachCellByItsArea() {
        AverageSampler s = new AverageSampler(new int[] {RED, BLUE, RED, BLUE}, 2, 2);
        // the box covers all of the left column and a quarter of the right one: red weight 2, blue weight 0.5
        int p = s.sample(0, 0, 1.25, 2);
        assertEquals(255, p >>> 24);
        assertEquals(204, p >>> 16 & 0xff); // 255 * 2 / 2.5
        assertEquals(51, p & 0xff); // 255 * 0.5 / 2.5
    }

    @Test
    void transparentCellsLowerTheCoverageNotTheColour() {
        AverageSampler s = new AverageSampler(new int[] {RED, 0, RED, 0}, 2, 2);
        int p = s.sample(0, 0, 2, 2);
        assertEquals(128, p >>> 24); // half the footprint covered
        assertEquals(255, p >>> 16 & 0xff); // the colour stays pure red (straight, not premultiplied)
        assertEquals(0, p & 0xff);
    }

    @Test
    void halfTransparentPremultipliedCellsAverageToTheirStraightColour() {
        int halfRed = 0x80800000; // premultiplied red at alpha 128
        AverageSampler s = new AverageSampler(new int[] {halfRed, halfRed, halfRed, halfRed}, 2, 2);
        int p = s.sample(0.5, 0.5, 1.5, 1.5);
        assertEquals(128, p >>> 24);
        assertEquals(255, p >>> 16 & 0xff);
    }

    @Test
    void nothingUnderAFootprintOutsideTheImage() {
        AverageSampler s = new AverageSampler(new int[] {RED, RED, RED, RED}, 2, 2);
        assertEquals(0, s.sample(0, 0, -1, -1));
        assertEquals(0, new AverageSampler(new int[] {0, 0, 0, 0}, 2, 2).sample(0, 0, 2, 2));
    }
}
