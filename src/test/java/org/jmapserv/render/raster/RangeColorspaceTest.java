package org.jmapserv.render.raster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jmapserv.mapfile.model.Color;
import org.jmapserv.mapfile.model.StyleDef;
import org.junit.jupiter.api.Test;

/** PROCESSING "RANGE_COLORSPACE": msValueToRange's RGB and HSL ramps, hand-computed. */
class RangeColorspaceTest {

    private static StyleDef ramp(Color lo, Color hi) {
        StyleDef.Builder b = new StyleDef.Builder();
        b.minColor = lo;
        b.maxColor = hi;
        b.minValue = 0;
        b.maxValue = 100;
        return b.build();
    }

    @Test
    void hslRampGoesRoundTheHueCircleWhereRgbGoesThroughGrey() {
        StyleDef redToBlue = ramp(Color.rgb(255, 0, 0), Color.rgb(0, 0, 255));
        // hue 0 -> 2/3: half way is hue 1/3, pure green at full saturation
        assertArrayEquals(new int[] {0, 255, 0, 255}, RangeColorspace.HSL.valueToRange(redToBlue, 50));
        assertArrayEquals(new int[] {127, 0, 127, 255}, RangeColorspace.RGB.valueToRange(redToBlue, 50));
        assertArrayEquals(new int[] {255, 0, 0, 255}, RangeColorspace.HSL.valueToRange(redToBlue, 0));
    }

    @Test
    void theRampsAlphaIsMixedInBothSpaces() {
        // COLORRANGE "#0000ff00" "#0000ffff": msValueToRange mixes the alpha of the ends too (heat maps fade in)
        StyleDef fade = ramp(new Color(0, 0, 255, 0), new Color(0, 0, 255, 255));
        assertEquals(127, RangeColorspace.RGB.valueToRange(fade, 50)[3]);
        assertEquals(127, RangeColorspace.HSL.valueToRange(fade, 50)[3]);
        assertEquals(0, RangeColorspace.HSL.valueToRange(fade, 0)[3]);
    }

    @Test
    void hslRoundTripOfGreysAndColours() {
        assertArrayEquals(new double[] {0, 0, 0.5019607843137255}, RangeColorspace.toHsl(128, 128, 128), 1e-12);
        double[] hsl = RangeColorspace.toHsl(40, 200, 40);
        assertEquals(1.0 / 3, hsl[0], 1e-12);
        int[] back = RangeColorspace.toRgb(hsl[0], hsl[1], hsl[2]);
        // msHSLtoRGB truncates: a channel may come back one unit low, never high
        assertTrue(back[1] == 200 || back[1] == 199);
        assertTrue(back[0] == 40 || back[0] == 39);
    }

    @Test
    void rgbIsTheDefaultAndUnknownNamesAreMapServersError() throws Exception {
        assertEquals(RangeColorspace.RGB, RangeColorspace.of(new RasterProcessing(List.of())));
        assertEquals(RangeColorspace.HSL, RangeColorspace.of(new RasterProcessing(List.of("RANGE_COLORSPACE=hsl"))));
        RasterDrawException e = assertThrows(RasterDrawException.class,
                () -> RangeColorspace.of(new RasterProcessing(List.of("RANGE_COLORSPACE=LAB"))));
        assertEquals("drawGDAL(): Unknown RANGE_COLORSPACE \"LAB\", expecting RGB or HSL", e.getMessage());
    }
}
