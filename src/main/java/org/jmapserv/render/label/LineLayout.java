package org.jmapserv.render.label;

import java.awt.Font;

import org.jmapserv.mapfile.model.Align;
import org.jmapserv.render.font.FontRegistry;

/**
 * How the lines of a wrapped label stack, as msComputeTextPath and msLayoutTextSymbol (maplabel.c, textlayout.c)
 * do it: lines are ceil(1.33 x the label SIZE in points) pixels apart (not 1.33 x the pixel font size), and ALIGN
 * places each line within the widest one, DEFAULT meaning left for left-to-right text.
 */
public record LineLayout(double lineHeight, Align align) {

    /** The layout of a label of {@code size} points (scaled and clamped) with ALIGN {@code align}. */
    public static LineLayout of(double size, Align align) {
        // the text path keeps its glyph size as a whole number of points
        return new LineLayout(Math.ceil(Math.floor(size) * 1.33), align == null ? Align.DEFAULT : align);
    }

    /** For a font alone: its point size recovered from the pixel size, left aligned. */
    static LineLayout of(Font font) {
        return of(font.getSize2D() / FontRegistry.PIXELS_PER_POINT, Align.DEFAULT);
    }

    /** A line's direction as msLayoutTextSymbol's line_desc records it: its runs' bidi levels all even, all odd, or not. */
    enum Direction { LTR, RTL, MIXED }

    /**
     * How far right a line of width {@code width} starts in a block {@code maxWidth} wide; msLayoutTextSymbol
     * keeps line lengths as whole pixels, cut down.
     */
    double indent(double maxWidth, double width) {
        return indent(maxWidth, width, false);
    }

    /** As {@link #indent(double, double)}, ALIGN DEFAULT putting the line right when {@code rightAligned}. */
    double indent(double maxWidth, double width, boolean rightAligned) {
        double room = Math.floor(maxWidth) - Math.floor(width);
        return switch (align) {
            case CENTER -> room / 2;
            case RIGHT -> room;
            case LEFT -> 0;
            default -> rightAligned ? room : 0;
        };
    }

    /**
     * For ALIGN DEFAULT, which lines of a block go right, as msLayoutTextSymbol decides: a right-to-left line
     * does, a left-to-right one does not, and a mixed line does as the line before it did. Before the first
     * line the remembered choice starts as MS_ALIGN_LEFT, whose value equals MS_RTL_RTL, so a leading mixed
     * line goes right (probed: "Haifa חיפה" over "Jaffa יפו 5" are both right-aligned in 8.0).
     */
    static boolean[] rightAligned(Direction[] lines) {
        boolean[] out = new boolean[lines.length];
        boolean previous = true;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i] != Direction.MIXED) {
                previous = lines[i] == Direction.RTL;
            }
            out[i] = previous;
        }
        return out;
    }
}
