package org.jmapserv.mapfile.parse;

import org.jmapserv.mapfile.model.expr.ExpressionDef;

/**
 * Rewrites the source text of a loaded expression, as MapServer's runtime substitution edits
 * {@code expressionObj.string} before the expression is first tokenized (classSubstituteString,
 * layerSubstituteString in mapfile.c): same kind and case flag, a logical expression parsed again through the
 * expression parser. A text that no longer parses keeps a null tree, as a broken expression does at load time,
 * and fails where it is evaluated.
 */
public final class ExpressionRewriter {

    private ExpressionRewriter() {
    }

    /** {@code e} with {@code text} as its source; {@code e} itself when the text is unchanged. */
    public static ExpressionDef withText(ExpressionDef e, String text) {
        if (e == null || e.text().equals(text)) {
            return e;
        }
        return ExpressionReader.withText(e, text);
    }

    /**
     * An expression read back from its bare text as msLoadExpressionString does (msLayerApplyScaletokens uses it
     * on the substituted FILTER): the text lexes as one mapfile token, so only a text that itself starts with
     * {@code (}, {@code /} or {@code {} (or is quoted) keeps being logical, regex or list; anything else (the
     * stored text of a logical FILTER has lost its parentheses) becomes a plain string.
     */
    public static ExpressionDef reloaded(String text) {
        String t = text.strip();
        if (t.length() >= 2 && t.startsWith("(") && t.endsWith(")")) {
            return ExpressionReader.withText(ExpressionDef.logical("", null), t.substring(1, t.length() - 1));
        }
        if (t.length() >= 2 && t.startsWith("/") && (t.endsWith("/") || t.endsWith("/i"))) {
            boolean icase = t.endsWith("/i");
            return ExpressionDef.regex(t.substring(1, t.length() - (icase ? 2 : 1)), icase);
        }
        if (t.length() >= 2 && t.startsWith("{") && t.endsWith("}")) {
            return ExpressionDef.list(t.substring(1, t.length() - 1));
        }
        if (t.length() >= 2 && (t.startsWith("\"") && t.endsWith("\"") || t.startsWith("'") && t.endsWith("'"))) {
            return ExpressionDef.string(t.substring(1, t.length() - 1), false);
        }
        return ExpressionDef.string(text, false);
    }
}
