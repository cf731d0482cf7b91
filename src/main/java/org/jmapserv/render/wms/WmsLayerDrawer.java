package org.jmapserv.render.wms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.jmapserv.http.HttpFetcher;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.render.RenderException;
import org.jmapserv.render.layer.DrawContext;
import org.jmapserv.render.layer.LayerDrawer;
import org.jmapserv.render.layer.PendingLayer;
import org.jmapserv.wms.client.GetMapRequestBuilder;
import org.jmapserv.wms.client.HttpProfileSource;
import org.jmapserv.wms.client.RemoteImage;
import org.jmapserv.wms.client.WmsLayerFetcher;

/**
 * The {@link LayerDrawer} of WMS layers. Shared and thread-safe: each draw gets its own {@link WmsBatch} from
 * {@link #forDraw}, which has already sent every request of that draw.
 */
public final class WmsLayerDrawer implements LayerDrawer {

    private final WmsLayerFetcher fetcher;

    public WmsLayerDrawer(HttpFetcher http, HttpProfileSource profiles) {
        this.fetcher = new WmsLayerFetcher(http, GetMapRequestBuilder.withProj4j(), profiles);
    }

    @Override
    public LayerDrawer forDraw(List<LayerDef> visibleInDrawOrder, DrawContext ctx) {
        List<LayerDef> all = ctx.map().layers();
        List<Integer> indexes = new ArrayList<>();
        for (LayerDef l : visibleInDrawOrder) {
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i) == l) {
                    indexes.add(i);
                    break;
                }
            }
        }
        Map<Integer, CompletableFuture<RemoteImage>> futures = fetcher.start(ctx.map(), indexes, ctx.view().grid(),
                ctx.debug());
        return new WmsBatch(futures);
    }

    @Override
    public PendingLayer prepare(LayerDef layer, DrawContext ctx) throws RenderException {
        throw new IllegalStateException("WMS layers are prepared through forDraw");
    }
}
