package org.jmapserv.server.sld;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jmapserv.http.FailureKind;
import org.jmapserv.http.FetchResult;
import org.jmapserv.http.HttpFetchException;
import org.jmapserv.http.HttpProfile;
import org.jmapserv.http.UrlRedactor;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.ows.OwsMetadata;
import org.jmapserv.render.MapRenderer;

/**
 * Reads the document an {@code SLD=<url>} parameter names, as msSLDApplySLDURL (mapogcsld.cpp) does with
 * msHTTPGetFile, but through jmapserv's HTTP client with the map's HTTP settings (TLS verification always on, CA
 * bundles, proxies, timeouts from WEB METADATA / CONFIG, as for WMS layers): at most {@code wms_remote_sld_max_bytes}
 * bytes (default 1 MiB), http and https only. Failures give 8.0's two messages (its own, then the transfer's), the
 * URL with credentials masked.
 */
public final class SldUrl {

    private static final long DEFAULT_MAX_BYTES = 1024 * 1024;
    private static final String FN = "msSLDApplySLDURL: WMS server error. ";

    private final MapRenderer.RemoteAccess remote;

    /** {@code remote}: the renderer's HTTP client, or null when it has none (every SLD URL then fails). */
    public SldUrl(MapRenderer.RemoteAccess remote) {
        this.remote = remote;
    }

    /** The SLD document at {@code url}. */
    public String fetch(MapDef map, String url) throws SldException {
        String shown = UrlRedactor.mask(url);
        long max = maxBytes(map);
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw couldNotOpen(shown, "msHTTPExecuteRequests(): HTTP request error. HTTP: request failed (malformed "
                    + "URL) for " + shown);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw couldNotOpen(shown, "msHTTPExecuteRequests(): HTTP request error. HTTP: request failed (only "
                    + "http and https URLs with a host are supported) for " + shown);
        }
        if (remote == null) {
            throw couldNotOpen(shown, "msHTTPExecuteRequests(): HTTP request error. HTTP: request failed (this "
                    + "server has no HTTP client configured) for " + shown);
        }
        FetchResult r;
        try {
            HttpProfile profile = remote.profiles().profileFor(new LayerDef.Builder().build(), map, uri)
                    .withMaxResponseBytes(max);
            r = remote.http().fetch(uri, profile).get(profile.timeouts().total().toMillis() + 5000,
                    TimeUnit.MILLISECONDS);
        } catch (HttpFetchException e) {
            throw couldNotOpen(shown, transferError(e, max, shown));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof HttpFetchException h) {
                throw couldNotOpen(shown, transferError(h, max, shown));
            }
            throw couldNotOpen(shown, "msHTTPExecuteRequests(): HTTP request error. HTTP: request failed for "
                    + shown);
        } catch (TimeoutException e) {
            throw couldNotOpen(shown, "msHTTPExecuteRequests(): HTTP request error. HTTP: request failed (timed "
                    + "out) for " + shown);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw couldNotOpen(shown, "msHTTPExecuteRequests(): HTTP request error. HTTP: request interrupted for "
                    + shown);
        }
        if (r.status() >= 300) {
            throw couldNotOpen(shown, "msHTTPExecuteRequests(): HTTP request error. HTTP GET request failed with "
                    + "status " + r.status() + " () for " + shown);
        }
        if (r.body().length == 0) {
            throw new SldException(FN + "Could not open SLD " + shown + " as it appears empty", true);
        }
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    private static long maxBytes(MapDef map) {
        String v = OwsMetadata.lookup(map.web().metadata(), "remote_sld_max_bytes");
        if (v == null) {
            return DEFAULT_MAX_BYTES;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\s*[+-]?\\d{1,18}").matcher(v);
        long n = m.find() ? Long.parseLong(m.group().trim()) : 0;
        return n > 0 ? n : org.jmapserv.http.HttpProfile.DEFAULT_MAX_BYTES;
    }

    private static String transferError(HttpFetchException e, long max, String shown) {
        if (e.kind() == FailureKind.RESPONSE_TOO_LARGE) {
            return "msHTTPWriteFct(): HTTP request error. Requested transfer larger than configured maximum " + max
                    + ".";
        }
        return "msHTTPExecuteRequests(): HTTP request error. HTTP: request failed (" + e.reason() + ") for "
                + shown;
    }

    private static SldException couldNotOpen(String shown, String cause) {
        return new SldException(FN + "Could not open SLD " + shown + " and save it in a temporary file. Please "
                + "make sure that the sld url is valid and that the temporary path is set. The temporary path can be "
                + "defined for example by setting TEMPPATH in the map file. Please check the MapServer documentation "
                + "on temporary path settings.\n" + cause, true);
    }
}
