package org.jmapserv.mapfile.model.expr;

import org.locationtech.jts.geom.Geometry;

/**
 * What an expression may look at while it is evaluated for one feature: its attributes (MapServer
 * "items", all strings, names matched case-insensitively as msLayerGetItems/msEvalExpression do), its
 * geometry for {@code [shape]} and the spatial functions, and the map's cell size for {@code [map_cellsize]}.
 */
public interface FeatureContext {

    /** The attribute's value, or {@code null} when the feature has no attribute of that name. */
    String attribute(String name);

    /** The feature's geometry in map coordinates, or {@code null} when unknown. */
    Geometry geometry();

    /** Map units per pixel of the draw in progress, or {@code NaN} outside a draw. */
    default double mapCellSize() {
        return Double.NaN;
    }

    /** The data source's cell size for {@code [data_cellsize]} (rasters), or {@code NaN} when not known. */
    default double dataCellSize() {
        return Double.NaN;
    }
}
