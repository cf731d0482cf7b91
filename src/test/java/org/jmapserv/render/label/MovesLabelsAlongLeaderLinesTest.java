package org.jmapserv.render.label;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * msDrawOffsettedLabels / offsetAndTest: a label that collides is moved on rings of GRIDSTEP pixels around its
 * label point, up to MAXDISTANCE (corners of a ring before its cardinal points), to the first spot where neither it
 * nor its leader line collides; later labels keep off the leader line.
 */
class MovesLabelsAlongLeaderLinesTest {

    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    private static LabelRequest at(String text, double x, double y) {
        return new LabelRequest(text, FONT, Color.BLACK, Color.UNSET, 0, Color.UNSET, 0, 0, x, y, 0,
                List.of(Position.CC), 0, 0, 0, 1, 0, 0, Force.OFF, false, List.of(), List.of(), 0, null);
    }

    private static LabelPlacer placer() {
        return new LabelPlacer(new Rectangle2D.Double(0, 0, 400, 300), new FontRenderContext(null, true, true));
    }

    @Test
    void movesACollidingLabelToTheFirstFreeCornerOfTheFirstRing() {
        LabelPlacer p = placer();
        // just above: the boxes overlap but the first label does not hold the second's label point
        assertNotNull(p.place(at("X", 100, 94)));
        LabelRequest second = at("X", 100, 100);
        assertNull(p.place(second));
        LabelPlacer.LeaderPlacement moved = p.placeWithLeader(second, new Leader(20, 40, List.of()));
        assertNotNull(moved);
        // ring 1 tries (+d, +d) first; the leader runs from the label point to the moved label's point
        assertEquals(100, moved.x0());
        assertEquals(100, moved.y0());
        assertEquals(120, moved.x1());
        assertEquals(120, moved.y1());
        assertEquals(120, moved.block().box().getCenterX(), 1.0);
    }

    @Test
    void dropsTheLabelWhenNoSpotWithinMaxDistanceIsFree() {
        LabelPlacer p = placer();
        assertNotNull(p.place(at("A very long label indeed", 200, 150)));
        LabelRequest second = at("Another long label here", 200, 150);
        assertNull(p.place(second));
        assertNull(p.placeWithLeader(second, new Leader(3, 6, List.of())));
    }

    @Test
    void laterLabelsKeepOffAPlacedLeaderLine() {
        LabelPlacer p = placer();
        // just above: the boxes overlap but the first label does not hold the second's label point
        assertNotNull(p.place(at("X", 100, 94)));
        LabelRequest second = at("X", 100, 100);
        assertNull(p.place(second));
        LabelPlacer.LeaderPlacement moved = p.placeWithLeader(second, new Leader(40, 40, List.of()));
        assertNotNull(moved);
        // a label centred on the middle of the leader line (120, 120) crosses it
        double mx = (moved.x0() + moved.x1()) / 2;
        double my = (moved.y0() + moved.y1()) / 2;
        assertNull(p.place(at("Crossing", mx, my)));
    }

    @Test
    void doesNotMoveLabelsWhosePointIsOffTheImage() {
        LabelPlacer p = placer();
        LabelRequest off = at("Off", -5, 100);
        assertNull(p.placeWithLeader(off, new Leader(5, 30, List.of())));
        assertFalse(new Leader(10, 5, List.of()).moves());
    }
}
