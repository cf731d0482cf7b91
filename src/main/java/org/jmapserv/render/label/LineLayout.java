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

    /**
     * How far right a line of width {@code width} starts in a block {@code maxWidth} wide; msLayoutTextSymbol
     * keeps line lengths as whole pixels, cut down.
     */
    double indent(double maxWidth, double width) {
        double room = Math.floor(maxWidth) - Math.floor(width);
        return switch (align) {
            case CENTER -> room / 2;
            case RIGHT -> room;
            default -> 0;
        };
    }
}
