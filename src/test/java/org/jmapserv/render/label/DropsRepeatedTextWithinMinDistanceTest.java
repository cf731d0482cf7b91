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

/** MINDISTANCE counts from anchor to anchor and adds the label's own width, as MapServer's label cache does. */
class DropsRepeatedTextWithinMinDistanceTest {

    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    private static LabelRequest at(String text, double x) {
        return new LabelRequest(text, FONT, Color.BLACK, Color.UNSET, 0, Color.UNSET, 0, 0, x, 100, 0,
                List.of(Position.CC), 0, 0, 0, 1, 80, 0, Force.OFF, false, List.of(), List.of(), 0, null);
    }

    private static LabelPlacer placer() {
        return new LabelPlacer(new Rectangle2D.Double(0, 0, 400, 200), new FontRenderContext(null, true, true));
    }

    @Test
    void dropsTheSameTextFartherThanMinDistanceButWithinMinDistancePlusItsWidth() {
        LabelPlacer p = placer();
        assertNotNull(p.place(at("Same", 100)));
        assertNull(p.place(at("Same", 190)));
    }

    @Test
    void keepsTheSameTextBeyondMinDistancePlusItsWidth() {
        LabelPlacer p = placer();
        assertNotNull(p.place(at("Same", 100)));
        assertNotNull(p.place(at("Same", 250)));
    }

    @Test
    void ignoresOtherTexts() {
        LabelPlacer p = placer();
        assertNotNull(p.place(at("Same", 100)));
        assertNotNull(p.place(at("Else", 160)));
    }
}
