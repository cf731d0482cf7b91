package org.jmapserv.render.label;

import org.jmapserv.mapfile.model.Position;

/**
 * How far a label's text box moves from its anchor for a POSITION, as get_metrics (maplabel.c) with the
 * offsets msDrawLabelCache passes it: away from the point by OFFSET plus half the point's marker (both signed,
 * so a negative OFFSET pulls the label back towards the marker), plus MARKER_SLOP (2 px) for UC, LC, CL and CR;
 * UC and LC ignore the x offset, CL and CR the y offset; CC moves by OFFSET alone.
 */
final class LabelOffsets {

    private static final double MARKER_SLOP = 2;

    private LabelOffsets() {
    }

    /** {dx, dy} for {@link TextBlock#layout}, in pixels, y down. */
    static double[] of(LabelRequest l, Position pos) {
        if (pos == Position.CC) {
            return new double[] {l.offsetX(), l.offsetY()};
        }
        double ox = l.offsetX() + l.markerSize() / 2;
        double oy = l.offsetY() + l.markerSize() / 2;
        return switch (pos) {
            case UL -> new double[] {-ox, -oy};
            case UR -> new double[] {ox, -oy};
            case LL -> new double[] {-ox, oy};
            case LR -> new double[] {ox, oy};
            case UC -> new double[] {0, -oy - MARKER_SLOP};
            case LC -> new double[] {0, oy + MARKER_SLOP};
            case CL -> new double[] {-ox - MARKER_SLOP, 0};
            case CR -> new double[] {ox + MARKER_SLOP, 0};
            default -> new double[] {l.offsetX(), l.offsetY()};
        };
    }
}
