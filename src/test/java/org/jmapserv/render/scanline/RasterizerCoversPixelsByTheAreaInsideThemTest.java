package org.jmapserv.render.scanline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RasterizerCoversPixelsByTheAreaInsideThemTest {

    private static void rect(CellRasterizer r, double x0, double y0, double x1, double y1) {
        r.moveTo(x0, y0);
        r.lineTo(x1, y0);
        r.lineTo(x1, y1);
        r.lineTo(x0, y1);
        r.closePath();
    }

    @Test
    void aPixelAlignedSquareIsFullyCoveredAndNothingAroundIt() {
        CellRasterizer r = new CellRasterizer();
        r.reset(10, 10);
        rect(r, 2, 3, 6, 7);
        CoverageGrid g = CoverageGrid.sweep(r, 10, 10, false);
        for (int y = 0; y < 10; y++) {
            for (int x = 0; x < 10; x++) {
                boolean inside = x >= 2 && x < 6 && y >= 3 && y < 7;
                assertEquals(inside ? 255 : 0, g.at(x, y), "pixel " + x + "," + y);
            }
        }
    }

    @Test
    void aRectangleAtAHalfPixelOffsetGivesHalfCoverageOnItsEdgesAndAQuarterInItsCorners() {
        CellRasterizer r = new CellRasterizer();
        r.reset(10, 10);
        rect(r, 2.5, 2.5, 6.5, 6.5);
        CoverageGrid g = CoverageGrid.sweep(r, 10, 10, false);
        assertEquals(255, g.at(4, 4));
        assertEquals(128, g.at(2, 4), "left edge");
        assertEquals(128, g.at(6, 4), "right edge");
        assertEquals(128, g.at(4, 2), "top edge");
        assertEquals(128, g.at(4, 6), "bottom edge");
        assertEquals(64, g.at(2, 2), "corner");
        assertEquals(0, g.at(1, 4));
        assertEquals(0, g.at(7, 4));
    }

    @Test
    void aLargeShapeSweptFromTheSortedCellListCoversLikeASmallOne() {
        CellRasterizer r = new CellRasterizer();
        r.reset(160, 130);
        rect(r, 2.5, 2.5, 150.5, 120.5); // far more than the dense grid's 4096 cells
        rect(r, 40, 40, 60, 60); // a hole, even-odd
        CoverageGrid g = CoverageGrid.sweep(r, 160, 130, true);
        assertEquals(255, g.at(100, 100));
        assertEquals(128, g.at(2, 60), "left edge");
        assertEquals(128, g.at(150, 60), "right edge");
        assertEquals(128, g.at(80, 120), "bottom edge");
        assertEquals(64, g.at(150, 120), "corner");
        assertEquals(0, g.at(50, 50), "hole");
        assertEquals(0, g.at(151, 60));
    }

    @Test
    void evenOddLeavesAHoleWhereNonzeroFillsARingOfTheSameDirection() {
        for (boolean evenOdd : new boolean[] {true, false}) {
            CellRasterizer r = new CellRasterizer();
            r.reset(12, 12);
            rect(r, 1, 1, 11, 11);
            rect(r, 4, 4, 8, 8); // same winding as the outer ring
            CoverageGrid g = CoverageGrid.sweep(r, 12, 12, evenOdd);
            assertEquals(255, g.at(2, 2));
            assertEquals(evenOdd ? 0 : 255, g.at(5, 5), "inside the inner ring, evenOdd=" + evenOdd);
        }
    }

    @Test
    void nonzeroCutsAHoleForARingOfOppositeDirection() {
        CellRasterizer r = new CellRasterizer();
        r.reset(12, 12);
        rect(r, 1, 1, 11, 11);
        r.moveTo(4, 4);
        r.lineTo(4, 8);
        r.lineTo(8, 8);
        r.lineTo(8, 4);
        r.closePath();
        CoverageGrid g = CoverageGrid.sweep(r, 12, 12, false);
        assertEquals(0, g.at(5, 5));
        assertEquals(255, g.at(2, 5));
    }

    @Test
    void hugeCoordinatesAreClippedToTheImageAndStillCoverIt() {
        CellRasterizer r = new CellRasterizer();
        r.reset(64, 48);
        rect(r, -1e12, -3e11, 5e13, 7e12);
        CoverageGrid g = CoverageGrid.sweep(r, 64, 48, false);
        for (int i = 0; i < g.cover.length; i++) {
            assertEquals(255, g.cover[i], "pixel " + i);
        }
        // a triangle whose edge crosses the image from far away keeps its exact edge inside
        r.reset(64, 48);
        r.moveTo(-1e9, -1e9);
        r.lineTo(1e9, 1e9);
        r.lineTo(-1e9, 1e9);
        r.closePath();
        g = CoverageGrid.sweep(r, 64, 48, false);
        assertEquals(255, g.at(3, 20), "below the diagonal");
        assertEquals(0, g.at(20, 3), "above the diagonal");
        assertEquals(128, g.at(10, 10), "on the diagonal");
    }

    @Test
    void nothingOutsideTheImageIsReportedAndTheRasterizerCanBeReused() {
        CellRasterizer r = new CellRasterizer();
        r.reset(8, 8);
        rect(r, 20, 20, 30, 30);
        CoverageGrid g = CoverageGrid.sweep(r, 8, 8, false);
        assertTrue(java.util.Arrays.stream(g.cover).allMatch(c -> c == 0));
        r.reset(8, 8);
        rect(r, 0, 0, 8, 8);
        g = CoverageGrid.sweep(r, 8, 8, false);
        assertTrue(java.util.Arrays.stream(g.cover).allMatch(c -> c == 255));
    }

    @Test
    void linearGammaDrawsCoverageAtOrAboveItsEndAsFull() {
        CoverageGamma gamma = CoverageGamma.linear(0.75);
        assertEquals(255, gamma.apply(255));
        assertEquals(255, gamma.apply(192));
        assertEquals((int) (128 / 255.0 / 0.75 * 255 + 0.5), gamma.apply(128));
        assertEquals(0, gamma.apply(0));
        assertEquals(100, CoverageGamma.linear(1.5).apply(100), "outside (0, 1): no gamma, as MapServer");
    }
}
