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

/**
 * msCheckLabelMinDistance: a label's bounds grown by MINDISTANCE must neither hold the anchor nor touch the bounds
 * of an already placed label with the same text; FORCE skips the test.
 */
class DropsRepeatedTextWithinMinDistanceTest {

    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final int MIN_DISTANCE = 40;

    private static LabelRequest at(String text, double x, Force force) {
        return new LabelRequest(text, FONT, Color.BLACK, Color.UNSET, 0, Color.UNSET, 0, 0, x, 100, 0,
                List.of(Position.CC), 0, 0, 0, 1, MIN_DISTANCE, 0, force, false, List.of(), List.of(), 0, null);
    }

    private static LabelPlacer placer() {
        return new LabelPlacer(new Rectangle2D.Double(0, 0, 600, 200), new FontRenderContext(null, true, true));
    }

    private static double width(TextBlock b) {
        return b.box().getWidth();
    }

    @Test
    void dropsTheSameTextWhoseBoxComesWithinMinDistanceOfAPlacedOne() {
        LabelPlacer p = placer();
        TextBlock first = p.place(at("Same", 100, Force.OFF));
        assertNotNull(first);
        // boxes of equal width centred on the anchors: the gap between them is the anchor distance minus one width
        assertNull(p.place(at("Same", 100 + width(first) + MIN_DISTANCE - 1, Force.OFF)));
    }

    @Test
    void keepsTheSameTextWhoseBoxStaysFartherThanMinDistance() {
        LabelPlacer p = placer();
        TextBlock first = p.place(at("Same", 100, Force.OFF));
        assertNotNull(p.place(at("Same", 100 + width(first) + MIN_DISTANCE + 1, Force.OFF)));
    }

    @Test
    void forcedLabelsIgnoreMinDistance() {
        LabelPlacer p = placer();
        TextBlock first = p.place(at("Same", 100, Force.OFF));
        assertNotNull(p.place(at("Same", 100 + width(first) + 5, Force.ON)));
    }

    @Test
    void ignoresOtherTexts() {
        LabelPlacer p = placer();
        TextBlock first = p.place(at("Same", 100, Force.OFF));
        assertNotNull(p.place(at("Else", 100 + width(first) + 5, Force.OFF)));
    }
}
