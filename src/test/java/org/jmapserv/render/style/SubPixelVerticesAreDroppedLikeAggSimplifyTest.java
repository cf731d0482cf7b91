package org.jmapserv.render.style;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jmapserv.data.ShapeGeometry;
import org.jmapserv.data.ShapeKind;
import org.jmapserv.geo.PixelGrid;
import org.jmapserv.geo.Rect;
import org.junit.jupiter.api.Test;

class SubPixelVerticesAreDroppedLikeAggSimplifyTest {

    /** 1 map unit = 1 pixel; world y = 100 is pixel row 0. */
    private static final PixelGrid GRID = new PixelGrid(new Rect(0, 0, 100, 100), 101, 101, 1, 1);

    @Test
    void lineKeepsFirstAndLastAndDropsVerticesWithinAPixelOfTheLastKeptOne() {
        ShapeGeometry g = ShapeGeometry.of(ShapeKind.LINE, new int[] {0},
                new double[] {0, 100, 0.5, 100, 0.9, 100, 2, 100, 2.3, 100});
        PixelShape px = PixelSimplifier.simplify(g, GRID);
        assertArrayEquals(new double[] {0, 0, 2, 0, 2.3, 0}, px.xy(), 1e-12);
    }

    @Test
    void lineThatCollapsesToOnePointVanishes() {
        ShapeGeometry g = ShapeGeometry.of(ShapeKind.LINE, new int[] {0}, new double[] {5, 5, 5, 5});
        assertTrue(PixelSimplifier.simplify(g, GRID).isEmpty());
    }

    @Test
    void polygonRingKeepsItsFirstTwoAndLastTwoPoints() {
        double[] ring = {0, 100, 0.1, 100, 0.2, 100, 0.3, 100, 5, 95, 0, 99.9, 0, 100};
        PixelShape px = PixelSimplifier.simplify(ShapeGeometry.of(ShapeKind.POLYGON, new int[] {0}, ring), GRID);
        // 0.2 and 0.3 are within a pixel of (0.1, 0): dropped; (5, 5) kept; last two always kept
        assertArrayEquals(new double[] {0, 0, 0.1, 0, 5, 5, 0, 0.1, 0, 0}, px.xy(), 1e-9);
    }

    @Test
    void ringsWithFewerThanFourPointsAreDroppedButOtherPartsStay() {
        double[] xy = {0, 0, 1, 1, 0, 0, 10, 10, 20, 10, 20, 20, 10, 10};
        PixelShape px = PixelSimplifier.simplify(ShapeGeometry.of(ShapeKind.POLYGON, new int[] {0, 3}, xy), GRID);
        assertEquals(1, px.partCount());
        assertEquals(4, px.pointCount());
        assertEquals(10, px.x(0), 1e-12);
    }
}
