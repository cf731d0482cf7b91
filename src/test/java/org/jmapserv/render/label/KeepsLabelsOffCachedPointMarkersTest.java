package org.jmapserv.render.label;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.util.List;

import org.jmapserv.mapfile.model.Color;
import org.jmapserv.mapfile.model.Force;
import org.jmapserv.mapfile.model.Position;
import org.junit.jupiter.api.Test;

/** msTestLabelCacheCollisions: markers of this priority and higher block labels, except the label's own. */
class KeepsLabelsOffCachedPointMarkersTest {

    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    private static LabelRequest point(String text, double x, double y, int priority, double marker) {
        return new LabelRequest(text, FONT, Color.BLACK, Color.UNSET, 0, Color.UNSET, 0, 0, x, y, 0,
                List.of(Position.CC), 0, 0, 0, priority, -1, 0, Force.OFF, false, List.of(), List.of(), marker, null);
    }

    private static LabelPlacer placer(LabelRequest... all) {
        LabelPlacer p = new LabelPlacer(new Rectangle2D.Double(0, 0, 200, 200), new FontRenderContext(null, true, true));
        for (LabelRequest l : all) {
            p.addMarker(l);
        }
        return p;
    }

    @Test
    void dropsALabelCoveringAnotherPointsMarker() {
        LabelRequest label = point("Label", 100, 100, 1, 6);
        LabelRequest other = point("x", 102, 100, 1, 6);
        assertNull(placer(label, other).place(label));
    }

    @Test
    void letsALabelCoverItsOwnMarker() {
        LabelRequest label = point("Label", 100, 100, 1, 6);
        assertNotNull(placer(label).place(label));
    }

    @Test
    void letsALabelCoverMarkersOfLowerPriority() {
        LabelRequest label = point("Label", 100, 100, 5, 6);
        LabelRequest low = point("x", 102, 100, 2, 6);
        assertNotNull(placer(label, low).place(label));
    }

    @Test
    void blocksALabelWithAMarkerOfHigherPriority() {
        LabelRequest label = point("Label", 100, 100, 2, 6);
        LabelRequest high = point("x", 102, 100, 5, 6);
        assertNull(placer(label, high).place(label));
    }
}
