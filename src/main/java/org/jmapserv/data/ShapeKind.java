package org.jmapserv.data;

/**
 * The drawing kind of a {@link ShapeGeometry}, MapServer's MS_SHAPE_POINT / MS_SHAPE_LINE /
 * MS_SHAPE_POLYGON with multipoints kept apart because JTS models them differently.
 */
public enum ShapeKind {
    POINT,
    MULTIPOINT,
    LINE,
    POLYGON
}
