package org.jmapserv.render.label;

import java.util.ArrayList;
import java.util.List;

import org.jmapserv.render.style.PixelShape;

/**
 * Label anchors on a line in image pixels, as msPolylineLabelPoint / msLineLabelPoint (mapprimitive.c) place
 * them: the line is first clipped to the image grown by a few pixels (msDrawShape clips before labelling, so
 * parts outside the map never carry a label); without REPEATDISTANCE only the longest part (by length) is
 * labelled, at the middle of its longest segment, and only when it is longer than MINFEATURESIZE (the text's
 * width for MINFEATURESIZE AUTO); with REPEATDISTANCE every long enough part gets an odd number of labels
 * spread evenly from its middle outwards. Each anchor carries its segment's angle.
 */
final class LineLabelPoints {

    /** How far beyond the image lines stay for labelling when no styles say otherwise: msDrawShape's for thin lines. */
    static final double CLIP_BUFFER = 2;

    private LineLabelPoints() {
    }

    static List<LabelPoints.Anchor> of(PixelShape px, int width, int height, double minFeatureSize,
                                       double repeatDistance) {
        List<LabelPoints.Anchor> out = new ArrayList<>();
        for (double[] part : labelledParts(px, width, height, CLIP_BUFFER, minFeatureSize, repeatDistance)) {
            pointsOn(part, repeatDistance, out);
        }
        return out;
    }

    /** msLineLabelPoint on one part: the longest segment's middle, or repeated positions. */
    static void pointsOn(double[] part, double repeatDistance, List<LabelPoints.Anchor> out) {
        if (repeatDistance > 0) {
            repeated(part, repeatDistance, out);
        } else {
            LabelPoints.Anchor a = LabelPoints.lineAnchor(part, 0, part.length / 2);
            if (a != null) {
                out.add(a);
            }
        }
    }

    /**
     * The clipped parts that get labels: every part longer than {@code minFeatureSize} with a repeat distance,
     * else only the longest part, if longer.
     */
    static List<double[]> labelledParts(PixelShape px, int width, int height, double clipBuffer,
                                        double minFeatureSize, double repeatDistance) {
        List<double[]> parts = new ArrayList<>();
        for (int p = 0; p < px.partCount(); p++) {
            parts.addAll(LineClipper.clip(px.xy(), px.partStart(p), px.partEnd(p), -clipBuffer, -clipBuffer,
                    width + clipBuffer, height + clipBuffer));
        }
        if (repeatDistance > 0) {
            return parts.stream().filter(part -> length(part) > minFeatureSize).toList();
        }
        double[] longest = null;
        double best = -1;
        for (double[] part : parts) {
            double len = length(part);
            if (len > best) {
                best = len;
                longest = part;
            }
        }
        return longest != null && best > minFeatureSize ? List.<double[]>of(longest) : List.of();
    }

    static double length(double[] xy) {
        double len = 0;
        for (int i = 2; i < xy.length; i += 2) {
            len += Math.hypot(xy[i] - xy[i - 2], xy[i + 1] - xy[i - 1]);
        }
        return len;
    }

    /** msLineLabelPoint with a repeat distance: centre first, then pairs outwards (right, left). */
    private static void repeated(double[] xy, double repeat, List<LabelPoints.Anchor> out) {
        double total = length(xy);
        int count = (int) (total / repeat);
        if (count <= 1) {
            LabelPoints.Anchor a = LabelPoints.lineAnchor(xy, 0, xy.length / 2);
            if (a != null) {
                out.add(a);
            }
            return;
        }
        if (count % 2 == 0) {
            count--;
        }
        double spacing = total / count;
        double centre = total / 2;
        for (int k = (count - 1) / 2; k >= 1; k--) {
            out.add(at(xy, centre + k * spacing));
            out.add(at(xy, centre - k * spacing));
        }
        out.add(at(xy, centre));
    }

    /** The point {@code distance} along the line, with the angle of the segment it falls on. */
    private static LabelPoints.Anchor at(double[] xy, double distance) {
        double walked = 0;
        int n = xy.length / 2;
        for (int i = 1; i < n; i++) {
            double dx = xy[2 * i] - xy[2 * i - 2];
            double dy = xy[2 * i + 1] - xy[2 * i - 1];
            double seg = Math.hypot(dx, dy);
            if (walked + seg >= distance || i == n - 1) {
                double t = seg == 0 ? 0 : (distance - walked) / seg;
                return new LabelPoints.Anchor(xy[2 * i - 2] + t * dx, xy[2 * i - 1] + t * dy,
                        Math.toDegrees(Math.atan2(-dy, dx)));
            }
            walked += seg;
        }
        return new LabelPoints.Anchor(xy[0], xy[1], 0);
    }
}
