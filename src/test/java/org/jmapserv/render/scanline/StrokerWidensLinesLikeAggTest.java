package org.jmapserv.render.scanline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StrokerWidensLinesLikeAggTest {

    private static CoverageGrid stroke(int w, int h, StrokeStyle style, double... xy) {
        CellRasterizer r = new CellRasterizer();
        r.reset(w, h);
        Stroker s = new Stroker();
        s.begin();
        for (int i = 0; i < xy.length; i += 2) {
            s.add(xy[i], xy[i + 1]);
        }
        s.end(false, style, r);
        return CoverageGrid.sweep(r, w, h, false);
    }

    private static StrokeStyle style(double width, StrokeStyle.Cap cap, StrokeStyle.Join join) {
        return new StrokeStyle(width, cap, join, StrokeStyle.InnerJoin.MITER, StrokeStyle.DEFAULT_MITER_LIMIT);
    }

    @Test
    void aHorizontalLineOfWidthFourCoversExactlyFourRows() {
        CoverageGrid g = stroke(30, 20, style(4, StrokeStyle.Cap.BUTT, StrokeStyle.Join.MITER), 5, 10, 25, 10);
        for (int y = 0; y < 20; y++) {
            assertEquals(y >= 8 && y < 12 ? 255 : 0, g.at(15, y), "row " + y);
        }
        assertEquals(0, g.at(4, 10), "butt cap ends at the vertex");
        assertEquals(255, g.at(5, 10));
        assertEquals(255, g.at(24, 10));
        assertEquals(0, g.at(25, 10));
    }

    @Test
    void aSquareCapExtendsTheLineByHalfItsWidth() {
        CoverageGrid g = stroke(30, 20, style(4, StrokeStyle.Cap.SQUARE, StrokeStyle.Join.MITER), 5, 10, 25, 10);
        assertEquals(255, g.at(3, 10));
        assertEquals(0, g.at(2, 10));
        assertEquals(255, g.at(26, 10));
        assertEquals(0, g.at(27, 10));
    }

    @Test
    void aRoundCapIsAHalfDiscOfHalfTheWidth() {
        CoverageGrid g = stroke(40, 30, style(10, StrokeStyle.Cap.ROUND, StrokeStyle.Join.ROUND), 20, 15, 30, 15);
        assertEquals(255, g.at(16, 14), "inside the disc left of the start");
        assertEquals(0, g.at(15, 10), "the disc's corner square stays empty");
        assertEquals(0, g.at(14, 15), "beyond the radius");
    }

    @Test
    void aMiterJoinFillsTheOuterCornerWhereABevelCutsItOff() {
        double[] corner = {5, 20, 20, 20, 20, 5};
        CoverageGrid miter = stroke(30, 30, style(6, StrokeStyle.Cap.BUTT, StrokeStyle.Join.MITER), corner);
        CoverageGrid bevel = stroke(30, 30, style(6, StrokeStyle.Cap.BUTT, StrokeStyle.Join.BEVEL), corner);
        // the outer corner of the right angle is at (23, 23)
        assertEquals(255, miter.at(22, 22));
        assertTrue(bevel.at(22, 22) < 64, "bevel leaves the corner pixel nearly empty: " + bevel.at(22, 22));
        assertEquals(255, bevel.at(20, 20), "both cover the vertex");
    }

    @Test
    void aSharpMiterBeyondTheLimitIsCutBackToTheLimit() {
        // a 10 degree spike: the miter would reach ~11.5 half-widths out, the limit is 4
        double a = Math.toRadians(10);
        double[] spike = {10, 50, 60, 50, 60 - 50 * Math.cos(a), 50 - 50 * Math.sin(a)};
        CoverageGrid g = stroke(100, 100, style(4, StrokeStyle.Cap.BUTT, StrokeStyle.Join.MITER), spike);
        assertEquals(0, g.at(73, 49), "no coverage 13 px beyond the vertex");
        assertTrue(g.at(62, 50) > 0, "the cut miter still reaches past the vertex");
    }

    @Test
    void mapServerStrokesThinLinesWithButtCapsAndBevelJoins() {
        StrokeStyle thin = StrokeStyle.mapServerLine(1, StrokeStyle.Cap.ROUND, StrokeStyle.Join.ROUND);
        assertEquals(StrokeStyle.Cap.BUTT, thin.cap());
        assertEquals(StrokeStyle.Join.BEVEL, thin.join());
        StrokeStyle wide = StrokeStyle.mapServerLine(3, StrokeStyle.Cap.ROUND, StrokeStyle.Join.MITER);
        assertEquals(StrokeStyle.Cap.ROUND, wide.cap());
        assertEquals(StrokeStyle.Join.MITER, wide.join());
    }

    @Test
    void aLineOfOneDistinctVertexDrawsNothing() {
        CoverageGrid g = stroke(10, 10, style(4, StrokeStyle.Cap.ROUND, StrokeStyle.Join.ROUND), 5, 5, 5, 5);
        assertTrue(java.util.Arrays.stream(g.cover).allMatch(c -> c == 0));
    }
}
