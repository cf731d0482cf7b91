package org.jmapserv.mapfile.parse.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ExpressionParserReportsErrorsWithColumnsTest {

    private static ExpressionSyntaxException error(String text) {
        return assertThrows(ExpressionSyntaxException.class, () -> ExpressionParser.parseLogical(text));
    }

    @Test
    void reportsMissingOperandAtTheClosingParenthesis() {
        ExpressionSyntaxException e = error("([POP] > )");
        assertEquals(10, e.column());
        assertEquals("expected an operand, found ')'", e.reason());
    }

    @Test
    void reportsMissingClosingParenthesisAtTheEnd() {
        ExpressionSyntaxException e = error("([POP] > 1");
        assertEquals(11, e.column());
        assertTrue(e.reason().contains("')'"), e.reason());
        assertTrue(e.reason().endsWith("found the end of the expression"), e.reason());
    }

    @Test
    void namesAnUnknownWordAndWhereItIs() {
        ExpressionSyntaxException e = error("[A] = 1 andd [B] = 2");
        assertEquals(9, e.column());
        assertTrue(e.reason().contains("unknown word 'andd'"), e.reason());
    }

    @Test
    void reportsAnUnterminatedString() {
        ExpressionSyntaxException e = error("\"[NAME]\" = \"Oslo");
        assertEquals(12, e.column());
        assertTrue(e.reason().contains("unterminated string"), e.reason());
    }

    @Test
    void reportsWrongArgumentCountAtTheFunctionName() {
        ExpressionSyntaxException e = error("buffer([shape])");
        assertEquals(1, e.column());
        assertEquals("buffer() takes 2 arguments, found 1", e.reason());
    }

    @Test
    void reportsTimeLiteralsInUnsupportedFormats() {
        ExpressionSyntaxException e = error("`[D]` > `15/06/2004`");
        assertEquals(9, e.column());
        assertTrue(e.reason().contains("YYYY-MM-DD"), e.reason());
    }

    @Test
    void reportsInvalidWktInFromtext() {
        ExpressionSyntaxException e = error("[shape] intersects fromtext('POINT(1)')");
        assertEquals(29, e.column());
        assertTrue(e.reason().contains("invalid WKT"), e.reason());
    }

    @Test
    void refusesDeepParenthesesCleanly() {
        String deep = "(".repeat(5000) + "1" + ")".repeat(5000);
        ExpressionSyntaxException e = error(deep);
        assertEquals(ExpressionParser.MAX_DEPTH + 1, e.column());
        assertTrue(e.reason().contains("nested more than 200"), e.reason());
    }

    @Test
    void refusesLongChainsOfPrefixOperatorsCleanly() {
        ExpressionSyntaxException e = error("not ".repeat(100_000) + "true");
        assertTrue(e.reason().contains("nested"), e.reason());
    }

    @Test
    void acceptsNestingJustBelowTheLimit() throws ExpressionSyntaxException {
        String text = "(".repeat(150) + "[A] = 1" + ")".repeat(150);
        assertEquals(ExpressionParser.parseLogical("[A] = 1"), ExpressionParser.parseLogical(text));
    }

    @Test
    void messageCarriesTheColumn() {
        assertEquals("column 10: expected an operand, found ')'", error("([POP] > )").getMessage());
    }
}
