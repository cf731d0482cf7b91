package org.jmapserv.render.font;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** msGetGlyphByIndex takes an unsigned int size, then sets MS_NINT(size * 96 / 72) pixels on the face. */
class CutsFractionalSizesToWholePointsTest {

    @Test
    void sizeSevenAndAHalfDrawsLikeSizeSeven() {
        assertEquals(9, FontRegistry.pixelSize(7.5));
        assertEquals(9, FontRegistry.pixelSize(7));
    }

    @Test
    void wholeSizesRoundTheirPixelSize() {
        assertEquals(11, FontRegistry.pixelSize(8));
        assertEquals(16, FontRegistry.pixelSize(12));
    }
}
