package org.jmapserv.mapfile.parse;

import org.antlr.v4.runtime.Token;
import org.jmapserv.mapfile.antlr.MapfileLexer;
import org.jmapserv.mapfile.model.TokenCodes;
import org.jmapserv.mapfile.model.expr.ExpressionDef;
import org.jmapserv.mapfile.parse.expr.ExpressionParser;
import org.jmapserv.mapfile.parse.expr.ExpressionSyntaxException;

/**
 * Turns the token after EXPRESSION, FILTER, TEXT, GEOMTRANSFORM, ... into an {@link ExpressionDef}, mirroring
 * loadExpression (mapfile.c): a string (case-insensitive with a trailing i), a /regex/ or /regex/i, a {list} or
 * a (logical expression), parsed at once. MapServer tokenizes a logical expression only when it first evaluates
 * it, so a map with a broken one (or one holding a %token% before substitution) still loads: we keep the text
 * with a null tree, and the checker reports it separately ({@link #problem}).
 * This is the only place that constructs ExpressionDef. Returns null when the token is not an expression.
 */
final class ExpressionReader {
    private ExpressionReader() {
    }

    static ExpressionDef read(Token t) {
        String text = t.getText();
        return switch (t.getType()) {
            case MapfileLexer.STRING -> ExpressionDef.string(QuotedString.value(text),
                    QuotedString.caseInsensitive(text));
            case MapfileLexer.WORD -> word(text);
            case MapfileLexer.EXPRESSION -> logical(text.substring(1, text.length() - 1));
            case MapfileLexer.LIST -> ExpressionDef.list(text.substring(1, text.length() - 1));
            case MapfileLexer.REGEX -> regex(text);
            default -> null;
        };
    }

    /**
     * An unquoted word: a string unless the lexer knows it. BINDVALS and CONNECTIONOPTIONS lex to the codes of
     * MS_EXPRESSION and MS_REGEX, so loadExpression takes them as {@code (bindvals)} and {@code /connectionoptions/}.
     */
    private static ExpressionDef word(String text) {
        return switch (TokenCodes.of(text)) {
            case TokenCodes.NONE -> ExpressionDef.string(text, false);
            case TokenCodes.MS_EXPRESSION -> logical(text);
            case TokenCodes.MS_REGEX -> ExpressionDef.regex(text, false);
            default -> null;
        };
    }

    /** The same kind of expression with new source text (a logical one parsed again, null tree if it fails). */
    static ExpressionDef withText(ExpressionDef e, String text) {
        return switch (e.kind()) {
            case STRING -> ExpressionDef.string(text, e.caseInsensitive());
            case REGEX -> ExpressionDef.regex(text, e.caseInsensitive());
            case LIST -> ExpressionDef.list(text);
            case LOGICAL -> logical(text);
        };
    }

    /** A plain string expression made in code (GEOMTRANSFORM "labelpnt", ...). */
    static ExpressionDef string(String value) {
        return ExpressionDef.string(value, false);
    }

    private static ExpressionDef logical(String inner) {
        try {
            return ExpressionDef.logical(inner, ExpressionParser.parseLogical(inner));
        } catch (ExpressionSyntaxException e) {
            return ExpressionDef.logical(inner, null);
        }
    }

    /** Why a logical expression's text does not parse (for the checker's warnings), or null when it does. */
    static String problem(ExpressionDef e) {
        if (e == null || e.kind() != org.jmapserv.mapfile.model.expr.ExpressionKind.LOGICAL || e.ast() != null) {
            return null;
        }
        try {
            ExpressionParser.parseLogical(e.text());
            return null;
        } catch (ExpressionSyntaxException x) {
            return "column " + x.column() + " of (" + e.text() + "): " + x.reason();
        }
    }

    private static ExpressionDef regex(String text) {
        boolean icase = !text.endsWith("/");
        return ExpressionDef.regex(text.substring(1, text.length() - (icase ? 2 : 1)), icase);
    }
}
