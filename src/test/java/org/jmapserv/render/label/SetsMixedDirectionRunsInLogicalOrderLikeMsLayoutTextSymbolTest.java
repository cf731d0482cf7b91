package org.jmapserv.render.label;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.Area;
import java.io.File;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * msLayoutTextSymbol cuts a mixed line into runs by FriBidi level and script, shapes each run in its own
 * direction and sets the runs in logical order (no visual reordering of runs); ALIGN DEFAULT puts right-to-left
 * lines, and mixed lines after them (or at the start), to the right.
 */
class SetsMixedDirectionRunsInLogicalOrderLikeMsLayoutTextSymbolTest {

    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private static Font sans() throws Exception {
        return Font.createFont(Font.TRUETYPE_FONT, new File("test-data/fonts/DejaVuSans.ttf")).deriveFont(20f);
    }

    @Test
    void runsFollowEachOtherInLogicalOrder() throws Exception {
        Font f = sans();
        String line = "שלום world";
        GlyphLine set = GlyphLine.of(f, FRC, line);
        double hebrew = f.layoutGlyphVector(FRC, "שלום".toCharArray(), 0, 4, Font.LAYOUT_RIGHT_TO_LEFT)
                .getGlyphPosition(4).getX();
        // the Hebrew word (a level-1 run; the blank between R and L takes the paragraph's level 0) comes first
        List<GlyphLine.Glyph> glyphs = set.glyphs();
        assertEquals(line.length(), glyphs.size());
        assertTrue(glyphs.get(4).space(), "the Latin run starts with the blank");
        double world = f.createGlyphVector(FRC, " world").getGlyphPosition(6).getX();
        assertEquals(hebrew + world, set.advance(), 0.01);
        // the Unicode bidi algorithm would put "world" first; MapServer keeps the Hebrew run left of it
        Area expected = new Area(f.layoutGlyphVector(FRC, "שלום".toCharArray(), 0, 4, Font.LAYOUT_RIGHT_TO_LEFT)
                .getOutline());
        expected.add(new Area(f.createGlyphVector(FRC, " world").getOutline((float) hebrew, 0)));
        assertTrue(expected.equals(new Area(set.outline())), "Hebrew run, then the Latin run");
    }

    @Test
    void digitsAfterArabicAreTheirOwnLeftToRightRun() {
        List<TextRuns.Run> runs = TextRuns.of("Cairo القاهرة 2024");
        assertEquals("Cairo ", "Cairo القاهرة 2024".substring(runs.get(0).start(), runs.get(0).end()));
        TextRuns.Run arabic = runs.get(1);
        assertTrue(arabic.rightToLeft());
        assertEquals(Character.UnicodeScript.ARABIC, arabic.script());
        TextRuns.Run digits = runs.get(runs.size() - 1);
        assertEquals("2024", "Cairo القاهرة 2024".substring(digits.start(), digits.end()));
        assertTrue(digits.basic() && !digits.rightToLeft());
    }

    @Test
    void lineDirectionsSteerDefaultAlignment() throws Exception {
        Font f = sans();
        assertEquals(LineLayout.Direction.RTL, GlyphLine.of(f, FRC, "ירושלים תל אביב").direction());
        assertEquals(LineLayout.Direction.MIXED, GlyphLine.of(f, FRC, "Haifa חיפה").direction());
        assertEquals(LineLayout.Direction.LTR, GlyphLine.of(f, FRC, "Москва").direction());
        LineLayout.Direction l = LineLayout.Direction.LTR, r = LineLayout.Direction.RTL,
                m = LineLayout.Direction.MIXED;
        // a leading mixed line goes right (MS_ALIGN_LEFT == MS_RTL_RTL), then follows the line before
        assertArrayEquals(new boolean[] {true, true, false, false, true}, LineLayout.rightAligned(
                new LineLayout.Direction[] {m, m, l, m, r}));
    }
}
