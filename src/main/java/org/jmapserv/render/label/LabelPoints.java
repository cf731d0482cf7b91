package org.jmapserv.render.label;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * Where MapServer anchors a feature's label. Polygons: msPolygonLabelPoint (mapprimitive.c) keeps the
 * centroid when it falls inside the polygon, otherwise takes the middle of the widest horizontal scan line,
 * which JTS's interior point computes the same way. Lines: the middle of the longest segment, with that
 * segment's angle, as msPolylineLabelPoint does.
 */
public final class LabelPoints {

    private LabelPoints() {
    }

    /** A label anchor in pixel coordinates and the line angle there (degrees counter-clockwise). */
    public record Anchor(double x, double y, double angle) {
    }

    public static Coordinate polygonPoint(Geometry polygon) {
        Point c = polygon.getCentroid();
        if (!c.isEmpty() && polygon.contains(c)) {
            return c.getCoordinate();
        }
        return polygon.getInteriorPoint().getCoordinate();
    }

    /** The middle of the longest segment of interleaved pixel coordinates {@code [start, end)}. */
    public static Anchor lineAnchor(double[] xy, int start, int end) {
        double best = -1;
        Anchor anchor = null;
        for (int i = start; i + 1 < end; i++) {
            double dx = xy[2 * i + 2] - xy[2 * i];
            double dy = xy[2 * i + 3] - xy[2 * i + 1];
            double len = Math.hypot(dx, dy);
            if (len > best) {
                best = len;
                double angle = Math.toDegrees(Math.atan2(-dy, dx));
                anchor = new Anchor(xy[2 * i] + dx / 2, xy[2 * i + 1] + dy / 2, angle);
            }
        }
        return anchor;
    }
}
