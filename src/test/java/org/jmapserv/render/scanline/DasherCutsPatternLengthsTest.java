package org.jmapserv.render.scanline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class DasherCutsPatternLengthsTest {

    /** Records the x extent of every polygon it receives. */
    private static final class Extents implements PathSink {
        final List<double[]> polygons = new ArrayList<>();
        private double[] current;

        @Override
        public void moveTo(double x, double y) {
            current = new double[] {x, x};
            polygons.add(current);
        }

        @Override
        public void lineTo(double x, double y) {
            current[0] = Math.min(current[0], x);
            current[1] = Math.max(current[1], x);
        }

        @Override
        public void closePath() {
        }
    }

    private static final StrokeStyle BUTT = new StrokeStyle(2, StrokeStyle.Cap.BUTT, StrokeStyle.Join.MITER,
            StrokeStyle.InnerJoin.MITER, StrokeStyle.DEFAULT_MITER_LIMIT);

    private static List<double[]> dash(double[] pattern, double start, double... xy) {
        Dasher d = new Dasher();
        d.begin();
        for (int i = 0; i < xy.length; i += 2) {
            d.add(xy[i], xy[i + 1]);
        }
        Extents e = new Extents();
        d.end(pattern, start, new Stroker(), BUTT, e);
        return e.polygons;
    }

    @Test
    void dashesAndGapsAlternateWithTheirLengthsAlongTheLine() {
        List<double[]> p = dash(new double[] {10, 5}, 0, 0, 0, 52, 0);
        assertEquals(4, p.size());
        assertArrayEquals(new double[] {0, 10}, p.get(0), 1e-9);
        assertArrayEquals(new double[] {15, 25}, p.get(1), 1e-9);
        assertArrayEquals(new double[] {30, 40}, p.get(2), 1e-9);
        assertArrayEquals(new double[] {45, 52}, p.get(3), 1e-9, "the last dash stops at the line's end");
    }

    @Test
    void thePatternRunsOnAcrossVertices() {
        // two segments of 7 and 13: dash 10 spans the vertex at x = 7
        List<double[]> p = dash(new double[] {10, 5}, 0, 0, 0, 7, 0, 20, 0);
        assertEquals(2, p.size());
        assertArrayEquals(new double[] {0, 10}, p.get(0), 1e-9);
        assertArrayEquals(new double[] {15, 20}, p.get(1), 1e-9);
    }

    @Test
    void aStartOffsetShiftsThePattern() {
        List<double[]> p = dash(new double[] {10, 5}, 12, 0, 0, 30, 0);
        assertArrayEquals(new double[] {3, 13}, p.get(0), 1e-9, "starts 2 px before the end of the first gap");
    }

    @Test
    void mapServerRoundsPatternLengthsToWholePixelsOfAtLeastOne() {
        assertArrayEquals(new double[] {5, 1, 3, 2}, Dasher.mapServerPattern(new double[] {4.6, 0.2, 2.5, 2.4}));
        assertArrayEquals(new double[] {4, 2}, Dasher.mapServerPattern(new double[] {4, 2, 7}),
                "an odd last length is dropped");
    }
}
