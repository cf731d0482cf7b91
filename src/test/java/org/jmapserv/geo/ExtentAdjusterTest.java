package org.jmapserv.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ExtentAdjusterTest {

    @Test
    void growsTheShortAxisSymmetricallyToSquarePixels() {
        PixelGrid grid = ExtentAdjuster.adjust(new Rect(0, 0, 1000, 1000), 400, 300);
        double cell = 1000.0 / 299;
        assertEquals(cell, grid.cellsizeX(), 0);
        assertEquals(cell, grid.cellsizeY(), 0);
        assertEquals(0, grid.extent().minY(), 0);
        assertEquals(1000, grid.extent().maxY(), 0);
        assertEquals(-50 * cell, grid.extent().minX(), 1e-9);
        assertEquals(1000 + 50 * cell, grid.extent().maxX(), 1e-9);
        assertEquals(399 * cell, grid.extent().width(), 1e-9);
    }

    @Test
    void keepsAnExtentThatAlreadyFits() {
        PixelGrid grid = ExtentAdjuster.adjust(new Rect(0, 0, 399, 299), 400, 300);
        assertEquals(new Rect(0, 0, 399, 299), grid.extent());
        assertEquals(1.0, grid.cellsizeX(), 0);
    }

    @Test
    void onePixelImageLeavesExtentWithZeroCellsizeAsMapServer() {
        PixelGrid grid = ExtentAdjuster.adjust(new Rect(0, 0, 10, 10), 1, 300);
        assertEquals(new Rect(0, 0, 10, 10), grid.extent());
        assertEquals(0, grid.cellsizeX(), 0);
    }

    @Test
    void nonSquareKeepsExtentAndGivesEachAxisItsOwnCellsize() {
        PixelGrid grid = ExtentAdjuster.nonSquare(new Rect(0, 0, 1000, 1000), 401, 201);
        assertEquals(new Rect(0, 0, 1000, 1000), grid.extent());
        assertEquals(2.5, grid.cellsizeX(), 0);
        assertEquals(5.0, grid.cellsizeY(), 0);
    }
}
