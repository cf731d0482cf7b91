package org.jmapserv.render;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.render.layer.DrawContext;
import org.jmapserv.render.layer.LayerDrawers;

/**
 * Layer MASK as msDrawLayer does it: a layer named by another's MASK is drawn, whatever its STATUS, only into a mask
 * image and never onto the map; the masked layer keeps its pixels only where the mask image is not fully
 * transparent (SKIP_MASK tests the mask's alpha for zero).
 */
final class LayerMasks {

    private final LayerDrawers drawers;
    private final DrawContext ctx;

    LayerMasks(LayerDrawers drawers, DrawContext ctx) {
        this.drawers = drawers;
        this.ctx = ctx;
    }

    /** The names (upper-cased) of the layers some layer uses as its MASK. */
    static Set<String> maskNames(MapDef map) {
        Set<String> names = new HashSet<>();
        for (LayerDef l : map.layers()) {
            if (l.mask() != null && !l.mask().isBlank()) {
                names.add(l.mask().toUpperCase(Locale.ROOT));
            }
        }
        return names;
    }

    static boolean isMask(LayerDef l, Set<String> masks) {
        return l.name() != null && masks.contains(l.name().toUpperCase(Locale.ROOT));
    }

    /** Draws {@code layer}'s mask layer and clears {@code layerImg} wherever the mask is empty. */
    void apply(LayerDef layer, BufferedImage layerImg, double gamma) throws RenderException {
        LayerDef maskLayer = null;
        for (LayerDef l : ctx.map().layers()) {
            if (l.name() != null && l.name().equalsIgnoreCase(layer.mask())) {
                maskLayer = l;
            }
        }
        if (maskLayer == null) {
            throw new RenderException("msDrawLayer(): Layer (" + layer.name() + ") references unknown mask layer ("
                    + layer.mask() + ")");
        }
        BufferedImage mask = MapRenderer.Canvas.create(layerImg.getWidth(), layerImg.getHeight(), null);
        Graphics2D mg = MapRenderer.Canvas.graphics(mask, gamma);
        try {
            drawers.forLayer(maskLayer).prepare(maskLayer, ctx).drawOnto(mask, mg);
        } finally {
            mg.dispose();
        }
        int[] m = ((java.awt.image.DataBufferInt) mask.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < layerImg.getHeight(); y++) {
            for (int x = 0; x < layerImg.getWidth(); x++) {
                if (m[y * mask.getWidth() + x] >>> 24 == 0) {
                    layerImg.setRGB(x, y, 0);
                }
            }
        }
    }
}
