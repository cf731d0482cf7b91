package org.jmapserv.render.legend;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;

import org.jmapserv.mapfile.model.Color;
import org.jmapserv.mapfile.model.LabelDef;
import org.jmapserv.render.font.DefaultFont;
import org.jmapserv.render.font.FontException;
import org.jmapserv.render.font.FontRegistry;
import org.jmapserv.render.font.FontSet;
import org.jmapserv.render.style.ColorText;

/**
 * The text of a LEGEND or SCALEBAR LABEL (msPopulateTextSymbolForLabelAndString + msDrawTextSymbol): the label's
 * TrueType FONT, or for labels without FONT (MapServer's default BITMAP labels) the built-in DejaVu Sans
 * Condensed at the SIZE of TINY..GIANT, filled with COLOR over an OUTLINECOLOR halo.
 */
final class LegendText {

    private static final FontRenderContext FRC = new FontRenderContext(new AffineTransform(), true, true);

    private final Font font;
    private final Color color;
    private final Color outline;
    private final int outlineWidth;

    private LegendText(Font font, Color color, Color outline, int outlineWidth) {
        this.font = font;
        this.color = color;
        this.outline = outline;
        this.outlineWidth = outlineWidth;
    }

    static LegendText of(LabelDef label, FontRegistry fonts, FontSet set) throws FontException {
        double size = label == null || label.size() <= 0
                ? DefaultFont.keywordSize(label == null ? null : label.sizeKeyword()) : label.size();
        String alias = label == null ? null : label.font();
        Font face = fonts.face(set, alias);
        Color color = label == null || !label.color().isSet() ? Color.BLACK : label.color();
        Color outline = label == null ? Color.UNSET : label.outlineColor();
        int ow = label == null ? 0 : label.outlineWidth();
        return new LegendText(FontRegistry.sized(face, size), color, outline, ow);
    }

    /** The ink box of {@code text} relative to its baseline origin (y grows downwards). */
    Rectangle2D bounds(String text) {
        return glyphs(text).getVisualBounds();
    }

    GlyphVector glyphs(String text) {
        return font.createGlyphVector(FRC, text);
    }

    /** Draws {@code text} with its baseline starting at (x, y). */
    void draw(Graphics2D g, String text, double x, double y) {
        Shape s = glyphs(text).getOutline((float) x, (float) y);
        if (outline.isSet() && outlineWidth > 0) {
            g.setColor(ColorText.awt(outline));
            g.setStroke(new BasicStroke(outlineWidth * 2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(s);
        }
        g.setColor(ColorText.awt(color));
        g.fill(s);
    }
}
