package org.jmapserv.render.label;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.awt.Font;
import java.util.List;

import org.jmapserv.mapfile.model.Color;
import org.jmapserv.mapfile.model.Force;
import org.jmapserv.mapfile.model.Position;
import org.junit.jupiter.api.Test;

/** get_metrics: signed OFFSET plus half the marker, MARKER_SLOP for the centred sides. */
class OffsetsLabelsLikeGetMetricsTest {

    private static LabelRequest label(double offX, double offY, double marker) {
        return new LabelRequest("x", new Font(Font.SANS_SERIF, Font.PLAIN, 10), Color.BLACK, Color.UNSET, 0,
                Color.UNSET, 0, 0, 0, 0, 0, List.of(Position.CC), offX, offY, marker, 1, -1, 0, Force.OFF, false,
                List.of(), List.of(), 0, null);
    }

    @Test
    void aNegativeOffsetPullsAnUpperCentreLabelTowardsItsMarker() {
        assertArrayEquals(new double[] {0, -3}, LabelOffsets.of(label(0, -4, 10), Position.UC), 1e-9);
    }

    @Test
    void lowerCentreAddsOffsetHalfMarkerAndSlop() {
        assertArrayEquals(new double[] {0, 11}, LabelOffsets.of(label(0, 4, 10), Position.LC), 1e-9);
    }

    @Test
    void cornersMoveByOffsetPlusHalfMarkerWithoutSlop() {
        assertArrayEquals(new double[] {7, -8}, LabelOffsets.of(label(4, 5, 6), Position.UR), 1e-9);
        assertArrayEquals(new double[] {-7, 8}, LabelOffsets.of(label(4, 5, 6), Position.LL), 1e-9);
    }

    @Test
    void centreRightIgnoresTheYOffset() {
        assertArrayEquals(new double[] {9, 0}, LabelOffsets.of(label(4, 5, 6), Position.CR), 1e-9);
    }

    @Test
    void centreMovesByTheOffsetAlone() {
        assertArrayEquals(new double[] {4, 5}, LabelOffsets.of(label(4, 5, 6), Position.CC), 1e-9);
    }
}
