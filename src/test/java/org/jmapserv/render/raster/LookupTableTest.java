package org.jmapserv.render.raster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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

    private static String gimpLine(String points) {
        StringBuilder b = new StringBuilder(points);
        int n = points.trim().split("\\s+").length / 2;
        for (int i = n; i < 17; i++) {
            b.append(" -1 -1");
        }
        return b.toString();
    }

    @Test
    void gimpCurvesComposeTheBandCurveWithTheValueCurve() throws Exception {
        String file = "# GIMP Curves File\n" + gimpLine("0 0 128 64 255 255") + "\n" + gimpLine("0 255 255 0") + "\n"
                + gimpLine("0 0 255 255") + "\n" + gimpLine("0 0 255 255") + "\n" + gimpLine("0 0 255 255") + "\n";
        assertTrue(LookupTable.isGimpCurves(file));
        assertFalse(LookupTable.needsSixteenBits(file));
        int[] red = LookupTable.gimpCurves(file, 1); // inverted, then the value curve
        assertEquals(255, red[0]);
        assertEquals(64, red[127]); // 127 -> 128 -> 64
        assertEquals(0, red[255]);
        int[] green = LookupTable.gimpCurves(file, 2); // identity, then the value curve
        assertEquals(32, green[64]);
        assertEquals(160, green[192]); // 64 + 191 * 64 / 127 = 160.25
    }

    @Test
    void corruptGimpCurvesAreMapServersErrors() {
        RasterDrawException shortFile = assertThrows(RasterDrawException.class,
                () -> LookupTable.gimpCurves("# GIMP Curves File\n0 0 255 255\n", 1));
        assertEquals("ParseGimpLUT(): GIMP curve file appears corrupt.", shortFile.getMessage());
        String badLine = "# GIMP Curves File\n0 0 255 255\n" + gimpLine("0 0 255 255") + "\n" + gimpLine("0 0 255 255")
                + "\n" + gimpLine("0 0 255 255") + "\n" + gimpLine("0 0 255 255") + "\n";
        RasterDrawException e = assertThrows(RasterDrawException.class, () -> LookupTable.gimpCurves(badLine, 1));
        assertEquals("LutFromGimpLine(): GIMP curve file appears corrupt.", e.getMessage());
    }
}
