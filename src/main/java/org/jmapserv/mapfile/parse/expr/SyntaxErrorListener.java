package org.jmapserv.mapfile.parse.expr;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.jmapserv.mapfile.expr.antlr.MapExpressionParser;

/** Turns ANTLR's first syntax error into an {@link ExpressionSyntaxException} worded for mapfile authors. */
final class SyntaxErrorListener extends BaseErrorListener {

    /** Unchecked carrier so the exception can leave ANTLR's generated code. */
    static final class Abort extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient ExpressionSyntaxException error;

        Abort(ExpressionSyntaxException error) {
            super(null, null, false, false);
            this.error = error;
        }
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int charPositionInLine,
            String msg, RecognitionException e) {
        Token t = (Token) offendingSymbol;
        IntervalSet expected = e != null && e.getExpectedTokens() != null ? e.getExpectedTokens()
                : ((Parser) recognizer).getExpectedTokens();
        int column = t.getType() == Token.EOF ? t.getStartIndex() + 1 : t.getStartIndex() + 1;
        throw new Abort(new ExpressionSyntaxException(Math.max(column, 1),
                "expected " + describeExpected(expected) + ", found " + describe(t)));
    }

    static String describe(Token t) {
        String text = t.getText();
        return switch (t.getType()) {
            case Token.EOF -> "the end of the expression";
            case MapExpressionParser.WORD -> "unknown word '" + text + "'";
            case MapExpressionParser.OTHER -> switch (text) {
                case "\"", "'" -> "an unterminated string";
                case "`" -> "an unterminated time literal";
                case "[" -> "an unterminated attribute binding";
                default -> "'" + text + "'";
            };
            default -> "'" + text + "'";
        };
    }

    private static String describeExpected(IntervalSet expected) {
        List<String> parts = new ArrayList<>();
        if (expected.contains(MapExpressionParser.NUMBER)) {
            parts.add("an operand");
        }
        if (expected.contains(MapExpressionParser.RPAREN)) {
            parts.add("')'");
        }
        if (expected.contains(MapExpressionParser.COMMA)) {
            parts.add("','");
        }
        if (expected.contains(MapExpressionParser.LPAREN) && parts.isEmpty()) {
            parts.add("'('");
        }
        if (expected.contains(MapExpressionParser.AND)) {
            parts.add("an operator");
        }
        if (expected.contains(Token.EOF)) {
            parts.add("the end of the expression");
        }
        if (parts.isEmpty()) {
            return "something else";
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " or " + parts.get(parts.size() - 1);
    }
}
