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
import org.jmapserv.render.output.CairoDrawing;
import org.jmapserv.render.style.ColorText;
import org.jmapserv.render.style.Strokes;
import org.jmapserv.render.style.StyleValues;

/**
 * Draws one marker as msDrawMarkerSymbol (maprendering.c) and the AGG marker functions do: the symbol is
 * scaled so that its height is the style SIZE, placed by its ANCHORPOINT, rotated by ANGLE (counter-clockwise
 * degrees), filled with COLOR and stroked with OUTLINECOLOR/OUTLINEWIDTH; unfilled vector symbols are stroked
 * with COLOR at WIDTH. Symbol 0 (null) draws nothing, as msDrawMarkerSymbol returns early for it.
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
            return; // msDrawMarkerSymbol draws nothing for symbol 0 (checked against MapServer 8.0)
        }
        switch (s.type()) {
            case ELLIPSE -> paintShape(g, transform(ellipse(s), s, x, y, v.size(), angle), v, s.filled());
            case VECTOR -> paintShape(g, transform(vector(s), s, x, y, v.size(), angle), v, s.filled());
            case PIXMAP -> paintPixmap(g, s, x, y, v.size(), angle);
            case TRUETYPE -> paintGlyph(g, s, x, y, v, angle);
            case SVG -> paintSvg(g, s, x, y, v.size(), angle);
            default -> { }
        }
    }

    /** msSymbolGetDefaultSize: the symbol's natural height. */
    public double defaultSize(SymbolDef s) {
        return SymbolSize.defaultSize(s, pixmaps);
    }

    /** The symbol's natural height (symbol->sizey): its POINTS' extent, its image's or SVG's height. */
    public double naturalHeight(SymbolDef s) {
        if (s == null) {
            return 1;
        }
        return switch (s.type()) {
            case PIXMAP -> pixmaps.image(s).getHeight();
            case SVG -> pixmaps.svg(s).size().height;
            case VECTOR -> SymbolSize.sizeY(s);
            case ELLIPSE -> s.points().isEmpty() ? 1 : s.points().get(0).y();
            default -> defaultSize(s);
        };
    }

    /** The symbol's natural width (symbol->sizex): its POINTS' extent, its image's or SVG's width. */
    public double naturalWidth(SymbolDef s) {
        if (s == null) {
            return 1;
        }
        return switch (s.type()) {
            case PIXMAP -> pixmaps.image(s).getWidth();
            case SVG -> pixmaps.svg(s).size().width;
            case VECTOR -> Math.max(SymbolSize.sizeX(s), 1);
            case ELLIPSE -> s.points().isEmpty() ? 1 : s.points().get(0).x();
            default -> defaultSize(s);
        };
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
                // agg2RenderVectorSymbol strokes unfilled symbols with AGG's conv_stroke defaults: butt caps,
                // miter joins, whatever the style's LINECAP says
                // (renderVectorSymbolCairo keeps the context's round join and the cap the last line set)
                boolean cairo = CairoDrawing.isCairo(g);
                g.setStroke(Strokes.of(v.width(), cairo ? CairoDrawing.currentLineCap(g)
                        : org.jmapserv.mapfile.model.LineCap.BUTT, cairo ? org.jmapserv.mapfile.model.LineJoin.ROUND
                        : org.jmapserv.mapfile.model.LineJoin.MITER, java.util.List.of()));
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
        double sh = s.type().name().equals("ELLIPSE") ? b.getHeight() : SymbolSize.sizeY(s);
        double sw = s.type().name().equals("ELLIPSE") ? b.getWidth() : SymbolSize.sizeX(s);
        // msSymbolGetDefaultSize: without height the width is the size (a dash of SIZE 12 is 12 pixels long)
        double reference = sh > 0 ? sh : sw > 0 ? sw : 1;
        double scale = size / reference;
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

    /**
     * An SVG symbol as msRenderRasterizedSVGSymbol draws it: rasterised at scale SIZE / its height into an image
     * of (int) (width x scale) by (int) (height x scale) pixels, then drawn as a pixmap: the point moved by the
     * ANCHORPOINT (msDrawMarkerSymbol), the raster centred there on the nearest whole pixel when unrotated
     * (agg2RenderPixmapSymbol's blend_from), else rotated about it.
     */
    private void paintSvg(Graphics2D g, SymbolDef s, double x, double y, double size, double angle) {
        com.github.weisj.jsvg.SVGDocument doc = pixmaps.svg(s);
        double w = doc.size().width;
        double h = doc.size().height;
        if (w <= 0 || h <= 0) {
            return;
        }
        double scale = size / h;
        if (CairoDrawing.isCairo(g)) {
            paintSvgPaths(g, doc, s, x, y, scale, angle);
            return;
        }
        BufferedImage img = pixmaps.svgRaster(s, scale);
        if (img == null) {
            return;
        }
        double ox = (0.5 - s.anchorX()) * w * scale;
        double oy = (0.5 - s.anchorY()) * h * scale;
        double rad = Math.toRadians(angle);
        if (angle != 0) {
            double sin = Math.sin(-rad);
            double cos = Math.cos(-rad);
            x += ox * cos - oy * sin;
            y += ox * sin + oy * cos;
            // rasterised rotated, then placed like an unrotated pixmap
            BufferedImage rotated = pixmaps.svgRasterRotated(s, scale, angle);
            if (rotated != null) {
                g.drawImage(rotated, nint(x - rotated.getWidth() / 2.0), nint(y - rotated.getHeight() / 2.0), null);
            }
        } else {
            x += ox;
            y += oy;
            g.drawImage(img, (int) Math.floor(x - img.getWidth() / 2.0 + 0.5),
                    (int) Math.floor(y - img.getHeight() / 2.0 + 0.5), null);
        }
    }

    /**
     * An SVG symbol as renderSVGSymbolCairo draws it, as vectors (librsvg onto the Cairo context; here JSVG onto
     * the Graphics2D, so SVG and PDF pages get paths): the point moved by the ANCHORPOINT, then the document at
     * its own size scaled by SIZE / its height, rotated about the point, its (int) (width / 2), (int) (height / 2)
     * on the point.
     */
    private static void paintSvgPaths(Graphics2D g, com.github.weisj.jsvg.SVGDocument doc, SymbolDef s, double x,
            double y, double scale, double angle) {
        double w = doc.size().width;
        double h = doc.size().height;
        double ox = (0.5 - s.anchorX()) * w * scale;
        double oy = (0.5 - s.anchorY()) * h * scale;
        double rad = -Math.toRadians(angle);
        double px = x + ox * Math.cos(rad) - oy * Math.sin(rad);
        double py = y + ox * Math.sin(rad) + oy * Math.cos(rad);
        Graphics2D sg = (Graphics2D) g.create();
        try {
            sg.translate(px, py);
            sg.scale(scale, scale);
            if (angle != 0) {
                sg.rotate(rad);
            }
            sg.translate(-(int) (w / 2), -(int) (h / 2));
            doc.render((java.awt.Component) null, sg, null);
        } finally {
            sg.dispose();
        }
    }

    /** MS_NINT as 8.0 builds it (lrint): halves rounded to even, which shows on a tile's negative corner. */
    private static int nint(double v) {
        return (int) Math.rint(v);
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
