package org.jmapserv.render.legend;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

import org.jmapserv.data.ShapeKind;
import org.jmapserv.mapfile.model.ClassDef;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.LayerType;
import org.jmapserv.mapfile.model.StyleDef;
import org.jmapserv.mapfile.model.SymbolDef;
import org.jmapserv.render.RenderException;
import org.jmapserv.render.font.FontException;
import org.jmapserv.render.style.ColorText;
import org.jmapserv.render.style.LinePainter;
import org.jmapserv.render.style.PixelShape;
import org.jmapserv.render.style.PolygonPainter;
import org.jmapserv.render.style.StyleResolver;
import org.jmapserv.render.style.StyleValues;
import org.jmapserv.render.symbol.SymbolCatalog;

/**
 * Draws one legend key, mirroring msDrawLegendIcon (maplegend.c): a polygon class with a fill is a box shrunk by
 * half the widest outline, a polygon class without a fill and a line class are a zigzag inset by half the first
 * style's width, a point class is its markers at the key's centre, a raster class is a box like a polygon's;
 * styles out of scale are skipped, a layer's COMPOSITE OPACITY fades its keys, and the LEGEND OUTLINECOLOR frames
 * the key. Sizes are not scaled (scale factor 1, as MapServer draws keys). In a legend embedded in a map,
 * attribute-bound styles draw with the values of the last feature drawn ({@link
 * org.jmapserv.render.style.BoundStyles}).
 */
final class LegendKeyPainter {

    private final LegendTools tools;
    private final StyleResolver resolver;

    LegendKeyPainter(LegendTools tools) {
        this.tools = tools;
        this.resolver = new StyleResolver(1.0, 1.0, tools.pixmaps());
    }

    void paint(Graphics2D g, LayerDef layer, ClassDef cls, int x, int y, int w, int h, double scaleDenom)
            throws RenderException {
        int opacity = layer.composites().isEmpty() ? 100 : layer.composites().get(0).opacity();
        if (opacity < 100 && w > 0 && h > 0) {
            // msDrawLegendIcon: a layer with COMPOSITE OPACITY draws its key on its own image, blended at that opacity
            java.awt.image.BufferedImage key = new java.awt.image.BufferedImage(w, h,
                    java.awt.image.BufferedImage.TYPE_INT_ARGB_PRE);
            Graphics2D kg = key.createGraphics();
            kg.setRenderingHints(g.getRenderingHints());
            kg.translate(-x, -y);
            try {
                paintKey(kg, layer, cls, x, y, w, h, scaleDenom);
            } finally {
                kg.dispose();
            }
            java.awt.Composite old = g.getComposite();
            g.setComposite(java.awt.AlphaComposite.getInstance(java.awt.AlphaComposite.SRC_OVER,
                    Math.round(opacity * 2.55f) / 255f));
            g.drawImage(key, x, y, null);
            g.setComposite(old);
        } else {
            paintKey(g, layer, cls, x, y, w, h, scaleDenom);
        }
        if (tools.map().legend().outlineColor().isSet()) {
            g.setColor(ColorText.awt(tools.map().legend().outlineColor()));
            g.setStroke(new BasicStroke(1f));
            g.draw(new Rectangle2D.Double(x + 0.5, y + 0.5, w - 1, h - 1));
        }
    }

    private void paintKey(Graphics2D g, LayerDef layer, ClassDef cls, int x, int y, int w, int h, double scaleDenom)
            throws RenderException {
        if (cls.keyImage() != null && !cls.keyImage().isEmpty()) {
            paintKeyImage(g, cls, x, y, w, h);
            return;
        }
        try {
            switch (keyType(layer, cls)) {
                case POLYGON -> paintBox(g, layer, cls, x, y, w, h, scaleDenom);
                case LINE -> paintZigzag(g, layer, cls, x, y, w, h, scaleDenom);
                default -> paintMarkers(g, layer, cls, x + Math.round(w / 2.0), y + Math.round(h / 2.0), scaleDenom);
            }
        } catch (FontException e) {
            throw new RenderException("msDrawLegendIcon(): layer " + layer.name() + ": " + e.getMessage());
        }
    }

    /**
     * A class KEYIMAGE replaces the drawn key (msDrawLegendIcon): the image, relative to the mapfile, centred on the
     * key and scaled down to the key's height when taller, as 8.0 draws it (compared with its legends).
     */
    private void paintKeyImage(Graphics2D g, ClassDef cls, int x, int y, int w, int h) throws RenderException {
        org.jmapserv.mapfile.model.SymbolDef.Builder sb = new org.jmapserv.mapfile.model.SymbolDef.Builder();
        sb.name = "keyimage";
        sb.type = org.jmapserv.mapfile.model.SymbolType.PIXMAP;
        sb.image = cls.keyImage();
        java.awt.image.BufferedImage img;
        try {
            img = tools.pixmaps().image(sb.build());
        } catch (RuntimeException e) {
            throw new RenderException("msDrawLegendIcon(): failed to load KEYIMAGE " + cls.keyImage() + ": "
                    + e.getMessage());
        }
        double f = img.getHeight() > h ? h / (double) img.getHeight() : 1.0;
        double iw = img.getWidth() * f;
        double ih = img.getHeight() * f;
        double cx = x + Math.round(w / 2.0);
        double cy = y + Math.round(h / 2.0);
        java.awt.geom.AffineTransform at = new java.awt.geom.AffineTransform(f, 0, 0, f, cx - iw / 2, cy - ih / 2);
        Object hint = g.getRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION);
        g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION,
                java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(img, at, null);
        if (hint != null) {
            g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, hint);
        }
    }

    private LayerType keyType(LayerDef layer, ClassDef cls) throws RenderException {
        if (layer.type() == LayerType.RASTER) {
            return LayerType.POLYGON; // msDrawLegendIcon keeps RASTER (and CIRCLE, CHART) on the box path
        }
        if (layer.type() == LayerType.POLYGON) {
            for (StyleDef s : cls.styles()) {
                if (s.color().isSet() || bound(s) != null && values(layer, s).color().isSet()) {
                    return LayerType.POLYGON;
                }
            }
            return LayerType.LINE;
        }
        return layer.type() == LayerType.LINE ? LayerType.LINE : LayerType.POINT;
    }

    private void paintBox(Graphics2D g, LayerDef layer, ClassDef cls, int x, int y, int w, int h, double scale)
            throws RenderException, FontException {
        double c = 0.5;
        for (StyleDef s : cls.styles()) {
            if (s.outlineColor().isSet()) {
                c = Math.max(c, s.width() / 2.0);
            }
        }
        PixelShape box = new PixelShape(ShapeKind.POLYGON, new int[] {0},
                new double[] {x + c, y + c, x + w - c, y + c, x + w - c, y + h - c, x + c, y + h - c, x + c, y + c});
        PolygonPainter painter = new PolygonPainter(tools.markers(), 0, 0);
        for (StyleDef s : cls.styles()) {
            if (!inScale(s, scale)) {
                continue;
            }
            if (s.minColor().isSet()) {
                paintGradient(g, s, x + w / 2.0, y + h / 2.0, (int) (w - 2 * c), (int) (h - 2 * c));
            } else {
                painter.paint(g, box, values(layer, s));
            }
        }
    }

    /**
     * msDrawGradientSymbol: a COLORRANGE style's key is its ramp, column i coloured by msValueToRange (RGB) at
     * MINVALUE + i / width * (MAXVALUE - MINVALUE), drawn as a pixmap centred on the key, faded by the style's
     * OPACITY. (8.0 writes the unpremultiplied ramp into its premultiplied buffer, so with OPACITY below 100 channels
     * above the alpha wrap around; we draw the ramp the style describes instead, see docs/wms-server.md.)
     */
    private static void paintGradient(Graphics2D g, StyleDef s, double cx, double cy, int w, int h) {
        if (w <= 0 || h <= 0) {
            return;
        }
        java.awt.image.BufferedImage ramp = new java.awt.image.BufferedImage(w, h,
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        int[] row = new int[w];
        int alpha = (int) (s.opacity() / 100.0 * 255);
        for (int i = 0; i < w; i++) {
            int[] rgb = org.jmapserv.render.raster.RangeColorspace.RGB.valueToRange(s,
                    s.minValue() + (double) i / w * (s.maxValue() - s.minValue()));
            int a = rgb.length > 3 ? rgb[3] * alpha / 255 : alpha;
            row[i] = a << 24 | rgb[0] << 16 | rgb[1] << 8 | rgb[2];
        }
        for (int j = 0; j < h; j++) {
            ramp.setRGB(0, j, w, 1, row, 0, w);
        }
        g.drawImage(ramp, (int) Math.floor(cx - w / 2.0 + 0.5), (int) Math.floor(cy - h / 2.0 + 0.5), null);
    }

    private void paintZigzag(Graphics2D g, LayerDef layer, ClassDef cls, int x, int y, int w, int h, double scale)
            throws RenderException, FontException {
        double off = 1;
        if (!cls.styles().isEmpty()) {
            StyleDef first = cls.styles().get(0);
            SymbolDef sym = symbol(layer, first);
            off = sym != null && first.size() > 0 ? first.size() / 2 : first.width() / 2;
        }
        PixelShape zigzag = new PixelShape(ShapeKind.LINE, new int[] {0}, new double[] {
            x + off, y + h - off, x + Math.round(w / 3.0) - 1, y + off,
            x + Math.round(2.0 * w / 3.0) - 1, y + h - off, x + w - off, y + off});
        LinePainter painter = new LinePainter(tools.markers());
        for (StyleDef s : cls.styles()) {
            if (inScale(s, scale)) {
                StyleValues v = values(layer, s);
                if (!v.color().isSet() && v.outlineColor().isSet()) {
                    // a polygon style without a fill shows its outline as the line
                    v = new StyleValues(v.outlineColor(), v.outlineColor(), Math.max(v.width(), 1), 0, v.size(),
                            v.angle(), v.autoAngle(), 0, 0, v.gap(), v.initialGap(), v.pattern(), v.lineCap(),
                            v.lineJoin(), v.symbol(), null);
                }
                painter.paint(g, zigzag, v);
            }
        }
    }

    private void paintMarkers(Graphics2D g, LayerDef layer, ClassDef cls, double cx, double cy, double scale)
            throws RenderException, FontException {
        for (StyleDef s : cls.styles()) {
            if (inScale(s, scale)) {
                StyleValues v = values(layer, s);
                tools.markers().paint(g, cx, cy, v, v.angle());
            }
        }
    }

    private static boolean inScale(StyleDef s, double scale) {
        if (scale <= 0) {
            return true;
        }
        return !(s.maxScaleDenom() > 0 && scale > s.maxScaleDenom())
                && !(s.minScaleDenom() > 0 && scale <= s.minScaleDenom());
    }

    /**
     * The style's values: in an embedded legend, attribute bindings take the values of the last feature drawn with
     * the style (msBindLayerToShape leaves them in the style); in mode=legend they stay unset.
     */
    private StyleValues values(LayerDef layer, StyleDef s) throws RenderException {
        return resolver.resolve(s, symbol(layer, s), bound(s));
    }

    private org.jmapserv.mapfile.model.expr.FeatureContext bound(StyleDef s) {
        return tools.bound() == null ? null : tools.bound().lastBound(s);
    }

    private SymbolDef symbol(LayerDef layer, StyleDef s) throws RenderException {
        try {
            return tools.symbols().resolve(s, layer.name());
        } catch (SymbolCatalog.UnknownSymbolException e) {
            throw new RenderException(e.getMessage());
        }
    }
}
