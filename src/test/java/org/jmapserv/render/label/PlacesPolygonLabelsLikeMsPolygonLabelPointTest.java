package org.jmapserv.render.label;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.jmapserv.data.ShapeKind;
import org.jmapserv.render.style.PixelShape;
import org.junit.jupiter.api.Test;

class PlacesPolygonLabelsLikeMsPolygonLabelPointTest {

    private static PixelShape polygon(double[]... rings) {
        int n = 0;
        for (double[] r : rings) {
            n += r.length;
        }
        double[] xy = new double[n];
        int[] starts = new int[rings.length];
        int k = 0;
        for (int i = 0; i < rings.length; i++) {
            starts[i] = k / 2;
            System.arraycopy(rings[i], 0, xy, k, rings[i].length);
            k += rings[i].length;
        }
        return new PixelShape(ShapeKind.POLYGON, starts, xy);
    }

    private static double[] square(double x0, double y0, double size) {
        return new double[] {x0, y0, x0 + size, y0, x0 + size, y0 + size, x0, y0 + size, x0, y0};
    }

    @Test
    void keepsTheCentreOfGravityWellInsideAConvexPolygon() {
        assertArrayEquals(new double[] {50, 30}, PolygonLabelPoint.of(polygon(square(0, -20, 100))), 1e-9);
    }

    @Test
    void putsTheLabelAboveAHoleInTheMiddleOnAVerticalScanLine() {
        double[] p = PolygonLabelPoint.of(polygon(square(0, 0, 120), square(40, 40, 40)));
        assertArrayEquals(new double[] {60, 20}, p, 1e-9);
    }

    @Test
    void labelsAMultipolygonInItsLargestPart() {
        double[] p = PolygonLabelPoint.of(polygon(square(0, 0, 10), square(50, 50, 60)));
        assertArrayEquals(new double[] {80, 80}, p, 1e-9);
    }

    @Test
    void givesNoPointForADegenerateRing() {
        assertNull(PolygonLabelPoint.of(polygon(new double[] {0, 0, 10, 10, 0, 0})));
    }
}
