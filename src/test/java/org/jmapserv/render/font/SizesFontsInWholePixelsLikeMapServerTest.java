package org.jmapserv.render.font;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Font;

import org.junit.jupiter.api.Test;

/** SIZE is points at 96 dpi, rounded to whole pixels as MapServer's font cache does. */
class SizesFontsInWholePixelsLikeMapServerTest {

    private final Font face = new Font(Font.SANS_SERIF, Font.PLAIN, 1);

    @Test
    void roundsSevenPointsToNinePixels() {
        assertEquals(9f, FontRegistry.sized(face, 7).getSize2D());
    }

    @Test
    void roundsTenPointsToThirteenPixels() {
        assertEquals(13f, FontRegistry.sized(face, 10).getSize2D());
    }
}
