package org.jmapserv.render;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.jmapserv.mapfile.model.CompositeDef;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.render.layer.DrawContext;
import org.jmapserv.render.scanline.SolidCanvas;
import org.jmapserv.render.layer.LayerDrawer;
import org.jmapserv.render.layer.LayerDrawers;
import org.jmapserv.render.layer.PendingLayer;
import org.jmapserv.render.raster.PremultipliedBlend;

/**
 * The layer loop of msDrawMap: pick the visible layers, run every drawer's prepare phase first (so remote layers
 * fetch in parallel), then draw in map order (local layers above a remote layer still in flight draw meanwhile).
 * A layer with COMPOSITE blocks draws into its own transparent
 * buffer which is blended with OPACITY (msDrawLayer / compositeRasterBuffer); a single COMPOSITE with OPACITY 0
 * skips the layer. A layer with MASK draws into its own buffer too, cleared wherever its mask layer (drawn only as a
 * mask, never on the map) left nothing. POSTLABELCACHE layers are drawn after the label cache, which the caller
 * supplies.
 */
final class LayerSequence {

    private final LayerDrawers drawers;
    private final DrawContext ctx;
    private final LayerVisibility visibility;
    private final MapRenderer.DebugLevels debug;

    LayerSequence(LayerDrawers drawers, DrawContext ctx, LayerVisibility visibility, MapRenderer.DebugLevels debug) {
        this.drawers = drawers;
        this.ctx = ctx;
        this.visibility = visibility;
        this.debug = debug;
    }

    /**
     * Draws the layers without POSTLABELCACHE in map order, then runs {@code labelCache}, then the POSTLABELCACHE
     * layers in map order, as msDrawMap does.
     */
    List<LayerTiming> drawAll(Graphics2D g, BufferedImage canvas, Runnable labelCache) throws RenderException {
        List<LayerDef> layers = new ArrayList<>();
        java.util.Set<String> masks = LayerMasks.maskNames(ctx.map());
        for (LayerDef l : ctx.map().layers()) {
            if (visibility.isVisible(l, ctx.view(), ctx.map()) && !skippedByComposite(l) && !LayerMasks.isMask(l, masks)) {
                LayerDef drawn = ScaleTokens.apply(l, ctx.view().scaleDenom());
                if (l.labelRequires() != null && !visibility.evalContext(l, l.labelRequires(), ctx.view(), ctx.map())) {
                    drawn = withoutLabels(drawn); // msDrawVectorLayer: annotate = msEvalContext(LABELREQUIRES)
                }
                layers.add(drawn);
            }
        }
        Map<LayerDrawer, LayerDrawer> forThisDraw = new IdentityHashMap<>();
        List<PendingLayer> pending = new ArrayList<>();
        for (LayerDef l : layers) {
            LayerDrawer shared = drawers.forLayer(l);
            LayerDrawer drawer = forThisDraw.get(shared);
            if (drawer == null) {
                drawer = shared.forDraw(layers, ctx);
                forThisDraw.put(shared, drawer);
            }
            pending.add(drawer.prepare(l, ctx));
        }
        List<LayerTiming> timings = new ArrayList<>();
        drawBeforeLabels(layers, pending, g, canvas, timings);
        labelCache.run();
        for (int i = 0; i < layers.size(); i++) {
            if (layers.get(i).postLabelCache()) {
                timings.add(drawOne(i, layers.get(i), pending.get(i), g, canvas));
            }
        }
        return timings;
    }

    /**
     * The layers without POSTLABELCACHE in map order. While a remote layer is still in flight, the plain local layers
     * right after it draw meanwhile into a transparent buffer, which is blended over the canvas once the remote
     * image is in: source-over is associative, so the result is the in-order one (to within a unit of rounding at
     * antialiased edges) and the local layers' drawing time no longer adds to the wait.
     */
    private void drawBeforeLabels(List<LayerDef> layers, List<PendingLayer> pending, Graphics2D g,
            BufferedImage canvas, List<LayerTiming> timings) throws RenderException {
        int i = 0;
        while (i < layers.size()) {
            if (layers.get(i).postLabelCache()) {
                i++;
                continue;
            }
            int end = i + 1;
            if (!pending.get(i).isReady()) {
                while (end < layers.size() && canDrawAhead(layers.get(end), pending.get(end))) {
                    end++;
                }
            }
            if (end == i + 1) {
                timings.add(drawOne(i, layers.get(i), pending.get(i), g, canvas));
                i++;
                continue;
            }
            BufferedImage ahead = MapRenderer.Canvas.create(canvas.getWidth(), canvas.getHeight(), null);
            Graphics2D ag = MapRenderer.Canvas.graphics(ahead);
            List<LayerTiming> aheadTimings = new ArrayList<>();
            try {
                for (int k = i + 1; k < end; k++) {
                    aheadTimings.add(drawOne(k, layers.get(k), pending.get(k), ag, ahead));
                }
            } finally {
                ag.dispose();
            }
            timings.add(drawOne(i, layers.get(i), pending.get(i), g, canvas));
            timings.addAll(aheadTimings);
            if (PremultipliedBlend.applies(ahead, canvas)) {
                PremultipliedBlend.srcOver(ahead, canvas);
            } else {
                g.drawImage(ahead, 0, 0, null);
            }
            i = end;
        }
    }

    /** A layer that can draw ahead of a remote layer before it: ready now, no COMPOSITE, not POSTLABELCACHE. */
    private static boolean canDrawAhead(LayerDef l, PendingLayer p) {
        return p.isReady() && l.composites().isEmpty() && !l.postLabelCache() && l.mask() == null;
    }

    private LayerTiming drawOne(int i, LayerDef l, PendingLayer p, Graphics2D g, BufferedImage canvas)
            throws RenderException {
        long t0 = System.nanoTime();
        long n = l.composites().isEmpty() && l.mask() == null ? p.drawOnto(canvas, g)
                : drawComposited(l, p, g, canvas);
        LayerTiming t = new LayerTiming(l.name(), System.nanoTime() - t0, n);
        if (debug.layer(l) > 0 || debug.map() >= 2) {
            ctx.debug().accept(String.format("msDrawMap(): Layer %d (%s), %.3fs, %d features drawn", i, l.name(),
                    t.nanos() / 1e9, n));
        }
        return t;
    }

    private static LayerDef withoutLabels(LayerDef l) {
        LayerDef.Builder b = l.toBuilder();
        b.classes = l.classes().stream().map(c -> {
            var cb = c.toBuilder();
            cb.labels = new ArrayList<>();
            return cb.build();
        }).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        return b.build();
    }

    private static boolean skippedByComposite(LayerDef l) {
        return l.composites().size() == 1 && l.composites().get(0).opacity() == 0;
    }

    private long drawComposited(LayerDef l, PendingLayer p, Graphics2D g, BufferedImage canvas) throws RenderException {
        if (isVectorGroup(l, g)) {
            // Cairo draws such a layer as a vector group painted with alpha (cairo_paint_with_alpha), not pixels,
            // at OPACITY / 100 exactly (8.0's PDF has /ca 0.45 for OPACITY 45)
            float alpha = l.composites().get(0).opacity() / 100f;
            var group = org.jmapserv.render.output.VectorGroup.begin(g, alpha, canvas.getWidth(), canvas.getHeight());
            if (group != null) {
                try {
                    return p.drawOnto(canvas, group.graphics());
                } finally {
                    group.end();
                }
            }
        }
        BufferedImage layerImg = MapRenderer.Canvas.create(canvas.getWidth(), canvas.getHeight(), null);
        Graphics2D lg = MapRenderer.Canvas.graphics(layerImg, SolidCanvas.gammaOf(g));
        org.jmapserv.render.output.CairoDrawing.copyMark(g, lg);
        long n;
        try {
            n = p.drawOnto(layerImg, lg);
        } finally {
            lg.dispose();
        }
        if (l.mask() != null) {
            new LayerMasks(drawers, ctx).apply(l, layerImg, SolidCanvas.gammaOf(g));
        }
        if (l.composites().isEmpty()) {
            g.drawImage(layerImg, 0, 0, null);
            return n;
        }
        boolean vectorPage = canvas.getType() != BufferedImage.TYPE_INT_ARGB_PRE;
        for (CompositeDef c : l.composites()) {
            float alpha = Math.round(c.opacity() * 2.55f) / 255f;
            if (vectorPage && (c.compOp() == null || c.compOp().equals("src-over"))) {
                // SVG and PDF Graphics2Ds ignore an AlphaComposite on images: the opacity goes into the pixels,
                // which for src-over is the same as Cairo's paint_with_alpha of the layer's group
                g.drawImage(withOpacity(layerImg, alpha), 0, 0, null);
                continue;
            }
            java.awt.Composite old = g.getComposite();
            g.setComposite(CompositeOps.of(c.compOp(), alpha));
            g.drawImage(layerImg, 0, 0, null);
            g.setComposite(old);
        }
        return n;
    }

    /** One COMPOSITE of plain src-over OPACITY, no COMPFILTER and no MASK, on an SVG or PDF page. */
    private static boolean isVectorGroup(LayerDef l, Graphics2D g) {
        if (l.mask() != null || l.composites().size() != 1
                || !org.jmapserv.render.output.VectorCanvas.isVectorPage(g)) {
            return false;
        }
        CompositeDef c = l.composites().get(0);
        return c.compFilters().isEmpty() && (c.compOp() == null || c.compOp().equals("src-over"));
    }

    /** A copy of a premultiplied ARGB image with every channel scaled by {@code alpha}. */
    private static BufferedImage withOpacity(BufferedImage img, float alpha) {
        if (alpha >= 1f) {
            return img;
        }
        BufferedImage out = MapRenderer.Canvas.create(img.getWidth(), img.getHeight(), null);
        int[] src = ((java.awt.image.DataBufferInt) img.getRaster().getDataBuffer()).getData();
        int[] dst = ((java.awt.image.DataBufferInt) out.getRaster().getDataBuffer()).getData();
        int a = Math.round(alpha * 256);
        for (int i = 0; i < src.length; i++) {
            int p = src[i];
            if (p != 0) {
                dst[i] = ((p >>> 24) * a >> 8) << 24 | ((p >> 16 & 0xff) * a >> 8) << 16
                        | ((p >> 8 & 0xff) * a >> 8) << 8 | (p & 0xff) * a >> 8;
            }
        }
        return out;
    }

    /** COMPOP names Java2D can express; others fall back to src-over with a warning-free approximation. */
    static final class CompositeOps {
        private CompositeOps() {
        }

        static java.awt.Composite of(String op, float alpha) {
            int rule = switch (op == null ? "src-over" : op) {
                case "src" -> AlphaComposite.SRC;
                case "src-in" -> AlphaComposite.SRC_IN;
                case "src-out" -> AlphaComposite.SRC_OUT;
                case "src-atop" -> AlphaComposite.SRC_ATOP;
                case "dst-over" -> AlphaComposite.DST_OVER;
                case "dst-in" -> AlphaComposite.DST_IN;
                case "dst-out" -> AlphaComposite.DST_OUT;
                case "dst-atop" -> AlphaComposite.DST_ATOP;
                case "xor" -> AlphaComposite.XOR;
                case "clear" -> AlphaComposite.CLEAR;
                default -> AlphaComposite.SRC_OVER;
            };
            return AlphaComposite.getInstance(rule, alpha);
        }
    }
}
