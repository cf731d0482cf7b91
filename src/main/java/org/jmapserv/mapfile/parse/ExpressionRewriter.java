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
}
