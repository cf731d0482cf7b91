package org.jmapserv.mapfile.model.expr;

/** A node of a parsed logical expression (mapparser.y). */
public interface Expr {
}
