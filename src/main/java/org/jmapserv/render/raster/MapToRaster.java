package org.jmapserv.render.raster;

import org.jmapserv.geo.PixelGrid;
import org.jmapserv.geo.Projection;
import org.jmapserv.geo.Reprojector;
import org.jmapserv.render.layer.DrawContext;
import org.jmapserv.render.layer.MapRotation;

/**
 * Map coordinates to the raster's CRS as msResampleGDALToMap takes them: a rotated map (MAP ANGLE, the map
 * geotransform msMapComputeGeotransform sets up) turned back first, then the reprojection, if any.
 */
record MapToRaster(MapRotation rotation, Reprojector reprojector, double halfCell, boolean nonSquare) {

    /** The transform of a draw: the map's ANGLE when it has one, then {@code reprojector} (null: none). */
    static MapToRaster of(DrawContext ctx, Reprojector reprojector) {
        MapRotation r = ctx.map().angle() == 0 ? null : MapRotation.of(ctx.map().angle(), ctx.view());
        return new MapToRaster(r, reprojector == null ? Reprojector.between(Projection.NONE, Projection.NONE)
                : reprojector, 0.5 * ctx.view().cellSize(), nonSquare(ctx.view().grid()));
    }

    /**
     * Whether the map is rotated or its pixels are not square (MS_NONSQUARE, cell sizes more than 1e-5 apart, as
     * msPrepareImage tells): 8.0 then sets need_geotransform and the raster must go through the resampler.
     */
    boolean rotates() {
        return rotation != null || nonSquare;
    }

    private static boolean nonSquare(PixelGrid grid) {
        double r = grid.cellsizeX() / grid.cellsizeY();
        return grid.cellsizeY() != 0 && (Math.abs(r) > 1.00001 || Math.abs(r) < 0.99999);
    }

    /** Transforms {@code count} points in place; points that fail become NaN. */
    void transform(double[] xy, int offset, int count) {
        if (rotation != null) {
            // msResampleGDALToMap takes map pixel (x + 0.5, y + 0.5) through the map geotransform, whose origin is
            // the extent's centre less half the image: half a cell right and down of the unrotated pixel centre
            // the vector drawing uses
            for (int i = offset; i < offset + 2 * count; i += 2) {
                xy[i] += halfCell;
                xy[i + 1] -= halfCell;
            }
            rotation.inverse(xy, offset, count);
        }
        reprojector.transform(xy, offset, count);
    }
}
