package org.jmapserv.render.font;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.nio.file.Path;
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
    void theFirstFontAloneDrawsATextItHoldsWhole() throws FontException {
        Font bold = fonts.face(set, "sans-bold");
        assertEquals(List.of(bold), fonts.facesFor(set, "sans-bold,sans", "Zürich Ωμέγα"));
    }

    @Test
    void aTextTheFirstFontLacksGetsTheWholeListToChooseFromRunByRun() throws FontException {
        // DejaVu Sans ExtraLight has no Hebrew: the list's fonts come back in order, for a FontChain
        List<Font> faces = fonts.facesFor(set, "sans-light,sans", "Haifa חיפה");
        assertEquals(List.of(fonts.face(set, "sans-light"), fonts.face(set, "sans")), faces);
        FontChain chain = FontChain.sized(faces, 12);
        assertSame(chain.fonts().get(0), chain.fontForRun("Haifa "));
        assertSame(chain.fonts().get(1), chain.fontForRun("חיפה"));
        // no font holds U+10FFFD: the last font draws the run (its '?' in place of the glyph)
        assertSame(chain.fonts().get(1), chain.fontForRun("a\uDBFF\uDFFD"));
        assertTrue(chain.canDisplay(0x05D0));
    }

    @Test
    void aRunTakesAFontPrefixedWithItsScriptFirst() throws FontException {
        // get_face_for_run: "he:" fonts first for Hebrew runs, else the list in order (prefixed entries included)
        Font chain = fonts.sizedFor(set, "sans,he:sans-bold", "Haifa", 12);
        FontChain c = assertInstanceOf(FontChain.class, chain, "a prefixed list is always a chain");
        assertSame(c.fonts().get(1), c.fontForRun("חיפה", "he:"));
        assertSame(c.fonts().get(0), c.fontForRun("Haifa ", "en:"));
        // a prefixed font lacking a glyph of the run is passed over
        FontChain light = (FontChain) fonts.sizedFor(set, "sans-light,el:sans-light,sans-bold", "Αθήνα ★", 12);
        assertSame(light.fonts().get(2), light.fontForRun("Αθήνα ★ ", "el:"));
        assertEquals(List.of(new FontList.Entry("ar:", "arabic"), new FontList.Entry("", "default")),
                FontList.entries("ar:arabic, default"));
    }
}
