package org.jmapserv.render.label;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** msAddLabel caches a point marker's bounds as minx .. minx + w - 1, so labels move by (w - 1) / 2. */
class MeasuresMarkerExtentLikeTheMarkerCacheTest {

    @Test
    void aCachedMarkerSpansOnePixelLessThanItsSize() {
        assertEquals(11, LabelBuilder.markerExtent(12, List.of()));
    }

    @Test
    void noMarkerMeansNoExtent() {
        assertEquals(0, LabelBuilder.markerExtent(0, List.of()));
    }
}
