package org.jmapserv.mapfile.model.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PosixRegexTranslatesToJavaTest {

    private static boolean finds(String ere, String s) {
        return PosixRegex.compile(ere, false).matcher(s).find();
    }

    @Test
    void characterClassesInsideBrackets() {
        assertTrue(finds("^[[:alpha:]]+$", "Oslo"));
        assertFalse(finds("^[[:alpha:]]+$", "Oslo1"));
        assertTrue(finds("^[[:alnum:]_]+$", "road_12"));
        assertTrue(finds("^[[:space:]]*$", " \t"));
        assertTrue(finds("^[[:xdigit:]]+$", "0fA9"));
        assertTrue(finds("^[^[:digit:]]+$", "abc"));
        assertTrue(finds("[[:punct:]]", "a.b"));
    }

    @Test
    void backslashIsLiteralInsideBrackets() {
        assertTrue(finds("^[\\d]+$", "d\\d"));
        assertFalse(finds("^[\\d]+$", "12"));
    }

    @Test
    void closingBracketFirstIsLiteralAndJavaOnlyOperatorsAreEscaped() {
        assertTrue(finds("^[]a]+$", "]a]"));
        assertTrue(finds("^[a&&b]+$", "a&b"));
        assertTrue(finds("^[a-c-]+$", "a-c"));
        assertTrue(finds("[[.-.]]", "x-y"));
    }

    @Test
    void dollarMatchesOnlyAtTheVeryEndAndDotMatchesNewline() {
        assertFalse(finds("a$", "a\n"));
        assertTrue(finds("a.b", "a\nb"));
    }

    @Test
    void gnuWordBoundariesAndLeadingQuantifierAsLiteral() {
        assertTrue(finds("\\<Oslo\\>", "in Oslo city"));
        assertFalse(finds("\\<Oslo\\>", "Oslos"));
        assertTrue(finds("*a", "*a"));
        assertEquals("\\*a", PosixRegex.translate("*a"));
    }

    @Test
    void caseInsensitiveFlag() {
        assertTrue(PosixRegex.compile("^oslo$", true).matcher("OSLO").find());
    }

    @Test
    void unknownClassIsAnError() {
        ExpressionEvaluationException e = assertThrows(ExpressionEvaluationException.class,
                () -> PosixRegex.compile("[[:word:]]", false));
        assertTrue(e.getMessage().contains("[:word:]"), e.getMessage());
    }
}
