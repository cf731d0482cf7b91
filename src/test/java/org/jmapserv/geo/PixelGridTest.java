package org.jmapserv.geo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PixelGridTest {

    private final PixelGrid grid = ExtentAdjuster.adjust(new Rect(100, 200, 499, 499), 400, 300);

    @Test
    void extentCornersMapToFirstAndLastPixelCentresWithoutHalfPixelOffset() {
        assertEquals(0.0, grid.toPixelX(100), 0);
        assertEquals(399.0, grid.toPixelX(499), 1e-12);
        assertEquals(0.0, grid.toPixelY(499), 0);
        assertEquals(299.0, grid.toPixelY(200), 1e-12);
    }

    @Test
    void multipliesByTheInverseCellsizeAsTheCCodeDoes() {
        PixelGrid odd = ExtentAdjuster.adjust(new Rect(0.1, 0.2, 7.3, 9.9), 97, 131);
        double x = 3.3333;
        assertEquals((x - odd.extent().minX()) * (1.0 / odd.cellsizeX()), odd.toPixelX(x), 0);
    }

    @Test
    void arrayTransformEqualsPointTransform() {
        double[] xy = {150.25, 300.5, 499, 200, 100, 499};
        grid.toPixels(xy, 0, 3);
        assertArrayEquals(new double[] {grid.toPixelX(150.25), grid.toPixelY(300.5), 399, 299, 0, 0}, xy, 1e-12);
    }

    @Test
    void pixelToWorldInvertsWorldToPixel() {
        assertEquals(123.5, grid.toWorldX(grid.toPixelX(123.5)), 1e-9);
        assertEquals(321.25, grid.toWorldY(grid.toPixelY(321.25)), 1e-9);
    }

    @Test
    void edgeBoundsAreHalfACellOutsideThePixelCentreExtent() {
        Rect edges = grid.edgeBounds();
        double half = grid.cellsizeX() / 2;
        assertEquals(grid.extent().minX() - half, edges.minX(), 0);
        assertEquals(grid.extent().maxY() + half, edges.maxY(), 0);
        assertEquals(400 * grid.cellsizeX(), edges.width(), 1e-9);
        assertEquals(300 * grid.cellsizeY(), edges.height(), 1e-9);
    }
}
