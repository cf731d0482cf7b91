package org.jmapserv.render.raster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** ParseDefaultLUT: piecewise-linear, rounded, completed to max:255, and 16-bit when inputs pass 255. */
class LookupTableTest {

    @Test
    void interpolatesBetweenPointsAndCompletesToTheTop() {
        int[] lut = LookupTable.parse("0:0,100:200", 255);
        assertEquals(0, lut[0]);
        assertEquals(100, lut[50]);
        assertEquals(200, lut[100]);
        assertEquals(228, lut[178]); // 200 + 55 * 78 / 155 = 227.7 -> 228
        assertEquals(255, lut[255]);
    }

    @Test
    void invertingTable() {
        int[] lut = LookupTable.parse("0:255,255:0", 255);
        assertEquals(255, lut[0]);
        assertEquals(128, lut[127]);
        assertEquals(0, lut[255]);
    }

    @Test
    void sixteenBitInputsWhenTheLastPointPasses255() {
        assertTrue(LookupTable.needsSixteenBits("0:0,4095:255"));
        assertFalse(LookupTable.needsSixteenBits("0:0,255:255"));
        assertEquals(128, LookupTable.parse("0:0,4095:255", 65535)[2056]);
    }
}
