package org.jmapserv.render.label;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.BasicStroke;

import org.junit.jupiter.api.Test;

/** agg2RenderGlyphsPath grows the glyphs by a contour of width OUTLINEWIDTH + 1 with miter joins. */
class DrawsHaloAsAggContourTest {

    @Test
    void haloStrokeIsOneWiderThanTheOutlineWidth() {
        assertEquals(3f, LabelPainter.haloStroke(2).getLineWidth());
    }

    @Test
    void haloCornersAreMiteredWithAggsDefaultLimit() {
        BasicStroke s = LabelPainter.haloStroke(2);
        assertEquals(BasicStroke.JOIN_MITER, s.getLineJoin());
        assertEquals(4f, s.getMiterLimit());
    }
}
