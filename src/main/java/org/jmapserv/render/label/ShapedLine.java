package org.jmapserv.render.label;

import java.awt.Font;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;
import java.text.AttributedString;
import java.text.Bidi;

import java.util.ArrayList;
import java.util.List;

import org.jmapserv.render.font.FontChain;
import org.jmapserv.render.font.MissingGlyphs;

/**
 * One line of label text laid out as MapServer's text path does it (msLayoutTextSymbol, textlayout.c): plain
 * left-to-right text as glyphs one after the other; text holding right-to-left or complex-script characters
 * goes through bidi reordering and shaping, as MapServer's FriBidi + HarfBuzz path does, here through Java's
 * TextLayout (Unicode bidi algorithm, OpenType shaping: Arabic joining forms, Hebrew right to left).
 */
record ShapedLine(Shape outline, double advance, Rectangle2D visualBounds) {

    static ShapedLine of(Font font, FontRenderContext frc, String line) {
        if (font instanceof FontChain chain && !line.isEmpty()) {
            return mixed(chain, frc, line);
        }
        if (!needsShaping(line)) {
            GlyphVector gv = font.createGlyphVector(frc, line);
            return new ShapedLine(gv.getOutline(), gv.getLogicalBounds().getWidth(), gv.getVisualBounds());
        }
        TextLayout layout = new TextLayout(line, font, frc);
        Shape outline = layout.getOutline(null);
        return new ShapedLine(outline, layout.getAdvance(), outline.getBounds2D());
    }

    /**
     * A line drawn from several fonts: each run of {@link TextRuns} in the font {@link FontChain#fontForRun}
     * gives it (characters the run's font lacks drawn as '?'), shaped run by run and laid out as one line.
     */
    private static ShapedLine mixed(FontChain chain, FontRenderContext frc, String line) {
        List<int[]> runs = TextRuns.of(line);
        StringBuilder text = new StringBuilder(line.length());
        List<Font> fonts = new ArrayList<>();
        int[] ends = new int[runs.size()];
        for (int k = 0; k < runs.size(); k++) {
            int[] r = runs.get(k);
            Font f = chain.fontForRun(line.substring(r[0], r[1]));
            // a '?' takes the place of each character the run's font lacks (one char for a surrogate pair too)
            text.append(MissingGlyphs.replace(f, line.substring(r[0], r[1])));
            fonts.add(f);
            ends[k] = text.length();
        }
        AttributedString attributed = new AttributedString(text.toString());
        for (int k = 0, start = 0; k < runs.size(); start = ends[k], k++) {
            attributed.addAttribute(TextAttribute.FONT, fonts.get(k), start, ends[k]);
        }
        TextLayout layout = new TextLayout(attributed.getIterator(), frc);
        Shape outline = layout.getOutline(null);
        return new ShapedLine(outline, layout.getAdvance(), outline.getBounds2D());
    }

    /** Whether the line needs bidi reordering or contextual shaping (RTL or complex scripts). */
    static boolean needsShaping(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            // Hebrew .. Arabic presentation/NKo/Syriac/Thaana, Indic scripts, Arabic presentation forms
            if (c >= 0x0590 && c <= 0x0DFF || c >= 0xFB1D && c <= 0xFEFF) {
                return true;
            }
        }
        return line.isEmpty() ? false : Bidi.requiresBidi(line.toCharArray(), 0, line.length());
    }
}
