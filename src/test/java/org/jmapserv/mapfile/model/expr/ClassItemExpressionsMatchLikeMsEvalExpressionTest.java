package org.jmapserv.mapfile.model.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClassItemExpressionsMatchLikeMsEvalExpressionTest {

    private final ExpressionEvaluator evaluator = new ExpressionEvaluator();
    private final Feature road = Feature.of(null, "TYPE", "Motorway", "REF", "E18", "EMPTY", "");

    @Test
    void nullOrEmptyExpressionAlwaysMatches() {
        assertTrue(evaluator.matches(null, road, null));
        assertTrue(evaluator.matches(ExpressionDef.string("", false), road, null));
    }

    @Test
    void stringIsExactEqualityUnlessMarkedCaseInsensitive() {
        assertTrue(evaluator.matches(ExpressionDef.string("Motorway", false), road, "type"));
        assertFalse(evaluator.matches(ExpressionDef.string("motorway", false), road, "TYPE"));
        assertTrue(evaluator.matches(ExpressionDef.string("motorway", true), road, "TYPE"));
        assertFalse(evaluator.matches(ExpressionDef.string("Motorway ", false), road, "TYPE"));
    }

    @Test
    void regexMatchesAnywhereAndHonoursTheCaseFlag() {
        assertTrue(evaluator.matches(ExpressionDef.regex("way", false), road, "TYPE"));
        assertFalse(evaluator.matches(ExpressionDef.regex("^motor", false), road, "TYPE"));
        assertTrue(evaluator.matches(ExpressionDef.regex("^motor", true), road, "TYPE"));
        assertTrue(evaluator.matches(ExpressionDef.regex("^[[:upper:]][[:digit:]]+$", false), road, "REF"));
    }

    @Test
    void emptyValueNeverMatchesARegexEvenOneThatMatchesEmpty() {
        assertFalse(evaluator.matches(ExpressionDef.regex(".*", false), road, "EMPTY"));
    }

    @Test
    void listMatchesOneItemExactlyWithoutTrimming() {
        assertTrue(evaluator.matches(ExpressionDef.list("Primary,Motorway,Trunk"), road, "TYPE"));
        assertFalse(evaluator.matches(ExpressionDef.list("Primary, Motorway"), road, "TYPE"));
        assertFalse(evaluator.matches(ExpressionDef.list("Motor,way"), road, "TYPE"));
        assertTrue(evaluator.matches(ExpressionDef.list("a,,b"), road, "EMPTY"));
    }

    @Test
    void withoutClassItemNothingMatchesAndTheStrictFormSaysWhy() {
        ExpressionDef def = ExpressionDef.string("Motorway", false);
        assertFalse(evaluator.matches(def, road, null));
        ExpressionEvaluationException e = assertThrows(ExpressionEvaluationException.class,
                () -> evaluator.evaluateMatch(def, road, null));
        assertTrue(e.getMessage().contains("no CLASSITEM"), e.getMessage());
    }

    @Test
    void invalidRegexIsFalseLenientlyAndAnErrorStrictly() {
        ExpressionDef def = ExpressionDef.regex("(unclosed", false);
        assertFalse(evaluator.matches(def, road, "TYPE"));
        ExpressionEvaluationException e = assertThrows(ExpressionEvaluationException.class,
                () -> evaluator.evaluateMatch(def, road, "TYPE"));
        assertTrue(e.getMessage().contains("invalid regular expression /(unclosed/"), e.getMessage());
    }

    @Test
    void typeMismatchExplainsHowToQuoteTheBinding() {
        Expr ast = new Expr.Binary(Expr.BinaryOp.EQ, new Expr.NumberBinding("TYPE"),
                new Expr.StringLiteral("Motorway"));
        ExpressionDef def = ExpressionDef.logical("[TYPE] = \"Motorway\"", ast);
        assertFalse(evaluator.matches(def, road, null));
        ExpressionEvaluationException e = assertThrows(ExpressionEvaluationException.class,
                () -> evaluator.evaluateMatch(def, road, null));
        assertEquals("cannot apply '=' to a number and a string: '=' compares two values of the same type;"
                + " [TYPE] is a number, write \"[TYPE]\" to use it as a string", e.getMessage());
    }
}
