package org.jmapserv.server.sld;

import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import org.jmapserv.mapfile.model.LayerDef;
import org.locationtech.jts.geom.Geometry;

/**
 * Where the vendor FILTER's GML geometries live, as msWMSApplyFilter sees them. {@code swaps} tells, for a
 * geometry's srsName (null when it has none), whether its axes are swapped (FLTDoAxisSwappingIfNecessary, WMS
 * 1.3.0 only: def_srs_needs_axis_swap for no srsName, FLTNeedSRSSwapping otherwise). {@code toLayer} moves a
 * geometry from its srsName (null: the request CRS, the map's projection during GetMap) into a layer's projection
 * (msProjectShape in FLTGetSpatialComparisonCommonExpression).
 */
public record FilterFrame(Predicate<String> swaps, BiFunction<String, LayerDef, UnaryOperator<Geometry>> toLayer) {

    /** Coordinates as given (no swap, no reprojection). */
    public static final FilterFrame AS_GIVEN = new FilterFrame(s -> false, (s, l) -> UnaryOperator.identity());
}
