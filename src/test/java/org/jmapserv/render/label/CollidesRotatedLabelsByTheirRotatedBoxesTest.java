package org.jmapserv.render.label;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.util.List;

import org.jmapserv.mapfile.model.Color;
import org.jmapserv.mapfile.model.Force;
import org.jmapserv.mapfile.model.Position;
import org.junit.jupiter.api.Test;

/**
 * msTestLabelCacheCollisions compares rotated labels by their rotated rectangles (intersectLabelPolygons), not by
 * the axis-aligned boxes around them: two parallel 45-degree labels side by side have overlapping boxes but both fit.
 */
class CollidesRotatedLabelsByTheirRotatedBoxesTest {

    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private static LabelRequest at(String text, double x, double y, double angle) {
        return new LabelRequest(text, FONT, Color.BLACK, Color.UNSET, 0, Color.UNSET, 0, 0, x, y, angle,
                List.of(Position.CC), 0, 0, 0, 1, -1, 0, Force.OFF, false, List.of(), List.of(), 0, null);
    }

    private static LabelPlacer placer() {
        return new LabelPlacer(new Rectangle2D.Double(0, 0, 400, 400), FRC);
    }

    @Test
    void parallelRotatedLabelsSideBySideAreBothPlacedThoughTheirBoxesOverlap() {
        LabelPlacer p = placer();
        TextBlock first = p.place(at("A long rotated label", 200, 200, 45));
        assertNotNull(first);
        // 20 px along the diagonal perpendicular to the text: 28 px apart, twice the text height
        TextBlock second = p.place(at("Another rotated one", 220, 220, 45));
        assertNotNull(second);
        assertTrue(first.box().intersects(second.box()), "the axis-aligned boxes do overlap");
    }

    @Test
    void rotatedLabelsWhoseRotatedBoxesOverlapCollide() {
        LabelPlacer p = placer();
        assertNotNull(p.place(at("A long rotated label", 200, 200, 45)));
        assertNull(p.place(at("Another rotated one", 205, 205, 45)));
    }

    @Test
    void rotatedRectanglesTouchingOnlyInTheirBoundingBoxCornersDoNotIntersect() {
        LabelBounds diamond = LabelBounds.ofCorners(new double[] {10, 0, 20, 10, 10, 20, 0, 10});
        LabelBounds square = LabelBounds.of(new Rectangle2D.Double(17, 17, 5, 5));
        assertTrue(LabelBounds.boxesOverlap(diamond.box(), square.box()));
        assertFalse(diamond.intersects(square));
    }

    @Test
    void aRectangleInsideARotatedOneIntersectsIt() {
        LabelBounds diamond = LabelBounds.ofCorners(new double[] {10, 0, 20, 10, 10, 20, 0, 10});
        LabelBounds inner = LabelBounds.of(new Rectangle2D.Double(9, 9, 2, 2));
        assertTrue(diamond.intersects(inner));
        assertTrue(inner.intersects(diamond));
    }

    @Test
    void aRotatedLabelFitsTheImageWhenItsCornersDo() {
        LabelBounds diamond = LabelBounds.ofCorners(new double[] {10, 0, 20, 10, 10, 20, 0, 10});
        assertTrue(diamond.insideImage(21, 21));
        assertFalse(diamond.insideImage(20, 21));
    }
}
