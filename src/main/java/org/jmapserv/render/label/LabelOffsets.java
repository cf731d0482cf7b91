package org.jmapserv.render.label;

import org.jmapserv.mapfile.model.Position;

/**
 * How far a label's text box moves from its anchor for a POSITION, as get_metrics (maplabel.c) with the offsets
 * msDrawLabelCache (mapdraw.c) passes it. The marker offset is half the cached point marker's extent (its bounds
 * span size - 1 pixels, see {@link #markerOffset}) or half a label STYLE marker, whichever is larger, grown by half the OUTLINEWIDTH when
 * the label has a halo so the halo does not bleed into the marker; OFFSET (whole pixels) adds to it and the sum is
 * truncated to whole pixels, signed, so a negative OFFSET pulls the label back towards the marker. UC, LC, CL and CR add MARKER_SLOP (2 px); UC and LC
 * ignore the x offset; CL and CR ignore it in y too, except that a one-line label with a positive y offset sits
 * with its box bottom that far below the anchor instead of centred on it. CC moves by OFFSET alone, and so do
 * labels drawn without the label cache.
 */
final class LabelOffsets {

    private static final double MARKER_SLOP = 2;

    /** Where {@link TextBlock#layout} puts the box: aligned as {@code align}, moved by dx, dy (pixels, y down). */
    record Placement(Position align, double dx, double dy) {
    }

    private LabelOffsets() {
    }

    /**
     * The marker offsets {x, y} get_metrics adds to OFFSET, for a label that is not CC: half the cached marker's
     * bounds, computed as msAddLabel stores them (minx = x - w/2, maxx = minx + w - 1, so the span is w - 1 give
     * or take the floating-point rounding of the anchor's coordinate, which the later truncation exposes), or
     * half a label STYLE marker, whichever is larger; plus half the halo when there is a marker.
     */
    static double[] markerOffset(LabelRequest l) {
        double mx = l.markerSize() / 2;
        double my = mx;
        double w = l.cachedMarkerSize();
        if (w > 0) {
            double minX = l.x() - .5 * w;
            double minY = l.y() - .5 * w;
            mx = Math.max(mx, ((minX + (w - 1)) - minX) / 2.0);
            my = Math.max(my, ((minY + (w - 1)) - minY) / 2.0);
        }
        if (mx != 0 && l.outlineColor().isSet()) {
            mx += l.outlineWidth() / 2.0;
            my += l.outlineWidth() / 2.0;
        }
        return new double[] {mx, my};
    }

    static Placement of(LabelRequest l, Position pos, int lineCount) {
        return of(l, pos, lineCount, markerOffset(l));
    }

    /** msDrawLabel (LABELCACHE OFF) keeps no marker clear: OFFSET alone moves the text. */
    static Placement withoutMarker(LabelRequest l, Position pos, int lineCount) {
        return of(l, pos, lineCount, new double[] {0, 0});
    }

    private static Placement of(LabelRequest l, Position pos, int lineCount, double[] m) {
        if (pos == Position.CC) {
            return new Placement(pos, l.offsetX(), l.offsetY());
        }
        // get_metrics takes whole pixels: the C call truncates marker offset plus OFFSET towards zero
        int ox = (int) (l.offsetX() + m[0]);
        int oy = (int) (l.offsetY() + m[1]);
        boolean lowered = oy > 0 && lineCount == 1;
        return switch (pos) {
            case UL -> new Placement(pos, -ox, -oy);
            case UR -> new Placement(pos, ox, -oy);
            case LL -> new Placement(pos, -ox, oy);
            case LR -> new Placement(pos, ox, oy);
            case UC -> new Placement(pos, 0, -oy - MARKER_SLOP);
            case LC -> new Placement(pos, 0, oy + MARKER_SLOP);
            case CL -> lowered ? new Placement(Position.UL, -ox - MARKER_SLOP, oy)
                    : new Placement(pos, -ox - MARKER_SLOP, 0);
            case CR -> lowered ? new Placement(Position.UR, ox + MARKER_SLOP, oy)
                    : new Placement(pos, ox + MARKER_SLOP, 0);
            default -> new Placement(pos, l.offsetX(), l.offsetY());
        };
    }
}
