package org.jmapserv.render.label;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.io.File;

import org.junit.jupiter.api.Test;

/** Label lines in RTL or complex scripts are reordered and shaped; plain Latin keeps the fast glyph path. */
class ShapesRightToLeftTextLikeHarfBuzzFriBidiTest {

    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private static Font sans() throws Exception {
        return Font.createFont(Font.TRUETYPE_FONT, new File("test-data/fonts/DejaVuSans.ttf")).deriveFont(20f);
    }

    @Test
    void onlyRightToLeftOrComplexLinesAreShaped() {
        assertFalse(ShapedLine.needsShaping("Zürich Ωμέγα Москва"));
        assertTrue(ShapedLine.needsShaping("القاهرة"));
        assertTrue(ShapedLine.needsShaping("Cairo שלום"));
    }

    @Test
    void arabicTakesItsJoiningForms() throws Exception {
        Font f = sans();
        String cairo = "القاهرة";
        double shaped = ShapedLine.of(f, FRC, cairo).advance();
        double isolated = f.createGlyphVector(FRC, cairo).getLogicalBounds().getWidth();
        assertNotEquals(isolated, shaped, 0.5, "joined letters are not the isolated forms side by side");
    }

    @Test
    void hebrewRunsRightToLeft() throws Exception {
        Font f = sans();
        // alef then a space and many bets: in RTL order the alef is drawn at the right end
        ShapedLine line = ShapedLine.of(f, FRC, "א בבבבבב");
        Rectangle2D alef = f.createGlyphVector(FRC, "א").getVisualBounds();
        Rectangle2D all = line.visualBounds();
        assertTrue(all.getMaxX() - alef.getWidth() - 2 > all.getMinX() + all.getWidth() / 2,
                "the first letter sits in the right half");
    }
}
