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

class LabelPlacerTest {

    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    private static LabelRequest at(String text, double x, double y, List<Position> pos, Force force, int minDist) {
        return new LabelRequest(text, FONT, Color.BLACK, Color.UNSET, 0, Color.UNSET, 0, 0, x, y, 0, pos, 0, 0, 0, 1,
                minDist, 0, force, false, List.of(), List.of(), 0, null);
    }

    private static LabelPlacer placer() {
        return new LabelPlacer(new Rectangle2D.Double(0, 0, 200, 200), new FontRenderContext(null, true, true));
    }

    @Test
    void dropsALabelThatOverlapsAnAlreadyPlacedOne() {
        LabelPlacer p = placer();
        assertNotNull(p.place(at("First", 100, 100, List.of(Position.CC), Force.OFF, -1)));
        assertNull(p.place(at("Second", 102, 101, List.of(Position.CC), Force.OFF, -1)));
    }

    @Test
    void autoPositionTriesTheNextPositionWhenTheFirstCollides() {
        LabelPlacer p = placer();
        assertNotNull(p.place(at("Block", 80, 90, List.of(Position.CC), Force.OFF, -1)));
        assertNotNull(p.place(at("Other", 100, 100, List.of(Position.UL, Position.LR), Force.OFF, -1)));
    }

    @Test
    void forcedLabelsIgnoreCollisions() {
        LabelPlacer p = placer();
        p.place(at("First", 100, 100, List.of(Position.CC), Force.OFF, -1));
        assertNotNull(p.place(at("Second", 100, 100, List.of(Position.CC), Force.ON, -1)));
    }

    @Test
    void labelsRunningOffTheImageAreDroppedWithoutPartials() {
        assertNull(placer().place(at("Edge label", 2, 100, List.of(Position.CC), Force.OFF, -1)));
    }

    @Test
    void sameTextWithinMinDistanceIsDropped() {
        LabelPlacer p = placer();
        assertNotNull(p.place(at("A", 50, 50, List.of(Position.CC), Force.OFF, 100)));
        assertNull(p.place(at("A", 120, 50, List.of(Position.CC), Force.OFF, 100)));
        assertNotNull(p.place(at("B", 120, 100, List.of(Position.CC), Force.OFF, 100)));
    }
}
