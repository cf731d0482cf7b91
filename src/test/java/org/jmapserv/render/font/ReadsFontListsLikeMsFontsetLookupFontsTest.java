package org.jmapserv.render.font;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** FONT lists: aliases, language prefixes, unknown entries passed over, the face that draws a text. */
class ReadsFontListsLikeMsFontsetLookupFontsTest {

    private final FontRegistry fonts = new FontRegistry();
    private final FontSet set;

    ReadsFontListsLikeMsFontsetLookupFontsTest() throws FontException {
        set = FontSet.load(Path.of("test-data/fonts/fonts.txt"));
    }

    @Test
    void splitsAliasesDroppingLanguagePrefixesAndBlanks() {
        assertEquals(List.of("arabic", "default"), FontList.aliases("ar:arabic,default"));
        assertEquals(List.of("a", "b"), FontList.aliases(" a , ,b "));
        assertTrue(FontList.isList("a,b"));
        assertTrue(FontList.isList("ar:arabic"));
        assertTrue(!FontList.isList("sans-bold"));
    }

    @Test
    void unknownAliasesInAListArePassedOverButAListOfNoneFails() throws FontException {
        assertSame(fonts.face(set, "sans"), fonts.face(set, "nosuch, sans"));
        FontException e = assertThrows(FontException.class, () -> fonts.face(set, "nosuch,other"));
        assertTrue(e.getMessage().contains("nosuch"), e.getMessage());
    }

    @Test
    void theFirstFontHoldingEveryCharacterDrawsTheText() throws FontException {
        List<String> warnings = new ArrayList<>();
        Font bold = fonts.face(set, "sans-bold");
        assertSame(bold, fonts.faceFor(set, "sans-bold,sans", "Zürich Ωμέγα", warnings::add));
        assertTrue(warnings.isEmpty());
    }

    @Test
    void aTextNoSingleFontHoldsIsDrawnWithTheFirstAndReported() throws FontException {
        List<String> warnings = new ArrayList<>();
        // U+F000 (private use) is in DejaVu Sans only, U+10FFFD in neither: no single font holds both
        Font first = fonts.faceFor(set, "sans-bold,sans", "a\uF000\uDBFF\uDFFD", warnings::add);
        assertSame(fonts.face(set, "sans-bold"), first);
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains("glyph by glyph"), warnings.get(0));
    }
}
