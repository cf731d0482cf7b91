/**
 * MapServer's expression language as values and a pure evaluator: {@link
 * org.jmapserv.mapfile.model.expr.ExpressionDef} (what a mapfile EXPRESSION, FILTER, TEXT or
 * {@code (expression)} value holds), the {@link org.jmapserv.mapfile.model.expr.Expr} tree, and {@link
 * org.jmapserv.mapfile.model.expr.ExpressionEvaluator} over a {@link
 * org.jmapserv.mapfile.model.expr.FeatureContext}. No I/O. May import {@code org.jmapserv.mapfile} and
 * JTS only; the ANTLR-based reader lives in {@code org.jmapserv.mapfile.parse.expr}.
 */
package org.jmapserv.mapfile.model.expr;
