package org.jmapserv.render.label;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Font;
import java.util.List;

import org.jmapserv.mapfile.model.Color;
import org.jmapserv.mapfile.model.Force;
import org.jmapserv.mapfile.model.Position;
import org.jmapserv.render.label.LabelOffsets.Placement;
import org.junit.jupiter.api.Test;

/**
 * get_metrics as msDrawLabelCache calls it: signed OFFSET plus half the marker extent plus half the halo, truncated
 * to whole pixels, MARKER_SLOP for the centred sides, and the one-line CL/CR exception.
 */
class OffsetsLabelsLikeGetMetricsTest {

    private static LabelRequest label(double offX, double offY, double markerExtent, Color halo, double haloWidth) {
        return new LabelRequest("x", new Font(Font.SANS_SERIF, Font.PLAIN, 10), Color.BLACK, halo, haloWidth,
                Color.UNSET, 0, 0, 0, 0, 0, List.of(Position.CC), offX, offY, markerExtent, 1, -1, 0, Force.OFF,
                false, List.of(), List.of(), 0, null);
    }

    private static LabelRequest label(double offX, double offY, double markerExtent) {
        return label(offX, offY, markerExtent, Color.UNSET, 0);
    }

    @Test
    void aNegativeOffsetPullsAnUpperCentreLabelTowardsItsMarker() {
        assertEquals(new Placement(Position.UC, 0, -3), LabelOffsets.of(label(0, -4, 10), Position.UC, 1));
    }

    @Test
    void lowerCentreAddsOffsetHalfMarkerAndSlop() {
        assertEquals(new Placement(Position.LC, 0, 11), LabelOffsets.of(label(0, 4, 10), Position.LC, 1));
    }

    @Test
    void cornersMoveByOffsetPlusHalfMarkerWithoutSlop() {
        assertEquals(new Placement(Position.UR, 7, -8), LabelOffsets.of(label(4, 5, 6), Position.UR, 1));
        assertEquals(new Placement(Position.LL, -7, 8), LabelOffsets.of(label(4, 5, 6), Position.LL, 1));
    }

    @Test
    void halfAPixelOfMarkerIsCutOffBecauseGetMetricsTakesWholePixels() {
        // a 12-pixel marker spans 11 pixels: 5.5 is passed as 5
        assertEquals(new Placement(Position.LR, 5, 5), LabelOffsets.of(label(0, 0, 11), Position.LR, 1));
    }

    @Test
    void aHaloAddsHalfItsWidthToTheMarkerOffsetBeforeTruncation() {
        Color white = Color.rgb(255, 255, 255);
        assertEquals(new Placement(Position.UR, 2, -2), LabelOffsets.of(label(0, 0, 4, white, 1), Position.UR, 1));
        assertEquals(new Placement(Position.UR, 3, -3), LabelOffsets.of(label(0, 0, 4, white, 2), Position.UR, 1));
        assertEquals(new Placement(Position.UR, 7, -7), LabelOffsets.of(label(0, 0, 11, white, 3), Position.UR, 1));
    }

    @Test
    void aHaloDoesNotMoveALabelWithoutMarker() {
        Color white = Color.rgb(255, 255, 255);
        assertEquals(new Placement(Position.UR, 0, 0), LabelOffsets.of(label(0, 0, 0, white, 3), Position.UR, 1));
    }

    @Test
    void centreRightIgnoresAYOffsetThatIsNotPositive() {
        assertEquals(new Placement(Position.CR, 9, 0), LabelOffsets.of(label(4, -5, 6), Position.CR, 1));
    }

    @Test
    void centreRightOfAOneLineLabelWithAPositiveYOffsetHangsItsBoxBottomThatFarBelowTheAnchor() {
        assertEquals(new Placement(Position.UR, 9, 8), LabelOffsets.of(label(4, 5, 6), Position.CR, 1));
        assertEquals(new Placement(Position.UL, -9, 8), LabelOffsets.of(label(4, 5, 6), Position.CL, 1));
    }

    @Test
    void centreRightOfAMultiLineLabelStaysCentred() {
        assertEquals(new Placement(Position.CR, 9, 0), LabelOffsets.of(label(4, 5, 6), Position.CR, 2));
    }

    @Test
    void labelsDrawnWithoutTheCacheMoveByTheOffsetAloneWhateverTheMarker() {
        assertEquals(new Placement(Position.UR, 4, -5), LabelOffsets.withoutMarker(label(4, 5, 11), Position.UR, 1));
    }

    @Test
    void centreMovesByTheOffsetAlone() {
        assertEquals(new Placement(Position.CC, 4, 5), LabelOffsets.of(label(4, 5, 6), Position.CC, 1));
    }
}
