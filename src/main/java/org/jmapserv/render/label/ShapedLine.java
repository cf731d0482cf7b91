package org.jmapserv.render.label;

import java.awt.Font;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.Rectangle2D;
import java.text.Bidi;

import org.jmapserv.render.font.FontChain;

/**
 * One line of label text laid out as MapServer's text path does it (msLayoutTextSymbol, textlayout.c): plain
 * left-to-right text as glyphs one after the other; text holding right-to-left or complex-script characters, or
 * drawn from a font list, run by run as {@link GlyphLine} sets it (FriBidi levels and scripts cut the runs, each
 * run shaped in its direction, the runs in logical order).
 */
record ShapedLine(Shape outline, double advance, Rectangle2D visualBounds, LineLayout.Direction direction) {

    static ShapedLine of(Font font, FontRenderContext frc, String line) {
        if (!(font instanceof FontChain) && !needsShaping(line) || line.isEmpty()) {
            GlyphVector gv = font.createGlyphVector(frc, line);
            return new ShapedLine(gv.getOutline(), gv.getLogicalBounds().getWidth(), gv.getVisualBounds(),
                    LineLayout.Direction.LTR);
        }
        GlyphLine glyphs = GlyphLine.of(font, frc, line);
        Shape outline = glyphs.outline();
        return new ShapedLine(outline, glyphs.advance(), outline.getBounds2D(), glyphs.direction());
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
