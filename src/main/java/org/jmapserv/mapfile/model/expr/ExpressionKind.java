package org.jmapserv.mapfile.model.expr;

/** How a mapfile EXPRESSION/FILTER/TEXT value was written (loadExpression, mapfile.c). */
public enum ExpressionKind {
    /** {@code "text"} or a bare word: equality with the class item, or a TEXT template. */
    STRING,
    /** {@code /re/}: POSIX extended regular expression against the class item. */
    REGEX,
    /** {@code {a,b,c}}: the class item equals one of the comma-separated items. */
    LIST,
    /** {@code (expr)}: a logical expression. */
    LOGICAL
}
