package org.jmapserv.query;

import org.jmapserv.mapfile.model.Extent;
import org.jmapserv.mapfile.model.expr.ExpressionDef;
import org.locationtech.jts.geom.Geometry;

/**
 * One query as MapServer's queryObj describes it: what kind, single or multiple results, the query layer
 * ({@code layer} &lt; 0 for every layer), at most {@code maxResults} per layer (0: no limit, or with SINGLE one
 * result across all layers), and the kind's own inputs: a point and buffer (0: the layers' tolerances), a
 * rectangle, a filter with its item, a shape index, a shape (map coordinates), a selection layer.
 */
public record Query(QueryType type, QueryMode mode, int layer, int maxResults, double x, double y, double buffer,
                    Extent rect, String filterItem, ExpressionDef filter, long shapeIndex, Geometry shape,
                    int selectLayer) {

    /** msQueryByPoint: the feature nearest (SINGLE) or all features (MULTIPLE) within tolerance of x,y. */
    public static Query byPoint(QueryMode mode, int layer, int maxResults, double x, double y, double buffer) {
        return new Query(QueryType.POINT, mode, layer, maxResults, x, y, buffer, null, null, null, -1, null, -1);
    }

    /** msQueryByRect. */
    public static Query byRect(int layer, Extent rect) {
        return new Query(QueryType.RECT, QueryMode.MULTIPLE, layer, 0, 0, 0, 0, rect, null, null, -1, null, -1);
    }

    /** msQueryByFilter: features in {@code rect} matching {@code filter} (compared with {@code item}). */
    public static Query byFilter(QueryMode mode, int layer, Extent rect, String item, ExpressionDef filter) {
        return new Query(QueryType.FILTER, mode, layer, 0, 0, 0, 0, rect, item, filter, -1, null, -1);
    }

    /** msQueryByIndex: record {@code index} of layer {@code layer}. */
    public static Query byIndex(int layer, long index) {
        return new Query(QueryType.INDEX, QueryMode.SINGLE, layer, 0, 0, 0, 0, null, null, null, index, null, -1);
    }

    /** msQueryByShape: features intersecting (or within tolerance of) {@code shape}. */
    public static Query byShape(int layer, Geometry shape) {
        return new Query(QueryType.SHAPE, QueryMode.MULTIPLE, layer, 0, 0, 0, 0, null, null, null, -1, shape, -1);
    }

    /** A copy whose found features of {@code selectLayer} then select features of the other layers (msQueryByFeatures). */
    public Query withSelectLayer(int selectLayer) {
        return new Query(type, mode, layer, maxResults, x, y, buffer, rect, filterItem, filter, shapeIndex, shape,
                selectLayer);
    }
}
