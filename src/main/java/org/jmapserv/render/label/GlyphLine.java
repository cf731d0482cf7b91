package org.jmapserv.render.label;

import java.awt.Font;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;

import org.jmapserv.render.font.FontChain;
import org.jmapserv.render.font.MissingGlyphs;
import org.jmapserv.render.font.ScriptPrefix;

/**
 * One line of text set glyph by glyph as msLayoutTextSymbol (textlayout.c) sets it: the line is cut into
 * {@link TextRuns}, each run gets its font (for a {@link FontChain}, get_face_for_run's choice, the run's script
 * prefix first), runs of Latin or common characters are set glyph after glyph (MapServer's "basic shaper", no
 * kerning), other runs are shaped on their own in their own direction (HarfBuzz there, the JDK's
 * HarfBuzz-based layout here, kerning off as MapServer turns it off), and the runs follow one another
 * <em>in logical order</em>, the pen moving right: MapServer uses FriBidi's levels only to cut runs and never
 * reorders them, so "Cairo القاهرة 2024" reads Cairo, the Arabic word right to left, then 2024.
 */
final class GlyphLine {

    private final List<GlyphVector> runs;
    private final double[] runX;
    private final double advance;
    private final LineLayout.Direction direction;

    private GlyphLine(List<GlyphVector> runs, double[] runX, double advance, LineLayout.Direction direction) {
        this.runs = runs;
        this.runX = runX;
        this.advance = advance;
        this.direction = direction;
    }

    static GlyphLine of(Font font, FontRenderContext frc, String line) {
        List<TextRuns.Run> cut = TextRuns.of(line);
        List<GlyphVector> out = new ArrayList<>(cut.size());
        double[] xs = new double[cut.size()];
        double pen = 0;
        for (int k = 0; k < cut.size(); k++) {
            TextRuns.Run r = cut.get(k);
            String text = line.substring(r.start(), r.end());
            Font f = font;
            if (font instanceof FontChain chain) {
                String prefix = r.level() < 0 ? "en:" : ScriptPrefix.of(r.script());
                f = chain.fontForRun(text, prefix);
                // a '?' takes the place of each character the run's font lacks (one char for a surrogate pair too)
                text = MissingGlyphs.replace(f, text);
            }
            GlyphVector gv;
            if (r.basic()) {
                gv = f.createGlyphVector(frc, text);
            } else {
                char[] chars = text.toCharArray();
                int flags = (r.rightToLeft() ? Font.LAYOUT_RIGHT_TO_LEFT : Font.LAYOUT_LEFT_TO_RIGHT)
                        | Font.LAYOUT_NO_START_CONTEXT | Font.LAYOUT_NO_LIMIT_CONTEXT;
                gv = f.layoutGlyphVector(frc, chars, 0, chars.length, flags);
            }
            out.add(gv);
            xs[k] = pen;
            pen += gv.getGlyphPosition(gv.getNumGlyphs()).getX();
        }
        return new GlyphLine(out, xs, pen, direction(cut));
    }

    /** msLayoutTextSymbol's line_desc rtl: LTR for a Latin-1 line, else by its runs' levels, MIXED when they differ. */
    private static LineLayout.Direction direction(List<TextRuns.Run> runs) {
        LineLayout.Direction d = null;
        for (TextRuns.Run r : runs) {
            LineLayout.Direction rd = r.rightToLeft() ? LineLayout.Direction.RTL : LineLayout.Direction.LTR;
            if (d != null && (rd != d || r.level() != runs.get(0).level())) {
                return LineLayout.Direction.MIXED;
            }
            d = rd;
        }
        return d == null ? LineLayout.Direction.LTR : d;
    }

    /** Whether the line reads left to right, right to left or mixes levels. */
    LineLayout.Direction direction() {
        return direction;
    }

    /** The pen advance of the whole line. */
    double advance() {
        return advance;
    }

    /** All glyph outlines, the line's pen starting at (0, 0). */
    Shape outline() {
        if (runs.size() == 1) {
            return runs.get(0).getOutline();
        }
        Path2D.Double out = new Path2D.Double(Path2D.WIND_NON_ZERO);
        for (int k = 0; k < runs.size(); k++) {
            out.append(runs.get(k).getOutline((float) runX[k], 0), false);
        }
        return out;
    }

    /** The glyph count, over all runs. */
    int size() {
        int n = 0;
        for (GlyphVector gv : runs) {
            n += gv.getNumGlyphs();
        }
        return n;
    }

    /**
     * Per glyph in setting order: its own advance (what msLineLabelPath steps by), whether it is its font's
     * space glyph (msIsGlyphASpace) and its outline with its pen position at the origin.
     */
    record Glyph(double advance, boolean space, Shape outline) {
    }

    /** The glyphs in setting order. */
    List<Glyph> glyphs() {
        List<Glyph> out = new ArrayList<>(size());
        for (GlyphVector gv : runs) {
            Font f = gv.getFont();
            int space = f.createGlyphVector(gv.getFontRenderContext(), " ").getGlyphCode(0);
            for (int k = 0; k < gv.getNumGlyphs(); k++) {
                java.awt.geom.Point2D p = gv.getGlyphPosition(k);
                Shape s = AffineTransform.getTranslateInstance(-p.getX(), -p.getY())
                        .createTransformedShape(gv.getGlyphOutline(k));
                out.add(new Glyph(gv.getGlyphMetrics(k).getAdvance(), gv.getGlyphCode(k) == space, s));
            }
        }
        return out;
    }
}
