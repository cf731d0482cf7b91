package org.jmapserv.mapfile.parse;

import static org.jmapserv.mapfile.parse.MapfileFixtures.errorOf;
import static org.jmapserv.mapfile.parse.MapfileFixtures.layer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReportsErrorsWithFileLineAndColumnTest {

    private static void assertStarts(String expectedPrefix, String message) {
        assertTrue(message.startsWith(expectedPrefix), () -> "expected '" + expectedPrefix + "' in:\n" + message);
    }

    @Test
    void unknownKeywordNamesTokenBlockAndCloseAlternatives() {
        String m = errorOf(layer("COLOUR 1 2 3"));
        assertStarts("test.map:7:1: Parsing error near (COLOUR): unknown keyword in LAYER; expected one of", m);
    }

    @Test
    void missingEndSaysWhereTheBlockOpened() {
        String m = errorOf("MAP\n  LAYER\n    NAME \"x\"\n    TYPE POINT\n");
        assertTrue(m.contains("missing END for LAYER opened at test.map:2:3"), m);
    }

    @Test
    void layerWithoutTypeIsRejectedAtItsEnd() {
        String m = errorOf("MAP\n LAYER\n  NAME \"x\"\n END\nEND\n");
        assertStarts("test.map:4:2: Layer type not set.", m);
    }

    @Test
    void featureBeforeTypeIsRejected() {
        String m = errorOf("MAP LAYER NAME x FEATURE POINTS 1 1 END END TYPE POINT END END");
        assertTrue(m.contains("Layer type must be set before defining inline features."), m);
    }

    @Test
    void unterminatedStringPointsAtItsOpeningQuote() {
        String m = errorOf("MAP\n  NAME \"abc\nEND\n");
        assertStarts("test.map:2:8: unterminated string", m);
    }

    @Test
    void unterminatedCommentPointsAtItsStart() {
        String m = errorOf("MAP\n  /* never closed\nEND\n");
        assertStarts("test.map:2:3: unterminated comment", m);
    }

    @Test
    void wrongValueTypeNamesKeywordAndExpectation() {
        String m = errorOf("MAP\n  SIZE big 10\nEND\n");
        assertStarts("test.map:2:8: Parsing error near (big): SIZE expects an integer", m);
    }

    @Test
    void valueOutOfRangeSaysTheRange() {
        String m = errorOf("MAP\n  SIZE 5000 10\nEND\n");
        assertTrue(m.contains("SIZE must be between 1 and 4096"), m);
    }

    @Test
    void keywordWordCannotBeAnUnquotedString() {
        String m = errorOf("MAP\n  NAME style\nEND\n");
        assertStarts("test.map:2:8: Parsing error near (style): NAME expects a string", m);
    }

    @Test
    void commasAreNotSeparators() {
        String m = errorOf("MAP\n  EXTENT -180,-90,180,90\nEND\n");
        assertStarts("test.map:2:14: Parsing error near (,)", m);
    }

    @Test
    void removedKeywordsAreRejectedWithAHint() {
        String m = errorOf(layer("TRANSPARENCY 50"));
        assertTrue(m.contains("Parsing error near (TRANSPARENCY)") && m.contains("COMPOSITE OPACITY"), m);
    }

    @Test
    void firstTokenMustBeMap() {
        assertStarts("test.map:1:1: First token must be MAP", errorOf("LAYER END"));
    }

    @Test
    void invalidHexColourIsReported() {
        assertTrue(errorOf("MAP IMAGECOLOR \"#fff\" END").contains("Invalid hex color (#fff)"));
    }

    @Test
    void undefinedSymbolNameIsReportedLikeResolveSymbolNames() {
        String m = errorOf(layer("CLASS STYLE SYMBOL \"nosuch\" END END"));
        assertTrue(m.contains("Undefined symbol \"nosuch\" in class 0, style 0 of layer l."), m);
    }

    @Test
    void collectsSeveralErrorsInSourceOrder() {
        String m = errorOf("MAP\n LAYER NAME a TYPE POINT FOO 1 END\n LAYER NAME b TYPE POINT BAR 2 END\nEND\n");
        String[] lines = m.split("\n");
        assertEquals(2, lines.length, m);
        assertTrue(lines[0].contains("(FOO)") && lines[1].contains("(BAR)"), m);
    }

    @Test
    void binaryGarbageGivesAClearErrorNotAnException() {
        StringBuilder sb = new StringBuilder();
        java.util.Random r = new java.util.Random(42);
        for (int i = 0; i < 20000; i++) {
            sb.append((char) r.nextInt(256));
        }
        String m = errorOf(sb.toString());
        assertTrue(m.startsWith("test.map:"), m);
    }

    @Test
    void garbageInsideAMapIsCappedAtTwentyDiagnostics() {
        StringBuilder sb = new StringBuilder("MAP\n");
        for (int i = 0; i < 100; i++) {
            sb.append(" LAYER NAME a TYPE POINT FOO").append(i).append(" END\n");
        }
        String m = errorOf(sb.append("END\n").toString());
        assertEquals(Problems.CAP, m.split("\n").length);
        assertTrue(m.contains("limit of 20"), m);
    }
}
