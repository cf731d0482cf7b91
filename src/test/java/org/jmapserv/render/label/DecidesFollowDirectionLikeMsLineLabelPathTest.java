package org.jmapserv.render.label;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Which way msLineLabelPath lays a follow label, and which way it slides one that bends too sharply: the direction
 * is the x of the vertex after the text's end less the x of the vertex before its start (bug 1620); only a positive
 * direction lays the text forwards, and only a negative one turns the retry offset round.
 */
class DecidesFollowDirectionLikeMsLineLabelPathTest {

    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    /** A chevron pointing right, symmetric about its apex at (60, 100): its two ends share one x. */
    private static final double[] CHEVRON = {0, 0, 15, 25, 30, 50, 45, 75, 60, 100, 45, 125, 30, 150, 15, 175, 0, 200};

    @Test
    void laysTheTextAgainstTheLineWhenTheVerticesAroundItShareOneX() {
        // no turn is refused (180 degrees): the centred text straddles the apex, laid from its far end backwards
        List<FollowPath> p = FollowPath.along(CHEVRON, "Abcdef", FONT, FRC, 180, 0, false);
        assertEquals(1, p.size());
        double[] g = p.get(0).glyphs();
        int last = p.get(0).size() - 1;
        assertTrue(g[1] > 100, "first glyph on the lower arm, y=" + g[1]);
        assertTrue(g[3 * last + 1] < 100, "last glyph on the upper arm, y=" + g[3 * last + 1]);
    }

    @Test
    void slidesAZeroDirectionLabelWithoutTurningTheRetryOffsetRound() {
        // the apex bends the centred text too sharply; compute_retry_offset's offset is kept as it is (direction 0
        // is not negative), which moves the text's start further along the line: onto the lower arm
        List<FollowPath> p = FollowPath.along(CHEVRON, "Abcdef", FONT, FRC, 22.5, 0, false);
        assertEquals(1, p.size());
        double[] g = p.get(0).glyphs();
        for (int k = 0; k < p.get(0).size(); k++) {
            assertTrue(g[3 * k + 1] > 95, "glyph " + k + " below the apex, y=" + g[3 * k + 1]);
        }
    }
}
