package org.jmapserv.render.label;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * clipLine moves only the ends of a segment that lie outside the rectangle: a line wholly inside comes back as
 * one part with its own coordinates, even where x0 + 1 * (x1 - x0) is not x1 in floating point (a split there
 * made the label of a contour line sit on the shorter, wrong part).
 */
class KeepsInsideLineEndsExactWhenClippingTest {

    @Test
    void keepsALineInsideTheRectangleAsOnePartWithItsOwnPoints() {
        // 3.7375 + (1.2458333333333333 - 3.7375) == 1.2458333333333336: the join would be lost
        double[] xy = {263.868055555553, 6.229166666666667, 263.46709770114956, 3.7375, 263.36972222221965,
            1.2458333333333333, 263.36972222221965, 0.0};
        List<double[]> parts = LineClipper.clip(xy, 0, 4, -2, -2, 402, 302);
        assertEquals(1, parts.size());
        assertArrayEquals(xy, parts.get(0));
    }

    @Test
    void stillCutsWhereTheLineLeavesTheRectangle() {
        double[] xy = {10, 10, 10, -10, 20, -10, 20, 10};
        List<double[]> parts = LineClipper.clip(xy, 0, 4, -2, -2, 402, 302);
        assertEquals(2, parts.size());
        assertArrayEquals(new double[] {10, 10, 10, -2}, parts.get(0), 1e-12);
        assertArrayEquals(new double[] {20, -2, 20, 10}, parts.get(1), 1e-12);
    }
}
