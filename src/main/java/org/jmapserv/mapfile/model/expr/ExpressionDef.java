package org.jmapserv.mapfile.model.expr;

import java.util.Objects;

/**
 * One mapfile expression value as loaded (MapServer's expressionObj): its kind, the case-insensitive
 * flag of {@code "str"i} and {@code /re/i}, the source text exactly as written between the delimiters,
 * and for {@link ExpressionKind#LOGICAL} the parsed tree, or null when the text does not parse at load time
 * (MapServer tokenizes expressions only when it first evaluates them, so such a map still loads: typically a
 * {@code %token%} awaiting runtime substitution; parse again after substitution, or fail at draw time). Values compare equal when kind, flag, text and
 * tree are equal, so a parse, write and parse round trip compares equal.
 */
public record ExpressionDef(ExpressionKind kind, boolean caseInsensitive, String text, Expr ast) {

    public ExpressionDef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        if (kind != ExpressionKind.LOGICAL && ast != null) {
            throw new IllegalArgumentException(kind + " expressions carry no tree");
        }
        if (caseInsensitive && kind != ExpressionKind.STRING && kind != ExpressionKind.REGEX) {
            throw new IllegalArgumentException(kind + " expressions have no case-insensitive form");
        }
    }

    /** {@code "text"} (or {@code "text"i} when {@code caseInsensitive}). */
    public static ExpressionDef string(String text, boolean caseInsensitive) {
        return new ExpressionDef(ExpressionKind.STRING, caseInsensitive, text, null);
    }

    /** {@code /re/} (or {@code /re/i}). */
    public static ExpressionDef regex(String text, boolean caseInsensitive) {
        return new ExpressionDef(ExpressionKind.REGEX, caseInsensitive, text, null);
    }

    /** {@code {a,b,c}} with the text between the braces. */
    public static ExpressionDef list(String text) {
        return new ExpressionDef(ExpressionKind.LIST, false, text, null);
    }

    /** {@code (expr)} with the text between the parentheses and its parsed tree. */
    public static ExpressionDef logical(String text, Expr ast) {
        return new ExpressionDef(ExpressionKind.LOGICAL, false, text, ast);
    }

    /** The value as it is written in a mapfile, delimiters included. */
    public String mapfileSpelling() {
        return switch (kind) {
            case STRING -> quote(text) + (caseInsensitive ? "i" : "");
            case REGEX -> "/" + text + "/" + (caseInsensitive ? "i" : "");
            case LIST -> "{" + text + "}";
            case LOGICAL -> "(" + text + ")";
        };
    }

    /**
     * Hash on the source text only: the tree follows from it, and hashing a deep record tree on every
     * cache lookup in the evaluator's hot path would cost more than the evaluation.
     */
    @Override
    public int hashCode() {
        return (kind.ordinal() * 31 + (caseInsensitive ? 1 : 0)) * 31 + text.hashCode();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExpressionDef other && kind == other.kind
                && caseInsensitive == other.caseInsensitive && text.equals(other.text)
                && Objects.equals(ast, other.ast);
    }

    /** Quotes with whichever quote character the text does not contain, escaping as the lexer expects. */
    private static String quote(String s) {
        if (s.indexOf('"') < 0) {
            return '"' + s.replace("\\", "\\\\") + '"';
        }
        if (s.indexOf('\'') < 0) {
            return '\'' + s.replace("\\", "\\\\") + '\'';
        }
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    @Override
    public String toString() {
        return mapfileSpelling();
    }
}
