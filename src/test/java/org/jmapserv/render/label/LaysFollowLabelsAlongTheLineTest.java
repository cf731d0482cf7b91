package org.jmapserv.render.label;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.List;

import org.junit.jupiter.api.Test;

/** ANGLE FOLLOW glyph placement as msLineLabelPath. */
class LaysFollowLabelsAlongTheLineTest {

    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    @Test
    void centresTheTextOnAStraightLineWithItsBaselineHalfAFontSizeBelow() {
        List<FollowPath> p = FollowPath.along(new double[] {0, 50, 100, 50, 200, 50}, "Abc", FONT, FRC, 30, 0, false);
        assertEquals(1, p.size());
        double[] g = p.get(0).glyphs();
        double width = FONT.getStringBounds("Abc", FRC).getWidth();
        assertEquals(100 - width / 2, g[0], 1e-6);
        assertEquals(55, g[1], 1e-6);
        assertEquals(0, g[2], 1e-9);
    }

    @Test
    void readsLeftToRightOnALineDrawnRightToLeft() {
        double[] g = FollowPath.along(new double[] {200, 50, 100, 50, 0, 50}, "Abc", FONT, FRC, 30, 0, false)
                .get(0).glyphs();
        assertTrue(g[3] > g[0], "second glyph right of the first");
        assertEquals(0, g[2], 1e-9);
    }

    @Test
    void dropsALabelWhoseGlyphsTurnMoreThanMaxOverlapAngle() {
        double[] zigzag = {0, 50, 96, 50, 100, 10, 104, 50, 200, 50};
        assertTrue(FollowPath.along(zigzag, "Abcdefgh", FONT, FRC, 30, 0, false).isEmpty());
    }

    @Test
    void dropsTextLongerThanOneAndAHalfTimesItsLineUnlessForced() {
        double[] shortLine = {0, 50, 5, 50, 10, 50};
        assertTrue(FollowPath.along(shortLine, "A long name", FONT, FRC, 30, 0, false).isEmpty());
        assertEquals(1, FollowPath.along(shortLine, "A long name", FONT, FRC, 0, 0, true).size());
    }
}
