package org.jmapserv.render.style;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.jmapserv.data.ShapeGeometry;
import org.jmapserv.data.ShapeKind;
import org.junit.jupiter.api.Test;

class LinesAreCutAtTheClipRectangleLikeMsClipPolylineRectTest {

    private static ShapeGeometry line(double... xy) {
        return ShapeGeometry.of(ShapeKind.LINE, new int[] {0}, xy);
    }

    @Test
    void aLineInsideIsLeftAlone() {
        ShapeGeometry g = line(1, 1, 5, 5, 9, 1);
        assertSame(g, PolylineClipper.clip(g, 0, 0, 10, 10));
    }

    @Test
    void aLineLeavingAndComingBackBecomesTwoPartsStartingOnTheBorder() {
        ShapeGeometry g = PolylineClipper.clip(line(-5, 5, 5, 5, 15, 5, 15, 8, 5, 8), 0, 0, 10, 10);
        assertArrayEquals(new int[] {0, 3}, g.partStarts());
        assertArrayEquals(new double[] {0, 5, 5, 5, 10, 5, 10, 8, 5, 8}, g.coordinates(), 1e-12);
    }

    @Test
    void aLineWhollyOutsideLeavesNothing() {
        assertNull(PolylineClipper.clip(line(20, 20, 30, 25), 0, 0, 10, 10));
        assertNull(PolylineClipper.clip(line(12, -5, 12, 15), 0, 0, 10, 10), "vertical, right of the box");
    }

    @Test
    void polygonsAreNotCutHere() {
        ShapeGeometry ring = ShapeGeometry.of(ShapeKind.POLYGON, new int[] {0}, new double[] {-5, -5, 5, -5, 5, 5, -5, -5});
        assertSame(ring, PolylineClipper.clip(ring, 0, 0, 10, 10));
    }
}
