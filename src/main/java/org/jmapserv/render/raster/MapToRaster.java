package org.jmapserv.render.raster;

import org.jmapserv.geo.Projection;
import org.jmapserv.geo.Reprojector;
import org.jmapserv.render.layer.DrawContext;
import org.jmapserv.render.layer.MapRotation;

/**
 * Map coordinates to the raster's CRS as msResampleGDALToMap takes them: a rotated map (MAP ANGLE, the map
 * geotransform msMapComputeGeotransform sets up) turned back first, then the reprojection, if any.
 */
record MapToRaster(MapRotation rotation, Reprojector reprojector) {

    /** The transform of a draw: the map's ANGLE when it has one, then {@code reprojector} (null: none). */
    static MapToRaster of(DrawContext ctx, Reprojector reprojector) {
        MapRotation r = ctx.map().angle() == 0 ? null : MapRotation.of(ctx.map().angle(), ctx.view());
        return new MapToRaster(r, reprojector == null ? Reprojector.between(Projection.NONE, Projection.NONE)
                : reprojector);
    }

    /** Whether the map is rotated: the raster must then go through the resampler. */
    boolean rotates() {
        return rotation != null;
    }

    /** Transforms {@code count} points in place; points that fail become NaN. */
    void transform(double[] xy, int offset, int count) {
        if (rotation != null) {
            rotation.inverse(xy, offset, count);
        }
        reprojector.transform(xy, offset, count);
    }
}
