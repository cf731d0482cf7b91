package org.jmapserv.render.font;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Font;
import java.io.File;

import org.junit.jupiter.api.Test;

/** A character the label's font lacks is drawn as '?', as MapServer 8 draws it; invisible characters stay. */
class DrawsMissingGlyphsAsQuestionMarksTest {

    private static Font sans() throws Exception {
        return Font.createFont(Font.TRUETYPE_FONT, new File("test-data/fonts/DejaVuSans.ttf"));
    }

    @Test
    void missingCharactersBecomeQuestionMarks() throws Exception {
        assertEquals("Tokyo ?? ok", MissingGlyphs.replace(sans(), "Tokyo 東京 ok"));
        assertEquals("a?b", MissingGlyphs.replace(sans(), "a\uDBFF\uDFFDb"));
    }

    @Test
    void drawableAndInvisibleCharactersAreKept() throws Exception {
        String text = "Zürich\nline\u200Bbreak";
        assertEquals(text, MissingGlyphs.replace(sans(), text));
    }
}
