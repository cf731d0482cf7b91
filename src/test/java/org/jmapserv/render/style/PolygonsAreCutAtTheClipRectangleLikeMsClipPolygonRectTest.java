package org.jmapserv.render.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.jmapserv.data.ShapeGeometry;
import org.jmapserv.data.ShapeKind;
import org.junit.jupiter.api.Test;

class PolygonsAreCutAtTheClipRectangleLikeMsClipPolygonRectTest {

    private static ShapeGeometry ring(double... xy) {
        return ShapeGeometry.of(ShapeKind.POLYGON, new int[] {0}, xy);
    }

    private static double area(ShapeGeometry g) {
        double a = 0;
        for (int p = 0; p < g.partCount(); p++) {
            for (int i = g.partStart(p); i + 1 < g.partEnd(p); i++) {
                a += g.x(i) * g.y(i + 1) - g.x(i + 1) * g.y(i);
            }
        }
        return Math.abs(a) / 2;
    }

    @Test
    void aRingInsideIsLeftAlone() {
        ShapeGeometry g = ring(1, 1, 5, 1, 5, 5, 1, 1);
        assertSame(g, PolygonClipper.clip(g, 0, 0, 10, 10));
    }

    @Test
    void aRingCrossingTheBorderKeepsTheAreaInsideAndStartsAtItsSecondVertex() {
        // square 5..15 x 2..8 clipped at x = 10: half of it stays
        ShapeGeometry g = PolygonClipper.clip(ring(5, 2, 15, 2, 15, 8, 5, 8, 5, 2), 0, 0, 10, 10);
        assertEquals(30, area(g), 1e-9);
        assertEquals(10, g.x(0), 1e-12, "the first kept edge 5,2 -> 15,2 ends on the border");
        assertEquals(2, g.y(0), 1e-12);
        int last = g.pointCount() - 1;
        assertEquals(g.x(0), g.x(last), 0, "closed again on its first point");
        assertEquals(g.y(0), g.y(last), 0);
    }

    @Test
    void aRingAroundTheWholeRectangleBecomesTheRectangle() {
        ShapeGeometry g = PolygonClipper.clip(ring(-5, -5, 20, -5, 20, 20, -5, 20, -5, -5), 0, 0, 10, 10);
        assertEquals(100, area(g), 1e-9);
    }

    @Test
    void aRingWhollyOutsideLeavesNothing() {
        assertNull(PolygonClipper.clip(ring(20, 20, 30, 20, 30, 30, 20, 20), 0, 0, 10, 10));
    }
}
