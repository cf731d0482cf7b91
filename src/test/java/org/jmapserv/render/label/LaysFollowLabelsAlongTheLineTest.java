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
    void centresTheTextOnAStraightLineWithItsBaselineHalfTheGlyphSizeInPointsBelow() {
        List<FollowPath> p = FollowPath.along(new double[] {0, 50, 100, 50, 200, 50}, "Abc", FONT, FRC, 10, 30, 0,
                false);
        assertEquals(1, p.size());
        double[] g = p.get(0).glyphs();
        double width = FONT.getStringBounds("Abc", FRC).getWidth();
        assertEquals(100 - width / 2, g[0], 1e-6);
        assertEquals(55, g[1], 1e-6);
        assertEquals(0, g[2], 1e-9);
    }

    @Test
    void collidesByBoxesAsTallAsTheGlyphSizeFromTheBaselineGrownByTheBuffer() {
        FollowPath p = FollowPath.along(new double[] {0, 50, 100, 50, 200, 50}, "Abc", FONT, FRC, 10, 30, 0, false)
                .get(0);
        double width = FONT.getStringBounds("Abc", FRC).getWidth();
        java.awt.geom.Rectangle2D box = p.bounds(2).box();
        assertEquals(100 - width / 2 - 2, box.getMinX(), 1e-6);
        assertEquals(100 + width / 2 + 2, box.getMaxX(), 1e-6);
        assertEquals(55 - 10 - 2, box.getMinY(), 1e-6);
        assertEquals(55 + 2, box.getMaxY(), 1e-6);
    }

    @Test
    void slidesALabelAlongTheLineWhenItsCentredPlaceBendsTooSharply() {
        // a sharp kink at the line's middle: the centred label would bend over it
        double[] kinked = {0, 50, 140, 50, 150, 20, 160, 50, 300, 50};
        List<FollowPath> p = FollowPath.along(kinked, "Abcd", FONT, FRC, 10, 30, 0, false);
        assertEquals(1, p.size());
        double[] g = p.get(0).glyphs();
        double width = FONT.getStringBounds("Abcd", FRC).getWidth();
        assertTrue(Math.abs(g[0] - (150 - width / 2)) > 5, "moved away from the centre");
        for (int k = 1; k < p.get(0).size(); k++) {
            assertTrue(Math.abs(g[3 * k + 2] - g[3 * k - 1]) <= Math.toRadians(30), "glyph " + k + " turns gently");
        }
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
