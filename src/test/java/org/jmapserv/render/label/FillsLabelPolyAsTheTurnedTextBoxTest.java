package org.jmapserv.render.label;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.util.List;

import org.jmapserv.mapfile.model.Position;
import org.junit.jupiter.api.Test;

/** GEOMTRANSFORM labelpoly fills the text box grown by one pixel, rotated with the label. */
class FillsLabelPolyAsTheTurnedTextBoxTest {

    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 16);
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    @Test
    void anUnrotatedLabelPolyIsTheBoxGrownByOnePixel() {
        TextBlock b = TextBlock.layout(List.of("Label"), FONT, FRC, 100, 100, Position.CC, 0, 0, 0);
        Rectangle2D poly = LabelPainter.labelPoly(b).getBounds2D();
        assertEquals(b.box().getMinX() - 1, poly.getMinX(), 1e-9);
        assertEquals(b.box().getMaxY() + 1, poly.getMaxY(), 1e-9);
    }

    @Test
    void aRotatedLabelPolyLeavesTheCornersOfItsBoundingBoxEmpty() {
        TextBlock b = TextBlock.layout(List.of("A long label"), FONT, FRC, 100, 100, Position.CC, 0, 0, -20);
        Shape poly = LabelPainter.labelPoly(b);
        Rectangle2D bounds = poly.getBounds2D();
        assertFalse(poly.contains(bounds.getMinX() + 0.5, bounds.getMinY() + 0.5));
        assertTrue(poly.contains(bounds.getCenterX(), bounds.getCenterY()));
    }
}
