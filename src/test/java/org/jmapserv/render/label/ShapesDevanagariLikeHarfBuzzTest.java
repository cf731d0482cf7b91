package org.jmapserv.render.label;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.io.File;

import org.junit.jupiter.api.Test;

/**
 * Devanagari goes through shaping as in MapServer's HarfBuzz path: conjuncts become one glyph, the short i sign
 * is drawn before its consonant (sample 152 compares whole labels with MapServer 8.0).
 */
class ShapesDevanagariLikeHarfBuzzTest {

    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private static Font deva() throws Exception {
        return Font.createFont(Font.TRUETYPE_FONT, new File("test-data/fonts/Lohit-Devanagari.ttf")).deriveFont(20f);
    }

    @Test
    void aConjunctIsOneGlyph() throws Exception {
        // क + virama + ष: three characters, one glyph (क्ष)
        assertEquals(1, GlyphLine.of(deva(), FRC, "क्ष").size());
        assertTrue(ShapedLine.needsShaping("क्ष"));
    }

    @Test
    void theShortISignIsDrawnBeforeItsConsonant() throws Exception {
        Font f = deva();
        GlyphVector ka = f.createGlyphVector(FRC, "क");
        GlyphLine ki = GlyphLine.of(f, FRC, "कि");
        assertEquals(2, ki.size());
        // the consonant, second in the text, is the second glyph set: its outline starts right of the sign's
        double kaWidth = ka.getVisualBounds().getWidth();
        assertEquals(kaWidth, ki.glyphs().get(1).outline().getBounds2D().getWidth(), 0.01);
        assertTrue(ki.glyphs().get(0).outline().getBounds2D().getWidth() != kaWidth);
    }
}
