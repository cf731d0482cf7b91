/**
 * Reads the text of a mapfile {@code (expression)} into the {@link org.jmapserv.mapfile.model.expr.Expr}
 * tree with the ANTLR grammar {@code MapExpression.g4}. May import {@code org.jmapserv.mapfile.*},
 * the generated {@code org.jmapserv.mapfile.expr.antlr} classes and the ANTLR runtime; never I/O.
 */
package org.jmapserv.mapfile.parse.expr;
