package org.jmapserv.query;

import org.jmapserv.mapfile.model.Extent;
import org.jmapserv.mapfile.model.Units;

/**
 * The map state a query runs against, as mapObj holds it after the request was read: extent (pixel centre to
 * pixel centre), image size, scale denominator (-1 when not computed, so scale limits do not apply) and units.
 * Pixel tolerances use MS_CELLSIZE of this extent and size, as msQueryByPoint does.
 */
public record QueryView(Extent extent, int width, int height, double scaleDenom, Units units) {

    /** The larger of the two MS_CELLSIZE values, MapServer's pixel size for tolerances. */
    public double cellSize() {
        double cx = (extent.maxX() - extent.minX()) / (width - 1);
        double cy = (extent.maxY() - extent.minY()) / (height - 1);
        return Math.max(cx, cy);
    }
}
