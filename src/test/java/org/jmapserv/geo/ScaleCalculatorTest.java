package org.jmapserv.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.jmapserv.mapfile.model.Units;
import org.junit.jupiter.api.Test;

/**
 * Reference values were measured with MapServer 8.0's map2img by bisecting a layer's MINSCALEDENOM until the
 * layer switched off; they cover msAdjustExtent and msCalculateScale together.
 */
class ScaleCalculatorTest {

    private static double mapScale(Rect extent, int w, int h, Units units) {
        PixelGrid grid = ExtentAdjuster.adjust(extent, w, h);
        return ScaleCalculator.scaleDenominator(grid.extent(), units, w, h, 72);
    }

    @Test
    void metreMapScaleMatchesMapServer() {
        assertEquals(9480.42541806, mapScale(new Rect(0, 0, 1000, 1000), 400, 300, Units.METERS), 1e-6);
    }

    @Test
    void worldDegreeMapScaleMatchesMapServer() {
        assertEquals(142097272.781955, mapScale(new Rect(-180, -90, 180, 90), 800, 400, Units.DD), 1e-3);
    }

    @Test
    void degreeScaleIgnoresLatitudeAsMapServerDoes() {
        assertEquals(631227.03006, mapScale(new Rect(10, 60, 11, 61), 500, 500, Units.DD), 1e-4);
        assertEquals(mapScale(new Rect(10, 0, 11, 1), 500, 500, Units.DD),
                mapScale(new Rect(10, 60, 11, 61), 500, 500, Units.DD), 1e-9);
    }

    @Test
    void pixelUnitsHaveNoScale() {
        assertEquals(ScaleCalculator.NO_SCALE,
                ScaleCalculator.scaleDenominator(new Rect(0, 0, 10, 10), Units.PIXELS, 10, 10, 72));
    }

    @Test
    void invalidExtentIsReportedWithMapServersMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ScaleCalculator.scaleDenominator(new Rect(5, 0, 5, 10), Units.METERS, 10, 10, 72));
        assertEquals("Invalid image extent, minx=5.000000, miny=0.000000, maxx=5.000000, maxy=10.000000.",
                e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> ScaleCalculator.scaleDenominator(new Rect(0, 0, 5, 10), Units.METERS, 0, 10, 72));
    }

    @Test
    void cellsizeIsTheLargerPixelCentreSpacing() {
        assertEquals(1000.0 / 299, ScaleCalculator.cellsize(new Rect(0, 0, 1000, 1000), 400, 300), 0);
    }
}
