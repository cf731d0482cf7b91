package org.jmapserv.mapfile.model.expr;

/**
 * A mapfile expression as loadExpression (mapfile.c) reads it: a plain or case-insensitive string, a regex,
 * a {@code {list}}, or a logical {@code (expression)} whose parsed tree is {@code ast} (null for other kinds).
 * {@code text} is what stood between the delimiters.
 */
public record ExpressionDef(Kind kind, String text, boolean ignoreCase, Expr ast) {

    /** The four forms loadExpression distinguishes. */
    public enum Kind { STRING, REGEX, LIST, LOGICAL }

    public static ExpressionDef string(String text) {
        return new ExpressionDef(Kind.STRING, text, false, null);
    }
}
