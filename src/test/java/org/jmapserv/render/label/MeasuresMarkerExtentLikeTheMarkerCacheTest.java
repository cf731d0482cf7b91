package org.jmapserv.render.label;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Font;
import java.util.List;

import org.jmapserv.mapfile.model.Color;
import org.jmapserv.mapfile.model.Force;
import org.jmapserv.mapfile.model.Position;
import org.junit.jupiter.api.Test;

/**
 * msAddLabel caches a point marker's bounds as minx .. minx + w - 1, so labels move by (w - 1) / 2, computed in
 * floating point from the anchor as MapServer does.
 */
class MeasuresMarkerExtentLikeTheMarkerCacheTest {

    private static LabelRequest at(double x, double y, double cachedMarker) {
        return new LabelRequest("x", new Font(Font.SANS_SERIF, Font.PLAIN, 10), Color.BLACK, Color.UNSET, 0,
                Color.UNSET, 0, 0, x, y, 0, List.of(Position.UR), 0, 0, 0, 1, -1, 0, Force.OFF, false, List.of(),
                List.of(), cachedMarker, null);
    }

    @Test
    void aCachedMarkerSpansOnePixelLessThanItsSize() {
        assertArrayEquals(new double[] {5.5, 5.5}, LabelOffsets.markerOffset(at(100, 100, 12)), 0);
    }

    @Test
    void noMarkerMeansNoOffset() {
        assertArrayEquals(new double[] {0, 0}, LabelOffsets.markerOffset(at(100, 100, 0)), 0);
    }

    @Test
    void theSpanIsComputedFromTheAnchorSoItsRoundingShowsInTheTruncatedOffset() {
        // at this x the 5-pixel span of a size 6 marker comes out as 4.99999999999997 in doubles
        double x = 254.15283742522288;
        double[] m = LabelOffsets.markerOffset(at(x, 100, 6));
        assertArrayEquals(new double[] {(((x - 3) + 5) - (x - 3)) / 2, 2.5}, m, 0);
        assertEquals(2, (int) (m[0] + 0.5), "with a 1 px halo get_metrics gets 2, not 3");
    }
}
