package org.jmapserv.render.symbol;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.jmapserv.http.FetchResult;
import org.jmapserv.http.HttpFetchException;
import org.jmapserv.http.HttpFetcher;
import org.jmapserv.http.HttpProfile;
import org.jmapserv.http.UrlRedactor;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.model.SymbolDef;
import org.jmapserv.wms.client.HttpProfileSource;

/**
 * SYMBOL IMAGEs given by URL, fetched as msAddImageSymbol / msPreloadImageSymbol fetch them (msHTTPGetFile, at most
 * 1 MB) but through jmapserv's HTTP client, so the same TLS rules apply as for WMS layers: verification always on,
 * CA bundles, proxies and the rest from the map's WEB METADATA / CONFIG (no layer). All URLs of a map are fetched in
 * parallel before drawing and kept in the {@link PixmapCache}; a failure names the symbol and the masked URL.
 */
public final class RemoteSymbols {

    /** msHTTPGetFile's limit for symbol images. */
    static final long MAX_BYTES = 1024 * 1024;

    private final HttpFetcher http;
    private final HttpProfileSource profiles;

    public RemoteSymbols(HttpFetcher http, HttpProfileSource profiles) {
        this.http = http;
        this.profiles = profiles;
    }

    /** Whether any SYMBOL of {@code map} names its IMAGE by URL. */
    public static boolean needed(MapDef map) {
        return map.symbols().stream().anyMatch(s -> PixmapCache.isUrl(s.image()));
    }

    /** Fetches every URL symbol image of {@code map} not yet in {@code cache}. */
    public void prefetch(MapDef map, PixmapCache cache) {
        Map<String, SymbolDef> wanted = new LinkedHashMap<>();
        for (SymbolDef s : map.symbols()) {
            if (PixmapCache.isUrl(s.image()) && !cache.hasRemote(s.image())) {
                wanted.putIfAbsent(s.image(), s);
            }
        }
        List<CompletableFuture<FetchResult>> futures = new ArrayList<>();
        List<SymbolDef> order = new ArrayList<>(wanted.values());
        for (SymbolDef s : order) {
            try {
                URI uri = URI.create(s.image());
                HttpProfile p = profiles.profileFor(new LayerDef.Builder().build(), map, uri)
                        .withMaxResponseBytes(MAX_BYTES);
                futures.add(http.fetch(uri, p));
            } catch (HttpFetchException | IllegalArgumentException e) {
                throw failure(s, e.getMessage());
            }
        }
        for (int i = 0; i < order.size(); i++) {
            SymbolDef s = order.get(i);
            FetchResult r;
            try {
                r = futures.get(i).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw failure(s, "interrupted");
            } catch (ExecutionException e) {
                throw failure(s, e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
            }
            if (r.status() != 200) {
                throw failure(s, "HTTP status " + r.status());
            }
            cache.putRemote(s.image(), r.body());
        }
    }

    private static PixmapCache.SymbolLoadException failure(SymbolDef s, String cause) {
        return new PixmapCache.SymbolLoadException("msPreloadImageSymbol(): Unable to fetch the image of symbol '"
                + s.name() + "' from " + UrlRedactor.mask(s.image()) + ": " + cause);
    }
}
