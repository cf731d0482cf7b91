package org.jmapserv.render.label;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** The placement rules of msDrawLabelCache that are not about geometry alone. */
class PlacesLabelsUnderMsDrawLabelCacheRulesTest {

    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    private static LabelRequest label(String text, double x, double y, List<Position> pos, Force force,
                                      double offX, int buffer, boolean partials) {
        return new LabelRequest(text, FONT, Color.BLACK, Color.UNSET, 0, Color.UNSET, 0, 0, x, y, 0, pos, offX, 0,
                0, 1, -1, buffer, force, partials, List.of(), List.of(), 0, null);
    }

    private static LabelPlacer placer() {
        return new LabelPlacer(new Rectangle2D.Double(0, 0, 200, 200), new FontRenderContext(null, true, true));
    }

    @Test
    void aLabelWhoseAnchorLiesOnAPlacedLabelIsDroppedEvenIfAnotherPositionWouldFit() {
        LabelPlacer p = placer();
        TextBlock wide = p.place(label("Wide placed label", 100, 100, List.of(Position.CC), Force.OFF, 0, 0, false));
        double x = wide.box().getMaxX() - 0.5;
        // CR starts 2 px right of the anchor, clear of the placed label, but the anchor itself is covered
        assertNull(p.place(label("x", x, 100, List.of(Position.CR), Force.OFF, 0, 0, false)));
    }

    @Test
    void anOffsetLabelIsNotDroppedForItsAnchor() {
        LabelPlacer p = placer();
        TextBlock wide = p.place(label("Wide placed label", 100, 100, List.of(Position.CC), Force.OFF, 0, 0, false));
        double x = wide.box().getMaxX() - 0.5;
        assertNotNull(p.place(label("x", x, 100, List.of(Position.CR), Force.OFF, 1, 0, false)));
    }

    @Test
    void forcedAutoLabelsFallBackOnTheLastPosition() {
        LabelPlacer p = placer();
        p.place(label("Wide placed label", 100, 100, List.of(Position.CC), Force.OFF, 0, 0, false));
        TextBlock forced = p.place(label("Blocked", 100, 100, List.of(Position.CC, Position.LR), Force.ON, 0, 0,
                false));
        assertNotNull(forced);
        assertEquals(100, forced.box().getMinX(), 0.5, "LR starts at the anchor");
    }

    @Test
    void theBufferCountsAgainstTheImageEdge() {
        // a CC label 6 px from the left edge fits alone but not with a 10 px buffer
        TextBlock plain = placer().place(label("Edge", 0, 100, List.of(Position.CC), Force.OFF, 0, 0, true));
        double halfWidth = plain.box().getWidth() / 2;
        assertNotNull(placer().place(label("Edge", halfWidth + 6, 100, List.of(Position.CC), Force.OFF, 0, 0, false)));
        assertNull(placer().place(label("Edge", halfWidth + 6, 100, List.of(Position.CC), Force.OFF, 0, 10, false)));
    }

    @Test
    void partialsLetALabelHangOffTheImage() {
        assertNotNull(placer().place(label("Edge", 0, 100, List.of(Position.CC), Force.OFF, 0, 0, true)));
    }
}
