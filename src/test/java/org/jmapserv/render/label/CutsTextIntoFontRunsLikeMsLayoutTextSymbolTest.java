package org.jmapserv.render.label;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * msLayoutTextSymbol's runs, each of which get_face_for_run gives one font: a Latin-1 line is one run; others are
 * cut at bidi level changes, then at script changes, with punctuation and symbols joining the script before them
 * (or the one after them at the start).
 */
class CutsTextIntoFontRunsLikeMsLayoutTextSymbolTest {

    private static List<String> runs(String line) {
        return TextRuns.of(line).stream().map(r -> line.substring(r.start(), r.end())).toList();
    }

    @Test
    void aLatin1LineIsOneRun() {
        assertEquals(List.of("Zürich, Café 42"), runs("Zürich, Café 42"));
    }

    @Test
    void symbolsJoinTheScriptBeforeThem() {
        assertEquals(List.of("Hotel ★★★ Café"), runs("Hotel ★★★ Café"));
        assertEquals(List.of("★ Größe"), runs("★ Größe"));
    }

    @Test
    void scriptsAndDirectionsMakeSeparateRuns() {
        assertEquals(List.of("Москва ", "Moscow"), runs("Москва Moscow"));
        assertEquals(List.of("Haifa ", "חיפה"), runs("Haifa חיפה"));
        List<String> telAviv = runs("Tel Aviv תל אביב");
        assertEquals("Tel Aviv ", telAviv.get(0));
        assertTrue(telAviv.size() >= 2, telAviv.toString());
    }

    @Test
    void anEmptyLineHasNoRuns() {
        assertTrue(runs("").isEmpty());
    }
}
