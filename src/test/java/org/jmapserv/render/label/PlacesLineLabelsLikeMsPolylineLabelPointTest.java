package org.jmapserv.render.label;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jmapserv.data.ShapeKind;
import org.jmapserv.render.style.PixelShape;
import org.junit.jupiter.api.Test;

class PlacesLineLabelsLikeMsPolylineLabelPointTest {

    private static PixelShape line(double... xy) {
        return new PixelShape(ShapeKind.LINE, new int[] {0}, xy);
    }

    @Test
    void labelsTheLongestSegmentOfThePartInsideTheImage() {
        // the long segment lies mostly outside the 100x100 image; inside, the 50 px first segment is the longest
        List<LabelPoints.Anchor> a = LineLabelPoints.of(line(10, 50, 60, 50, 70, 60, 500, 60), 100, 100, -1, 0);
        assertEquals(1, a.size());
        assertEquals(35, a.get(0).x(), 1e-9);
        assertEquals(50, a.get(0).y(), 1e-9);
    }

    @Test
    void dropsALineNoLongerThanMinFeatureSize() {
        assertTrue(LineLabelPoints.of(line(10, 10, 40, 10), 100, 100, 30, 0).isEmpty());
        assertEquals(1, LineLabelPoints.of(line(10, 10, 40, 10), 100, 100, 29, 0).size());
    }

    @Test
    void repeatsAnOddNumberOfLabelsSpreadFromTheMiddle() {
        List<LabelPoints.Anchor> a = LineLabelPoints.of(line(0, 50, 100, 50), 100, 100, -1, 25);
        assertEquals(3, a.size());
        assertEquals(50 + 100.0 / 3, a.get(0).x(), 1e-9);
        assertEquals(50 - 100.0 / 3, a.get(1).x(), 1e-9);
        assertEquals(50, a.get(2).x(), 1e-9);
    }
}
