package org.jmapserv.data.contour;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * GDALContourGenerate's line rules (GDAL 3.6 marching squares), on grids small enough to work out by hand; the
 * samples 192-194 check the same code against MapServer 8.0's images.
 */
class TracesContoursLikeGdalMarchingSquaresTest {

    // Expected lines are GDAL 3.6.2's own (Debian's python3-gdal: gdal.ContourGenerateEx on a MEM band with the
    // geotransform 0,1,0,0,0,1, so coordinates are pixel/line positions), printed with %.17g and rounded here.

    @Test
    void aPeakGivesTheRingOfEachLevelInGdalsOrder() {
        double[] grid = {
            0, 0, 0,
            0, 10, 0,
            0, 0, 0};
        List<ContourTracer.Line> lines = ContourTracer.trace(grid, 3, 3, false, 0, ContourLevels.interval(0, 5));
        // 5.0 LINESTRING (2.00000009999998 1.5,1.5 2.00000009999998,0.99999990000002 1.5,1.5 0.99999990000002,...)
        // 10.0 LINESTRING (1.50000009999998 1.5,1.5 1.50000009999998,1.49999990000002 1.5,...): the peak itself,
        // nudged 1e-6 above the level, leaves a tiny ring
        assertEquals(2, lines.size());
        assertLine(lines.get(0), 1, 2.00000009999998, 1.5, 1.5, 2.00000009999998, 0.99999990000002, 1.5, 1.5,
                0.99999990000002, 2.00000009999998, 1.5);
        assertLine(lines.get(1), 2, 1.50000009999998, 1.5, 1.5, 1.50000009999998, 1.49999990000002, 1.5, 1.5,
                1.49999990000002, 1.50000009999998, 1.5);
    }

    @Test
    void linesRunOnHalfAPixelPastTheLastValuesAtTheEdgeAndAroundNodata() {
        double[] grid = {
            0, 10, 20, 30,
            0, 10, 20, 30,
            0, 10, -9, 30};
        List<ContourTracer.Line> lines = ContourTracer.trace(grid, 4, 3, true, -9, ContourLevels.fixed(
                new double[] {15}));
        // FIXED_LEVELS=15 NODATA=-9: LINESTRING (2.125 2.0,2.0 1.50000029999982,1.99999990000002 1.5,
        // 1.99999990000002 0.5,1.99999990000002 0.0)
        assertEquals(1, lines.size());
        assertLine(lines.get(0), 0, 2.125, 2.0, 2.0, 1.50000029999982, 1.99999990000002, 1.5, 1.99999990000002, 0.5,
                1.99999990000002, 0.0);
    }

    @Test
    void aRampGivesOneLinePerLevelFromEdgeToEdge() {
        double[] grid = new double[5 * 4];
        for (int i = 0; i < grid.length; i++) {
            grid[i] = (i % 5) * 10;
        }
        List<ContourTracer.Line> lines = ContourTracer.trace(grid, 5, 4, false, 0, ContourLevels.interval(0, 10));
        // LEVEL_INTERVAL=10: 10.0 LINESTRING (1.49999990000002 4.0,1.49999990000002 3.5,...,1.49999990000002 0.0),
        // then 20, 30 and 40 (the last column's values, nudged above 40); nothing at 0
        assertEquals(4, lines.size());
        for (int k = 0; k < 4; k++) {
            double x = 1.49999990000002 + k;
            assertLine(lines.get(k), k + 1, x, 4.0, x, 3.5, x, 2.5, x, 1.5, x, 0.5, x, 0.0);
        }
    }

    private static void assertLine(ContourTracer.Line line, int level, double... xy) {
        assertEquals(level, line.levelIndex());
        assertArrayEquals(xy, line.xy(), 1e-12);
    }

    @Test
    void aValueOnALevelIsNudgedAboveIt() {
        double[] grid = {
            10, 10,
            10, 10};
        assertEquals(0, ContourTracer.trace(grid, 2, 2, false, 0, ContourLevels.interval(0, 10)).size());
        assertEquals(10 + 1e-6, ContourLevels.fudge(10, 10), 0);
        assertEquals(10.5, ContourLevels.fudge(10, 10.5), 0);
    }

    @Test
    void levelRangesAreHalfOpenAndBounded() {
        assertArrayEquals(new int[] {1, 3}, ContourLevels.interval(0, 10).range(5, 25));
        assertArrayEquals(new int[] {3, 3}, ContourLevels.interval(0, 10).range(20, 25)); // 20 is fudged above 20
        assertArrayEquals(new int[] {1, 2}, ContourLevels.fixed(new double[] {0, 7, 100}).range(5, 25));
        ContourException e = assertThrows(ContourException.class,
                () -> ContourLevels.interval(0, 1e-9).range(0, 1000));
        assertEquals(ContourLevels.TOO_MANY, e.getMessage());
    }

    @Test
    void scaleDependentOptionsAreChosenAsMsContourGetOption() {
        ContourOptions o = new ContourOptions(List.of("CONTOUR_INTERVAL=100", "contour_interval=0,20000:50",
                "CONTOUR_INTERVAL=20000,0:250", "BANDS=2,3", "CONTOUR_LEVELS=1, 2.5,abc"));
        assertEquals(50, o.interval(10000));
        assertEquals(50, o.interval(20000)); // maximum inclusive
        assertEquals(250, o.interval(20001)); // minimum exclusive
        assertEquals(50, o.interval(Double.NaN)); // scale unknown: the first ranged form
        assertEquals(100, new ContourOptions(List.of("CONTOUR_INTERVAL=100", "CONTOUR_INTERVAL=0,10:5"))
                .interval(50));
        assertEquals(1, new ContourOptions(List.of()).interval(1));
        assertEquals(2, o.band());
        assertArrayEquals(new double[] {1, 2.5, 0}, o.levels(1), 0); // atof("abc") is 0
    }
}
