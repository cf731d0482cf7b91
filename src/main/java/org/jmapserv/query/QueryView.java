package org.jmapserv.query;

import org.jmapserv.mapfile.model.Extent;
import org.jmapserv.mapfile.model.Units;

/**
 * The map state a query runs against, as mapObj holds it after the request was read: extent (pixel centre to
 * pixel centre), image size, scale denominator (-1 when not computed, so scale limits do not apply) and units.
 * Pixel tolerances use MS_CELLSIZE of this extent and size, as msQueryByPoint does. {@code cellSize} is
 * map->cellsize when msAdjustExtent set it from an extent before squaring (NaN: computed from this extent), which
 * can differ from the squared extent's in the last bits, and the pixel tags round on it.
 */
public record QueryView(Extent extent, int width, int height, double scaleDenom, Units units, double mapCellSize) {

    public QueryView(Extent extent, int width, int height, double scaleDenom, Units units) {
        this(extent, width, height, scaleDenom, units, Double.NaN);
    }

    /** map->cellsize when known, otherwise the larger of the two MS_CELLSIZE values. */
    public double cellSize() {
        if (!Double.isNaN(mapCellSize)) {
            return mapCellSize;
        }
        double cx = (extent.maxX() - extent.minX()) / (width - 1);
        double cy = (extent.maxY() - extent.minY()) / (height - 1);
        return Math.max(cx, cy);
    }
}
