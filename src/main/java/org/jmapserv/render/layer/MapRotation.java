package org.jmapserv.render.layer;

import org.jmapserv.mapfile.model.Extent;
import org.jmapserv.render.MapView;

/**
 * MAP ANGLE as msMapComputeGeotransform sets it up: the view rectangle is turned by ANGLE degrees
 * counter-clockwise about its centre, so the drawn map turns clockwise. Map coordinates are moved into the
 * unrotated frame of the view (so the usual world-to-pixel mapping applies): pixel offsets from the image centre are
 * (dx cos + dy sin, dx sin - dy cos) / cell size for a point (dx, dy) from the extent's centre, the centre being
 * pixel (w/2, h/2) as in the geotransform (half a pixel off the unrotated map's centre; checked against 8.0).
 */
public final class MapRotation {

    private final double cos;
    private final double sin;
    private final double cx;
    private final double cy;
    /** Half a cell: the geotransform centres the extent on pixel (w/2, h/2), a pixel edge, not a centre. */
    private final double half;

    private MapRotation(double angleDeg, double cx, double cy, double half) {
        double a = Math.toRadians(angleDeg);
        this.cos = Math.cos(a);
        this.sin = Math.sin(a);
        this.cx = cx;
        this.cy = cy;
        this.half = half;
    }

    public static MapRotation of(double angleDeg, MapView view) {
        Extent e = view.extent();
        return new MapRotation(angleDeg, (e.minX() + e.maxX()) / 2, (e.minY() + e.maxY()) / 2,
                0.5 * view.cellSize());
    }

    /** Rotated-map coordinates to the unrotated frame, in place (NaN points stay NaN). */
    void forward(double[] xy, int offset, int count) {
        for (int i = offset; i < offset + 2 * count; i += 2) {
            double dx = xy[i] - cx;
            double dy = xy[i + 1] - cy;
            xy[i] = cx + dx * cos + dy * sin + half;
            xy[i + 1] = cy - (dx * sin - dy * cos) - half;
        }
    }

    /** The unrotated frame back to map coordinates, in place. */
    public void inverse(double[] xy, int offset, int count) {
        for (int i = offset; i < offset + 2 * count; i += 2) {
            double a = xy[i] - cx - half;
            double b = xy[i + 1] - cy + half;
            // forward: a = dx cos + dy sin, b = -(dx sin - dy cos) = dy cos - dx sin
            double dx = a * cos - b * sin;
            double dy = a * sin + b * cos;
            xy[i] = cx + dx;
            xy[i + 1] = cy + dy;
        }
    }

    /** The map-coordinate bounds of the view rectangle turned back, for the data query. */
    Extent inverseBounds(Extent e) {
        double[] xy = {e.minX(), e.minY(), e.maxX(), e.minY(), e.maxX(), e.maxY(), e.minX(), e.maxY()};
        inverse(xy, 0, 4);
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (int i = 0; i < 8; i += 2) {
            minX = Math.min(minX, xy[i]);
            maxX = Math.max(maxX, xy[i]);
            minY = Math.min(minY, xy[i + 1]);
            maxY = Math.max(maxY, xy[i + 1]);
        }
        return new Extent(minX, minY, maxX, maxY);
    }
}
