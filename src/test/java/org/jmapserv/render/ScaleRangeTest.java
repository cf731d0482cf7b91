package org.jmapserv.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScaleRangeTest {

    @Test
    void layerIsHiddenAtItsMinScaleButShownAtItsMaxScale() {
        assertFalse(ScaleRange.layerInRange(1000, 1000, 5000));
        assertTrue(ScaleRange.layerInRange(5000, 1000, 5000));
        assertFalse(ScaleRange.layerInRange(5001, 1000, 5000));
    }

    @Test
    void classIsShownAtItsMinScaleButHiddenAtItsMaxScale() {
        assertTrue(ScaleRange.inBounds(1000, 1000, 5000));
        assertFalse(ScaleRange.inBounds(5000, 1000, 5000));
        assertFalse(ScaleRange.inBounds(999, 1000, 5000));
    }

    @Test
    void unsetBoundsAndMapsWithoutScaleAreAlwaysInRange() {
        assertTrue(ScaleRange.inBounds(123, -1, -1));
        assertTrue(ScaleRange.layerInRange(-1, 1000, 5000));
    }
}
