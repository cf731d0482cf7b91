package org.jmapserv.render.label;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.List;

import org.jmapserv.render.font.FontRegistry;

/**
 * Glyph positions for ANGLE FOLLOW, as msLineLabelPath (mapprimitive.c): the text is laid along the line,
 * centred on it (or repeated every REPEATDISTANCE plus the text's length), read left to right whichever way the
 * line runs, each glyph turned to the direction towards the next; a label whose consecutive glyphs turn by more
 * than MAXOVERLAPANGLE is tried again shifted along the line ({@link FollowRetryOffset}) and dropped when no shift
 * is left; one longer than 1.5 times its line is dropped unless FORCE. {@code glyphs} holds x, y (baseline
 * start, already moved down by half the font size so the text sits centred on the line) and angle in radians
 * (counter-clockwise) per glyph, {@code advances} each glyph's advance and {@code glyphSize} the label size in whole
 * points, which sets both the baseline shift and the height of the collision outline.
 */
public record FollowPath(double[] glyphs, double[] advances, double glyphSize) {

    /** The glyph count. */
    public int size() {
        return glyphs.length / 3;
    }

    /** The middle glyph's position, which the label cache takes as a follow label's point (msAddLabel). */
    public double[] middle() {
        int k = size() / 2;
        return new double[] {glyphs[3 * k], glyphs[3 * k + 1]};
    }

    /**
     * The collision outline msLineLabelPath builds: per glyph a box from its baseline point, its advance wide and
     * the glyph size (points) tall, grown by {@code buffer} and turned with the glyph; the upper-left corners run
     * forwards (the last glyph's upper-right closing them) and the lower corners come back, as one ring.
     */
    public LabelBounds bounds(double buffer) {
        int n = size();
        int total = 2 * n + 1;
        double[] ring = new double[2 * total];
        double minY = -glyphSize - buffer;
        double maxY = buffer;
        for (int k = 0; k < n; k++) {
            double px = glyphs[3 * k], py = glyphs[3 * k + 1], theta = glyphs[3 * k + 2];
            double cos = Math.cos(theta), sin = Math.sin(theta);
            double x = k < n - 1 ? -buffer : advances[k] + buffer;
            int top = k, bottom = total - k - 2;
            ring[2 * top] = x * cos + maxY * sin + px;
            ring[2 * top + 1] = maxY * cos - x * sin + py;
            ring[2 * bottom] = x * cos + minY * sin + px;
            ring[2 * bottom + 1] = minY * cos - x * sin + py;
        }
        ring[2 * total - 2] = ring[0];
        ring[2 * total - 1] = ring[1];
        return LabelBounds.ofRing(ring);
    }

    /** Labels along one clipped line part, the glyph size taken from the font; empty when none fits. */
    static List<FollowPath> along(double[] line, String text, Font font, FontRenderContext frc,
                                  double maxOverlapDegrees, double repeat, boolean forced) {
        return along(line, text, font, frc, Math.floor(font.getSize2D() / FontRegistry.PIXELS_PER_POINT),
                maxOverlapDegrees, repeat, forced);
    }

    /** Labels along one clipped line part for a label of {@code glyphSize} points; empty when none fits. */
    static List<FollowPath> along(double[] line, String text, Font font, FontRenderContext frc, double glyphSize,
                                  double maxOverlapDegrees, double repeat, boolean forced) {
        return along(line, GlyphLine.of(font, frc, text).glyphs(), glyphSize, maxOverlapDegrees, repeat, forced);
    }

    /**
     * Labels along one clipped line part for the glyphs of a label's text as msLayoutTextSymbol set them (font
     * runs, shaping), a label of {@code glyphSize} points; empty when none fits.
     */
    static List<FollowPath> along(double[] line, List<GlyphLine.Glyph> set, double glyphSize,
                                  double maxOverlapDegrees, double repeat, boolean forced) {
        int n = set.size();
        double[] advance = new double[n];
        boolean[] spaces = new boolean[n];
        double textLength = 0;
        for (int k = 0; k < n; k++) {
            advance[k] = set.get(k).advance();
            spaces[k] = set.get(k).space();
            textLength += advance[k];
        }
        double total = LineLabelPoints.length(line);
        if (textLength > 1.5 * total) {
            if (!forced) {
                return List.of();
            }
            repeat = 0;
        }
        double buffer = textLength + repeat;
        int count = repeat > 0 && total > textLength ? 1 + (int) ((total - textLength) / buffer) : 1;
        double first = count % 2 == 1 ? (total - textLength) / 2 - (count / 2) * buffer
                : (total - repeat) / 2 - textLength - (count / 2 - 1) * buffer;
        double maxOverlap = Math.toRadians(maxOverlapDegrees > 0 ? maxOverlapDegrees : 72);
        double maxRetry = (repeat > 0 && total > textLength ? repeat : total - textLength) / 2.1;
        List<FollowPath> out = new ArrayList<>();
        double[] seg = segmentLengths(line);
        // msLineLabelPath moves on by a label's room only once a label is placed: after a dropped label the next
        // repeat is tried from the same position (with its own retry limits)
        double current = first;
        for (int l = 0; l < count; l++) {
            double retry = 0;
            int firstFail = 0;
            do {
                double start = current + retry;
                double direction = direction(line, seg, total, start, textLength);
                boolean reversed = !(direction > 0);
                Attempt a = place(line, spaces, advance, start, textLength, maxOverlap, glyphSize, reversed);
                if (a.path() != null) {
                    out.add(a.path());
                    current += buffer;
                    break;
                }
                if (retry == 0) {
                    firstFail = a.failedGlyph();
                }
                double[] limits = retryLimits(count, l, reversed, first, maxRetry);
                retry = FollowRetryOffset.next(advance, spaces, firstFail, retry, limits[0], limits[1]);
                if (direction < 0) {
                    // strictly: a text between vertices of one x (a vertical stretch) is laid reversed but its
                    // retry offset keeps its sign, as msLineLabelPath tests "direction < 0" there
                    retry = -retry;
                }
            } while (retry != 0);
        }
        return out;
    }

    /** One try at a position: the path, or the glyph whose turn was too sharp. */
    private record Attempt(FollowPath path, int failedGlyph) {
    }

    /**
     * Which way the text runs along the line, as msLineLabelPath decides it (bug 1620): the x of the vertex that
     * ends the segment holding the text's end less the x of the vertex that starts the segment holding its start —
     * not the text's own end points, which on a steep, bending line can disagree. Laid forwards only when positive.
     */
    private static double direction(double[] line, double[] seg, double total, double start, double textLength) {
        int n = line.length / 2;
        return line[2 * endVertex(seg, total, start, textLength, n)] - line[2 * startVertex(seg, start)];
    }

    /** The vertex before the text's start: the first when the text starts before the line. */
    private static int startVertex(double[] seg, double start) {
        int j = 0;
        if (start >= 0) {
            double walked = 0;
            while (walked < start && j < seg.length) {
                walked += seg[j++];
            }
            j--;
        }
        return Math.max(0, Math.min(j, seg.length - 1));
    }

    /** The vertex after the text's end: the last when the text runs past the line. */
    private static int endVertex(double[] seg, double total, double start, double textLength, int n) {
        int j = n - 1;
        if (start + textLength <= total) {
            double endLength = total - (start + textLength);
            double walked = 0;
            while (walked < endLength && j > 0) {
                walked += seg[j - 1];
                j--;
            }
            j++;
        }
        return Math.max(1, Math.min(j, n - 1));
    }

    private static double[] segmentLengths(double[] line) {
        double[] seg = new double[line.length / 2 - 1];
        for (int i = 0; i < seg.length; i++) {
            seg[i] = Math.hypot(line[2 * i + 2] - line[2 * i], line[2 * i + 3] - line[2 * i + 1]);
        }
        return seg;
    }

    /** {max move back, max move forward}: the ends of the line are kept free of retried labels. */
    private static double[] retryLimits(int count, int l, boolean reversed, double first, double maxRetry) {
        if (count == 1) {
            return new double[] {first, first};
        }
        double edge = Math.min(first, maxRetry);
        if (l == 0) {
            return reversed ? new double[] {edge, maxRetry} : new double[] {maxRetry, edge};
        }
        if (l == count - 1) {
            return reversed ? new double[] {maxRetry, edge} : new double[] {edge, maxRetry};
        }
        return new double[] {maxRetry, maxRetry};
    }

    private static Attempt place(double[] line, boolean[] spaces, double[] advance, double start, double textLength,
                                 double maxOverlap, double glyphSize, boolean reversed) {
        int n = advance.length;
        double[] pts = new double[2 * (n + 1)];
        double d = 0;
        for (int k = 0; k <= n; k++) {
            double along = reversed ? start + textLength - d : start + d;
            double[] q = pointAt(line, along);
            pts[2 * k] = q[0];
            pts[2 * k + 1] = q[1];
            if (k < n) {
                d += advance[k];
            }
        }
        double[] glyphs = new double[3 * n];
        double half = glyphSize / 2;
        for (int k = 0; k < n; k++) {
            double dx = pts[2 * k + 2] - pts[2 * k];
            double dy = pts[2 * k + 3] - pts[2 * k + 1];
            if (dx == 0 && dy == 0 && k > 0) {
                // a glyph of no advance (a mark shaping put on its base) turns with the glyph before it
                glyphs[3 * k] = pts[2 * k] + Math.sin(glyphs[3 * k - 1]) * half;
                glyphs[3 * k + 1] = pts[2 * k + 1] + Math.cos(glyphs[3 * k - 1]) * half;
                glyphs[3 * k + 2] = glyphs[3 * k - 1];
                continue;
            }
            double theta = -Math.atan2(dy, dx);
            if (k > 0 && !spaces[k] && !spaces[k - 1]) {
                double diff = Math.abs(theta - glyphs[3 * k - 1]);
                diff = Math.min(diff, 2 * Math.PI - diff);
                if (diff > maxOverlap) {
                    return new Attempt(null, k);
                }
            }
            // baseline half the glyph size (in points, as the text path keeps it) below the line
            glyphs[3 * k] = pts[2 * k] + Math.sin(theta) * half;
            glyphs[3 * k + 1] = pts[2 * k + 1] + Math.cos(theta) * half;
            glyphs[3 * k + 2] = theta;
        }
        return new Attempt(new FollowPath(glyphs, advance.clone(), glyphSize), -1);
    }

    /** The point {@code distance} along the line, extrapolating the end segments beyond either end. */
    private static double[] pointAt(double[] xy, double distance) {
        int n = xy.length / 2;
        double walked = 0;
        for (int i = 1; i < n; i++) {
            double dx = xy[2 * i] - xy[2 * i - 2];
            double dy = xy[2 * i + 1] - xy[2 * i - 1];
            double seg = Math.hypot(dx, dy);
            if (distance <= walked + seg || i == n - 1) {
                double t = seg == 0 ? 0 : (distance - walked) / seg;
                if (i == 1 && distance < 0) {
                    t = seg == 0 ? 0 : distance / seg;
                }
                return new double[] {xy[2 * i - 2] + t * dx, xy[2 * i - 1] + t * dy};
            }
            walked += seg;
        }
        return new double[] {xy[0], xy[1]};
    }
}
