package org.jmapserv.render.label;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.List;

import org.jmapserv.mapfile.model.Align;
import org.jmapserv.mapfile.model.Position;
import org.jmapserv.render.font.FontRegistry;
import org.junit.jupiter.api.Test;

/** Wrapped labels: lines ceil(1.33 x whole points) apart, left aligned unless ALIGN says otherwise. */
class StacksWrappedLinesLikeMsLayoutTextSymbolTest {

    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    @Test
    void linesAreSpacedByThePointSizeNotThePixelSize() {
        assertEquals(14, LineLayout.of(10, Align.DEFAULT).lineHeight());
    }

    @Test
    void aFractionalSizeSpacesLinesLikeItsWholePoints() {
        assertEquals(12, LineLayout.of(9.5, Align.DEFAULT).lineHeight());
    }

    @Test
    void defaultAlignmentIsLeft() {
        assertEquals(0, LineLayout.of(10, Align.DEFAULT).indent(60, 20));
    }

    @Test
    void centreAndRightAlignmentUseWholePixelLineLengths() {
        assertEquals(20, LineLayout.of(10, Align.CENTER).indent(60.7, 20.2));
        assertEquals(40, LineLayout.of(10, Align.RIGHT).indent(60.7, 20.2));
    }

    @Test
    void aThreeLineBlockIsTwoLineHeightsTallerThanOneLine() {
        Font font = FontRegistry.sized(new Font(Font.SANS_SERIF, Font.PLAIN, 1), 10);
        LineLayout layout = LineLayout.of(10, Align.DEFAULT);
        TextBlock one = TextBlock.layout(List.of("Hxg"), layout, font, FRC, 100, 100, Position.CC, 0, 0, 0);
        TextBlock three = TextBlock.layout(List.of("Hxg", "Hxg", "Hxg"), layout, font, FRC, 100, 100, Position.CC,
                0, 0, 0);
        assertEquals(one.box().getHeight() + 2 * 14, three.box().getHeight(), 1e-6);
    }
}
