package org.jmapserv.render.wms;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.jmapserv.geo.Projection;
import org.jmapserv.geo.Reprojector;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.render.RenderException;
import org.jmapserv.render.layer.DrawContext;
import org.jmapserv.render.layer.LayerDrawer;
import org.jmapserv.render.layer.PendingLayer;
import org.jmapserv.render.raster.ImageWarper;
import org.jmapserv.render.raster.PremultipliedBlend;
import org.jmapserv.wms.client.RemoteImage;
import org.jmapserv.wms.client.WmsLayerException;
import org.jmapserv.wms.client.WmsLayerSettings;

/**
 * The WMS requests of one draw, already under way. Each layer waits for its own answer when its turn comes: a
 * failure of an essential layer ({@code wms_essential}) fails the map, any other failure is reported as a warning
 * naming the layer, the cause and the masked URL, and the map is drawn without it (as MapServer 8 does).
 */
final class WmsBatch implements LayerDrawer {

    private final Map<Integer, CompletableFuture<RemoteImage>> futures;

    WmsBatch(Map<Integer, CompletableFuture<RemoteImage>> futures) {
        this.futures = futures;
    }

    @Override
    public PendingLayer prepare(LayerDef layer, DrawContext ctx) {
        CompletableFuture<RemoteImage> future = futures.get(indexOf(layer, ctx.map().layers()));
        // Warp on the thread that completes the fetch, so images are put on the grid while earlier layers draw.
        CompletableFuture<Placed> placed = future == null ? CompletableFuture.completedFuture(null)
                : future.thenApply(image -> image == null ? null : new Placed(image, onGrid(image, ctx)));
        return new PendingLayer() {
            @Override
            public long draw(Graphics2D g) throws RenderException {
                return WmsBatch.draw(layer, placed, ctx, g, null);
            }

            @Override
            public boolean isReady() {
                return placed.isDone();
            }

            @Override
            public long drawOnto(BufferedImage target, Graphics2D g) throws RenderException {
                return WmsBatch.draw(layer, placed, ctx, g, target);
            }
        };
    }

    /** A fetched image and the same image on the map's grid. */
    private record Placed(RemoteImage remote, BufferedImage onGrid) {
    }

    private static BufferedImage onGrid(RemoteImage image, DrawContext ctx) {
        Projection mapProjection = ctx.projections().fromMapfileArgs(ctx.map().projection().args());
        Projection imageProjection = ctx.map().projection().isEmpty() ? mapProjection
                : ctx.projections().fromString(image.crs());
        return ImageWarper.warp(image.image(), image.bbox(), Reprojector.between(mapProjection, imageProjection),
                ctx.view().grid());
    }

    /** Draws through {@code g}, or blends straight into {@code target}'s pixels when it can (target may be null). */
    private static long draw(LayerDef layer, CompletableFuture<Placed> future, DrawContext ctx, Graphics2D g,
            BufferedImage target) throws RenderException {
        Placed placed;
        try {
            placed = future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RenderException("msDrawMap(): interrupted while waiting for WMS layer '" + layer.name() + "'");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof java.util.concurrent.CompletionException c && c.getCause() != null
                    ? c.getCause() : e.getCause();
            return failed(layer, cause, ctx);
        }
        if (placed == null) {
            return 0;
        }
        if (target != null && plainSourceOver(g) && PremultipliedBlend.applies(placed.onGrid(), target)) {
            PremultipliedBlend.srcOver(placed.onGrid(), target);
        } else {
            g.drawImage(placed.onGrid(), 0, 0, null);
        }
        ctx.debug().accept("msDrawWMSLayerLow(): layer '" + layer.name() + "' drawn from "
                + placed.remote().maskedUrl() + " (fetched in " + placed.remote().fetchMillis() + " ms)");
        return 1;
    }

    /** True when drawImage through {@code g} would be a plain, unclipped, untransformed source-over blend. */
    private static boolean plainSourceOver(Graphics2D g) {
        return g.getClip() == null && g.getTransform().isIdentity()
                && g.getComposite() == java.awt.AlphaComposite.SrcOver;
    }

    private static long failed(LayerDef layer, Throwable cause, DrawContext ctx) throws RenderException {
        String message = cause instanceof WmsLayerException w ? w.getMessage()
                : "WMS layer '" + layer.name() + "': " + cause.getMessage();
        if (WmsLayerSettings.isEssential(layer)) {
            throw new RenderException("msDrawMap(): Failed to draw WMS layer named '" + layer.name() + "'. "
                    + message);
        }
        ctx.warnings().add(message + " (layer skipped; set wms_essential to fail the map instead)");
        ctx.debug().accept("msDrawWMSLayerLow(): " + message);
        return 0;
    }

    private static int indexOf(LayerDef layer, List<LayerDef> all) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i) == layer) {
                return i;
            }
        }
        return -1;
    }
}
