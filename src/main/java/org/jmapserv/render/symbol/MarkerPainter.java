package org.jmapserv.render.symbol;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

import org.jmapserv.mapfile.model.Color;
import org.jmapserv.mapfile.model.SymbolDef;
import org.jmapserv.mapfile.model.Vertex;
import org.jmapserv.render.font.FontException;
import org.jmapserv.render.font.FontRegistry;
import org.jmapserv.render.font.FontSet;
import org.jmapserv.render.font.HtmlEntities;
import org.jmapserv.render.style.ColorText;
import org.jmapserv.render.style.Strokes;
import org.jmapserv.render.style.StyleValues;

/**
 * Draws one marker as msDrawMarkerSymbol (maprendering.c) and the AGG marker functions do: the symbol is
 * scaled so that its height is the style SIZE, placed by its ANCHORPOINT, rotated by ANGLE (counter-clockwise
 * degrees), filled with COLOR and stroked with OUTLINECOLOR/OUTLINEWIDTH; unfilled vector symbols are stroked
 * with COLOR at WIDTH. Symbol 0 (null) is a filled circle.
 */
public final class MarkerPainter {

    private final PixmapCache pixmaps;
    private final FontRegistry fonts;
    private final FontSet fontSet;

    public MarkerPainter(PixmapCache pixmaps, FontRegistry fonts, FontSet fontSet) {
        this.pixmaps = pixmaps;
        this.fonts = fonts;
        this.fontSet = fontSet;
    }

    /** Draws a marker centred (by anchor) on x,y; {@code angle} in degrees counter-clockwise. */
    public void paint(Graphics2D g, double x, double y, StyleValues v, double angle) throws FontException {
        if (v.size() <= 0) {
            return;
        }
        SymbolDef s = v.symbol();
        if (s == null) {
            paintShape(g, new Ellipse2D.Double(x - v.size() / 2, y - v.size() / 2, v.size(), v.size()), v, true);
            return;
        }
        switch (s.type()) {
            case ELLIPSE -> paintShape(g, transform(ellipse(s), s, x, y, v.size(), angle), v, s.filled());
            case VECTOR -> paintShape(g, transform(vector(s), s, x, y, v.size(), angle), v, s.filled());
            case PIXMAP -> paintPixmap(g, s, x, y, v.size(), angle);
            case TRUETYPE -> paintGlyph(g, s, x, y, v, angle);
            default -> { }
        }
    }

    private void paintShape(Graphics2D g, Shape shape, StyleValues v, boolean filled) {
        if (filled) {
            if (v.color().isSet()) {
                g.setColor(ColorText.awt(v.color()));
                g.fill(shape);
            }
            if (v.outlineColor().isSet()) {
                g.setColor(ColorText.awt(v.outlineColor()));
                // computeSymbolStyle: a marker's outline is WIDTH wide (scaled), OUTLINEWIDTH is for lines only
                g.setStroke(Strokes.simple(v.width() > 0 ? v.width() : 1));
                g.draw(shape);
            }
        } else {
            Color c = v.color().isSet() ? v.color() : v.outlineColor();
            if (c.isSet()) {
                g.setColor(ColorText.awt(c));
                g.setStroke(Strokes.of(v.width(), v.lineCap(), v.lineJoin(), java.util.List.of()));
                g.draw(shape);
            }
        }
    }

    private static Shape ellipse(SymbolDef s) {
        double w = s.points().isEmpty() ? 1 : s.points().get(0).x();
        double h = s.points().isEmpty() ? 1 : s.points().get(0).y();
        return new Ellipse2D.Double(0, 0, w, h);
    }

    private static Shape vector(SymbolDef s) {
        Path2D.Double p = new Path2D.Double(Path2D.WIND_NON_ZERO);
        boolean penUp = true;
        for (Vertex v : s.points()) {
            if (v.x() == -99 && v.y() == -99) {
                penUp = true;
                continue;
            }
            if (penUp) {
                p.moveTo(v.x(), v.y());
                penUp = false;
            } else {
                p.lineTo(v.x(), v.y());
            }
        }
        if (s.filled()) {
            p.closePath();
        }
        return p;
    }

    /** Scales symbol units so the symbol's height becomes {@code size}, anchors and rotates it at x,y. */
    private static Shape transform(Shape unit, SymbolDef s, double x, double y, double size, double angle) {
        Rectangle2D b = unit.getBounds2D();
        double sh = s.type().name().equals("ELLIPSE") ? b.getHeight() : Math.max(SymbolSize.sizeY(s), 1e-9);
        double sw = s.type().name().equals("ELLIPSE") ? b.getWidth() : SymbolSize.sizeX(s);
        double scale = size / (sh <= 0 ? 1 : sh);
        AffineTransform t = new AffineTransform();
        t.translate(x, y);
        if (angle != 0) {
            t.rotate(-Math.toRadians(angle));
        }
        t.scale(scale, scale);
        t.translate(-s.anchorX() * sw, -s.anchorY() * sh);
        return t.createTransformedShape(unit);
    }

    private void paintPixmap(Graphics2D g, SymbolDef s, double x, double y, double size, double angle) {
        BufferedImage img = pixmaps.image(s);
        double scale = size / img.getHeight();
        AffineTransform t = new AffineTransform();
        t.translate(x, y);
        if (angle != 0) {
            t.rotate(-Math.toRadians(angle));
        }
        t.scale(scale, scale);
        t.translate(-s.anchorX() * img.getWidth(), -s.anchorY() * img.getHeight());
        g.drawImage(img, t, null);
    }

    private void paintGlyph(Graphics2D g, SymbolDef s, double x, double y, StyleValues v, double angle)
            throws FontException {
        Font f = FontRegistry.sized(fonts.face(fontSet, s.font()), v.size());
        FontRenderContext frc = g.getFontRenderContext();
        GlyphVector gv = f.createGlyphVector(frc, s.character() == null ? "?" : HtmlEntities.decode(s.character()));
        Rectangle2D ink = gv.getVisualBounds();
        AffineTransform t = new AffineTransform();
        t.translate(x, y);
        if (angle != 0) {
            t.rotate(-Math.toRadians(angle));
        }
        t.translate(-ink.getX() - s.anchorX() * ink.getWidth(), -ink.getY() - s.anchorY() * ink.getHeight());
        Shape glyph = t.createTransformedShape(gv.getOutline());
        if (v.outlineColor().isSet()) {
            g.setColor(ColorText.awt(v.outlineColor()));
            g.setStroke(Strokes.simple(Math.max(1, v.outlineWidth()) * 2));
            g.draw(glyph);
        }
        if (v.color().isSet()) {
            g.setColor(ColorText.awt(v.color()));
            g.fill(glyph);
        }
    }
}
