package org.jmapserv.wms.client;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import org.jmapserv.geo.PixelGrid;
import org.jmapserv.http.FetchResult;
import org.jmapserv.http.HttpFetchException;
import org.jmapserv.http.HttpFetcher;
import org.jmapserv.http.HttpProfile;
import org.jmapserv.http.UrlRedactor;
import org.jmapserv.mapfile.model.ConnectionType;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.MapDef;

/**
 * Starts the GetMaps of every visible WMS layer of one draw at once (msDrawMap's pre-fetch through
 * msPrepareWMSLayerRequest + msOWSExecuteRequests), each with its own deadline, and hands back one future per
 * layer. The renderer draws local layers meanwhile and takes each image when its turn in layer order comes.
 * <p>A future completes with the image, with {@code null} when the layer has nothing to draw (outside
 * wms_latlonboundingbox, or merged into an earlier layer's request), or exceptionally with a
 * {@link WmsLayerException} naming the layer, the cause and the masked URL.
 */
public final class WmsLayerFetcher {

    private final HttpFetcher http;
    private final GetMapRequestBuilder builder;
    private final HttpProfileSource profiles;

    public WmsLayerFetcher(HttpFetcher http, GetMapRequestBuilder builder, HttpProfileSource profiles) {
        this.http = http;
        this.builder = builder;
        this.profiles = profiles;
    }

    /**
     * @param visibleInDrawOrder indexes into {@code map.layers()} of every layer that will be drawn, WMS or not
     *                           (a non-WMS layer between two WMS layers stops them from merging)
     */
    public Map<Integer, CompletableFuture<RemoteImage>> start(MapDef map, List<Integer> visibleInDrawOrder,
            PixelGrid grid, Consumer<String> debug) {
        Map<Integer, CompletableFuture<RemoteImage>> out = new HashMap<>();
        List<WmsRequestMerger.Candidate> candidates = new ArrayList<>();
        Map<Integer, HttpProfile> profileByLayer = new HashMap<>();
        for (int index : visibleInDrawOrder) {
            LayerDef layer = map.layers().get(index);
            if (layer.connectionType() != ConnectionType.WMS) {
                candidates.add(new WmsRequestMerger.Candidate(index, null, null, null));
                continue;
            }
            try {
                WmsLayerSettings settings = WmsLayerSettings.read(layer, map);
                Optional<GetMapRequest> request = builder.build(settings, layer, map.projection(), grid);
                if (request.isEmpty()) {
                    out.put(index, CompletableFuture.completedFuture(null));
                    candidates.add(new WmsRequestMerger.Candidate(index, null, null, null));
                    continue;
                }
                HttpProfile profile = profiles.profileFor(layer, map, toUri(settings, request.get().url()));
                profileByLayer.put(index, profile);
                candidates.add(new WmsRequestMerger.Candidate(index, request.get(), settings, profile));
            } catch (WmsLayerException e) {
                out.put(index, CompletableFuture.failedFuture(e));
                candidates.add(new WmsRequestMerger.Candidate(index, null, null, null));
            } catch (HttpFetchException e) {
                out.put(index, CompletableFuture.failedFuture(
                        new WmsLayerException(layerName(layer), e.reason(),
                                e.maskedUrl().isEmpty() ? null : e.maskedUrl())));
                candidates.add(new WmsRequestMerger.Candidate(index, null, null, null));
            }
        }
        for (WmsRequestMerger.Planned planned : WmsRequestMerger.plan(candidates)) {
            CompletableFuture<RemoteImage> future = send(map, planned, profileByLayer.get(planned.layerIndexes()
                    .get(0)), debug);
            List<Integer> idx = planned.layerIndexes();
            out.put(idx.get(0), future);
            for (int i = 1; i < idx.size(); i++) {
                out.put(idx.get(i), CompletableFuture.completedFuture(null));
                debug.accept("WMS layer '" + layerName(map.layers().get(idx.get(i))) + "' merged into the request of '"
                        + planned.owner().layerName() + "'");
            }
        }
        return out;
    }

    private CompletableFuture<RemoteImage> send(MapDef map, WmsRequestMerger.Planned planned, HttpProfile profile,
            Consumer<String> debug) {
        GetMapRequest request = planned.request();
        String layer = planned.owner().layerName();
        String url = request.url();
        String masked = UrlRedactor.mask(url);
        debug.accept("HTTP request: layer '" + layer + "', " + masked);
        URI uri;
        try {
            uri = toUri(planned.owner(), url);
        } catch (WmsLayerException e) {
            return CompletableFuture.failedFuture(e);
        }
        long started = System.nanoTime();
        String format = planned.owner().fullUrlMode() ? fullUrlFormat(url) : planned.owner().format();
        return http.fetch(uri, profile).handle((result, error) -> {
            if (error != null) {
                throw new java.util.concurrent.CompletionException(toLayerException(layer, masked, error));
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            debug.accept("HTTP response: layer '" + layer + "', status " + result.status() + ", "
                    + result.body().length + " bytes, " + millis + " ms");
            return decode(planned, result, format, masked, millis);
        });
    }

    private static RemoteImage decode(WmsRequestMerger.Planned planned, FetchResult result, String format,
            String masked, long millis) {
        GetMapRequest request = planned.request();
        try {
            return new RemoteImage(WmsResponseChecker.check(result.status(), result.contentType(), result.body(),
                    format, request.width(), request.height()), request.bbox(), request.crs(), planned.layerIndexes(), masked, millis);
        } catch (WmsResponseChecker.Failure f) {
            throw new java.util.concurrent.CompletionException(
                    new WmsLayerException(planned.owner().layerName(), f.getMessage(), masked));
        }
    }

    private static WmsLayerException toLayerException(String layer, String masked, Throwable error) {
        Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                ? error.getCause() : error;
        if (cause instanceof HttpFetchException h) {
            return new WmsLayerException(layer, h.reason(),
                    h.maskedUrl() == null || h.maskedUrl().isEmpty() ? masked : h.maskedUrl());
        }
        return new WmsLayerException(layer, "request failed: " + cause.getMessage(), masked);
    }

    private static String fullUrlFormat(String url) {
        for (QueryString.Param p : QueryString.parse(url)) {
            if (p.key().equalsIgnoreCase("FORMAT")) {
                return java.net.URLDecoder.decode(p.value(), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static URI toUri(WmsLayerSettings settings, String url) throws WmsLayerException {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
                throw new WmsLayerException(settings.layerName(), "CONNECTION must be an http or https URL",
                        UrlRedactor.mask(url));
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new WmsLayerException(settings.layerName(), "CONNECTION is not a valid URL (" + e.getReason() + ")",
                    UrlRedactor.mask(url));
        }
    }

    private static String layerName(LayerDef layer) {
        return layer.name() == null ? "(unnamed)" : layer.name();
    }
}
