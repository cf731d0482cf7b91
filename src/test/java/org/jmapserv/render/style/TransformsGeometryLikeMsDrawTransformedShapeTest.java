package org.jmapserv.render.style;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;

import org.jmapserv.data.ShapeKind;
import org.jmapserv.mapfile.model.Color;
import org.jmapserv.mapfile.model.LineCap;
import org.jmapserv.mapfile.model.LineJoin;
import org.junit.jupiter.api.Test;

/** GEOMTRANSFORM "centroid" and "bbox" as msDrawTransformedShape computes them on the pixel shape. */
class TransformsGeometryLikeMsDrawTransformedShapeTest {

    private static StyleValues style(double width, double size) {
        return new StyleValues(Color.BLACK, Color.UNSET, width, 0, size, 0, false, 0, 0, 0, 0, List.of(),
                LineCap.ROUND, LineJoin.ROUND, null, "bbox");
    }

    @Test
    void centroidWeighsEdgesByLengthNotArea() {
        // an L-shaped ring: its area centroid is (13.57, 13.57); the length-weighted edge midpoints give 14.375
        PixelShape l = new PixelShape(ShapeKind.POLYGON, new int[] {0},
                new double[] {0, 0, 40, 0, 40, 10, 10, 10, 10, 40, 0, 40, 0, 0});
        double[] c = FeaturePainter.perimeterCentroid(l);
        // edges: 40 @ (20,0), 10 @ (40,5), 30 @ (25,10), 30 @ (10,25), 10 @ (5,40), 40 @ (0,20); total 160
        assertArrayEquals(new double[] {2300.0 / 160, 2300.0 / 160}, c, 1e-9);
    }

    @Test
    void centroidOfASquareIsItsMiddle() {
        PixelShape sq = new PixelShape(ShapeKind.POLYGON, new int[] {0},
                new double[] {10, 10, 30, 10, 30, 30, 10, 30, 10, 10});
        assertArrayEquals(new double[] {20, 20}, FeaturePainter.perimeterCentroid(sq), 1e-9);
    }

    @Test
    void bboxRunsDownTheLeftSideFirst() {
        PixelShape sq = new PixelShape(ShapeKind.POLYGON, new int[] {0},
                new double[] {10, 10, 30, 12, 25, 30, 10, 10});
        PixelShape box = FeaturePainter.bbox(sq, style(1, 1), 100, 100);
        assertArrayEquals(new double[] {10, 10, 10, 30, 30, 30, 30, 10, 10, 10}, box.xy(), 1e-9);
    }

    @Test
    void bboxIsClippedToTheImageGrownByWidthOrSizePlusThree() {
        PixelShape big = new PixelShape(ShapeKind.POLYGON, new int[] {0},
                new double[] {-50, -50, 500, -50, 500, 500, -50, -50});
        PixelShape box = FeaturePainter.bbox(big, style(2, 5), 100, 80);
        assertArrayEquals(new double[] {-8, -8, -8, 88, 108, 88, 108, -8, -8, -8}, box.xy(), 1e-9);
    }
}
