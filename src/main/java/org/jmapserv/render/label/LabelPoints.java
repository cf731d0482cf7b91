package org.jmapserv.render.label;

/**
 * Where MapServer anchors a line's label: the middle of the longest segment, with that segment's angle, as
 * msPolylineLabelPoint does (polygons: {@link PolygonLabelPoint}).
 */
public final class LabelPoints {

    private LabelPoints() {
    }

    /** A label anchor in pixel coordinates and the line angle there (degrees counter-clockwise). */
    public record Anchor(double x, double y, double angle) {
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
