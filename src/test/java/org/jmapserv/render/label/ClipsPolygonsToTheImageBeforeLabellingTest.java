package org.jmapserv.render.label;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jmapserv.data.ShapeKind;
import org.jmapserv.render.style.PixelShape;
import org.junit.jupiter.api.Test;

/** msDrawShape clips a polygon to the image (plus a buffer) before msPolygonLabelPoint sees it. */
class ClipsPolygonsToTheImageBeforeLabellingTest {

    private static PixelShape square(double x0, double y0, double size) {
        return new PixelShape(ShapeKind.POLYGON, new int[] {0},
                new double[] {x0, y0, x0 + size, y0, x0 + size, y0 + size, x0, y0 + size, x0, y0});
    }

    @Test
    void aPolygonReachingOutOfTheImageIsLabelledInItsVisiblePart() {
        // 200 px square, only its right 50 px visible in a 100 px wide image
        PixelShape clipped = PolygonClipper.clip(square(-150, 0, 200), -4, -4, 104, 104);
        double[] p = PolygonLabelPoint.of(clipped);
        assertArrayEquals(new double[] {23, 52}, p, 1e-9);
    }

    @Test
    void aPolygonInsideTheRectangleIsLeftAsItIs() {
        PixelShape sq = square(10, 10, 20);
        assertArrayEquals(sq.xy(), PolygonClipper.clip(sq, 0, 0, 100, 100).xy(), 1e-12);
    }

    @Test
    void ringsEntirelyOutsideAreDropped() {
        PixelShape outside = square(200, 200, 10);
        assertTrue(PolygonClipper.clip(outside, 0, 0, 100, 100).isEmpty());
        assertEquals(0, PolygonClipper.clip(outside, 0, 0, 100, 100).partCount());
    }
}
