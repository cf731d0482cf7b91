package org.jmapserv.mapfile.parse;

import org.antlr.v4.runtime.Token;
import org.jmapserv.mapfile.antlr.MapfileLexer;
import org.jmapserv.mapfile.model.KeywordTable;
import org.jmapserv.mapfile.model.expr.ExpressionDef;

/**
 * Turns the token after EXPRESSION, FILTER, TEXT, GEOMTRANSFORM, ... into an {@link ExpressionDef}, mirroring
 * loadExpression (mapfile.c): a string (case-insensitive with a trailing i), a /regex/ or /regex/i, a {list} or
 * a (logical expression). This is the only place that constructs ExpressionDef, so wiring the logical-expression
 * parser in is a change here alone. Returns null when the token is not an expression.
 */
final class ExpressionReader {
    private ExpressionReader() {
    }

    static ExpressionDef read(Token t) {
        String text = t.getText();
        return switch (t.getType()) {
            case MapfileLexer.STRING -> new ExpressionDef(ExpressionDef.Kind.STRING, QuotedString.value(text),
                    QuotedString.caseInsensitive(text), null);
            case MapfileLexer.WORD -> KeywordTable.isLexerKeyword(text) ? null : ExpressionDef.string(text);
            case MapfileLexer.EXPRESSION -> logical(text.substring(1, text.length() - 1));
            case MapfileLexer.LIST -> new ExpressionDef(ExpressionDef.Kind.LIST, text.substring(1, text.length() - 1),
                    false, null);
            case MapfileLexer.REGEX -> regex(text);
            default -> null;
        };
    }

    /** A plain string expression made in code (GEOMTRANSFORM "start", ...). */
    static ExpressionDef string(String value) {
        return ExpressionDef.string(value);
    }

    static ExpressionDef logical(String inner) {
        return new ExpressionDef(ExpressionDef.Kind.LOGICAL, inner, false, null);
    }

    private static ExpressionDef regex(String text) {
        boolean icase = !text.endsWith("/");
        return new ExpressionDef(ExpressionDef.Kind.REGEX, text.substring(1, text.length() - (icase ? 2 : 1)),
                icase, null);
    }
}
