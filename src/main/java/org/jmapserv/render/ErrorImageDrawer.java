package org.jmapserv.render;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import org.jmapserv.render.font.FontException;
import org.jmapserv.render.font.FontRegistry;
import org.jmapserv.render.font.FontSet;

/**
 * The image of an error, mirroring msWriteErrorImage (maputil.c) as msWMSException uses it for the INIMAGE and
 * BLANK exception formats: the canvas MapServer would have drawn on (requested size, IMAGECOLOR or transparent)
 * with, unless blank, the message in black with a white halo from the top left corner, cut into lines of as many
 * characters as fit the width (MapServer breaks mid-word too).
 */
final class ErrorImageDrawer {

    private static final int MARGIN = 5;
    private static final double FONT_PIXELS = 11;

    private final FontRegistry fonts;
    private final FontSet fontSet;

    ErrorImageDrawer(FontRegistry fonts, FontSet fontSet) {
        this.fonts = fonts;
        this.fontSet = fontSet;
    }

    /** Writes {@code message} (null: nothing, a BLANK exception) on {@code canvas}. */
    void draw(BufferedImage canvas, String message) {
        if (message == null || message.isEmpty()) {
            return;
        }
        Graphics2D g = MapRenderer.Canvas.graphics(canvas);
        Font font = font();
        FontRenderContext frc = g.getFontRenderContext();
        double charWidth = font.getStringBounds("0123456789", frc).getWidth() / 10;
        double lineHeight = font.getLineMetrics("Ay", frc).getHeight();
        int perLine = Math.max(1, (int) ((canvas.getWidth() - 2 * MARGIN) / charWidth));
        double y = MARGIN + font.getLineMetrics("Ay", frc).getAscent();
        for (String line : lines(message, perLine)) {
            Shape s = font.createGlyphVector(frc, line).getOutline(MARGIN, (float) y);
            g.setColor(java.awt.Color.WHITE);
            g.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(s);
            g.setColor(java.awt.Color.BLACK);
            g.fill(s);
            y += lineHeight;
            if (y > canvas.getHeight()) {
                break;
            }
        }
        g.dispose();
    }

    static List<String> lines(String message, int perLine) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < message.length(); i += perLine) {
            out.add(message.substring(i, Math.min(message.length(), i + perLine)));
        }
        return out;
    }

    private Font font() {
        if (fontSet.firstAlias() != null) {
            try {
                return fonts.face(fontSet, null).deriveFont((float) FONT_PIXELS);
            } catch (FontException e) {
                // an unreadable FONTSET must not hide the error being reported: fall back to the JDK's face
            }
        }
        return new Font(Font.SANS_SERIF, Font.PLAIN, (int) FONT_PIXELS);
    }
}
