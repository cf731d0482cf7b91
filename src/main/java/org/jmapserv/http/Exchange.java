package org.jmapserv.http;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.EntityUtils;

/**
 * One fetch: the redirect loop and the per-hop request, written by hand so we control what
 * follows a redirect (MapServer leaves it to libcurl: FOLLOWLOCATION, MAXREDIRS 10). At most 10
 * redirects; Authorization only on the first request's origin (scheme, host, port); our Cookie
 * only on the first request's host (any port, as MapServer's host-scoped cookies); never https
 * to http. Runs on a fetcher thread; the total deadline aborts the request from outside.
 */
final class Exchange {
    static final int MAX_REDIRECTS = 10;

    private final PooledClient client;
    private final HttpProfile profile;
    private final AuthSettings auth;
    private final HostLimiter limiter;
    private final Deadline deadline;
    private final Consumer<String> debug;
    private final FailureClassifier classifier;
    private final HopContextFactory contexts;

    Exchange(PooledClient client, HttpProfile profile, AuthSettings auth, HostLimiter limiter,
            Deadline deadline, Consumer<String> debug) {
        this.client = client;
        this.profile = profile;
        this.auth = auth;
        this.limiter = limiter;
        this.deadline = deadline;
        this.debug = debug;
        this.classifier = new FailureClassifier(profile);
        this.contexts = new HopContextFactory(profile);
    }

    FetchResult run(URI first) throws HttpFetchException {
        Origin firstOrigin = Origin.of(first);
        URI current = first;
        for (int redirects = 0; ; redirects++) {
            Hop hop = executeHop(current, firstOrigin, redirects);
            if (hop.result != null) {
                return hop.result;
            }
            if (redirects + 1 > MAX_REDIRECTS) {
                throw new HttpFetchException(FailureKind.TOO_MANY_REDIRECTS, "too many redirects: more than "
                        + MAX_REDIRECTS + " (last to " + UrlRedactor.maskUri(hop.next) + ")", first);
            }
            checkRedirectTarget(current, hop.next);
            debug.accept("HTTP: redirect " + (redirects + 1) + " to " + UrlRedactor.maskUri(hop.next));
            current = hop.next;
        }
    }

    private record Hop(FetchResult result, URI next) {
    }

    private Hop executeHop(URI uri, Origin firstOrigin, int redirects) throws HttpFetchException {
        Origin origin = Origin.of(uri);
        boolean sameOrigin = origin.equals(firstOrigin);
        HttpGet get = buildRequest(uri, sameOrigin, origin.sameHost(firstOrigin));
        HttpClientContext ctx = contexts.create(origin, sameOrigin, auth);
        debug.accept("HTTP request: GET " + UrlRedactor.maskUri(uri));
        limiter.acquire(origin, deadline, uri);
        deadline.watch(get);
        try (ClassicHttpResponse resp = client.client().executeOpen(null, get, ctx)) {
            long headersAt = System.nanoTime();
            int status = resp.getCode();
            Header location = resp.getFirstHeader("Location");
            if (isRedirect(status) && location != null) {
                EntityUtils.consumeQuietly(resp.getEntity());
                return new Hop(null, resolve(uri, location.getValue()));
            }
            checkStatus(status, resp, uri);
            byte[] body = BoundedBodyReader.read(resp.getEntity(), profile.maxResponseBytes(), uri);
            FetchTimings timings = timings(ctx, headersAt);
            debug.accept("HTTP: " + status + " " + body.length + " bytes, " + timings.summary()
                    + " for " + UrlRedactor.maskUri(uri));
            return new Hop(new FetchResult(status, contentType(resp), headers(resp), body, uri,
                    redirects, timings), null);
        } catch (IOException | RuntimeException e) {
            throw classifier.classify(e, uri, deadline.passed());
        } finally {
            deadline.unwatch();
            limiter.release(origin);
        }
    }

    private HttpGet buildRequest(URI uri, boolean sameOrigin, boolean sameHost) {
        HttpGet get = new HttpGet(uri);
        get.setHeader("User-Agent", profile.userAgent());
        if (sameOrigin && auth != null && auth.scheme() == AuthScheme.BASIC) {
            String token = auth.username() + ":" + auth.password().reveal();
            get.setHeader("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)));
        }
        if (sameHost && profile.cookieHeader() != null) {
            get.setHeader("Cookie", profile.cookieHeader().reveal());
        }
        return get;
    }

    private void checkRedirectTarget(URI from, URI to) throws HttpFetchException {
        String scheme = to.getScheme() == null ? "" : to.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || to.getHost() == null) {
            throw new HttpFetchException(FailureKind.INSECURE_REDIRECT, "redirect to an unsupported URL "
                    + UrlRedactor.maskUri(to) + " refused (only http and https)", from);
        }
        if ("https".equalsIgnoreCase(from.getScheme()) && scheme.equals("http")) {
            throw new HttpFetchException(FailureKind.INSECURE_REDIRECT, "redirect from https to http "
                    + UrlRedactor.maskUri(to) + " refused", from);
        }
    }

    private static URI resolve(URI base, String location) throws HttpFetchException {
        try {
            return base.resolve(new URI(location.trim()));
        } catch (java.net.URISyntaxException e) {
            throw new HttpFetchException(FailureKind.IO, "server sent an invalid redirect Location", base);
        }
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private void checkStatus(int status, ClassicHttpResponse resp, URI uri) throws HttpFetchException {
        if (status == 401) {
            throw new HttpFetchException(FailureKind.UNAUTHORIZED, "HTTP 401 (server asks for "
                    + challenges(resp, "WWW-Authenticate") + ")" + sentWith(), uri);
        }
        if (status == 403) {
            throw new HttpFetchException(FailureKind.FORBIDDEN, "HTTP 403 forbidden" + sentWith(), uri);
        }
        if (status == 407) {
            throw new HttpFetchException(FailureKind.PROXY_AUTH_REQUIRED, "HTTP 407 from proxy (proxy asks for "
                    + challenges(resp, "Proxy-Authenticate") + ")", uri);
        }
    }

    private String sentWith() {
        return auth == null ? "; no credentials configured"
                : "; sent " + auth.scheme().lowerName() + " credentials for user " + auth.username();
    }

    static String challenges(ClassicHttpResponse resp, String header) {
        List<String> names = new ArrayList<>();
        for (Header h : resp.getHeaders(header)) {
            String scheme = h.getValue().trim().split("[\\s,]", 2)[0];
            if (!scheme.isEmpty() && !names.contains(scheme)) {
                names.add(scheme);
            }
        }
        return names.isEmpty() ? "no scheme" : String.join(", ", names);
    }

    private FetchTimings timings(HttpClientContext ctx, long headersAt) {
        Object handshake = ctx.getAttribute(TimedTlsStrategy.HANDSHAKE_DONE_NANOS);
        long start = deadline.startNanos();
        Duration connect = handshake instanceof Long h ? Duration.ofNanos(Math.max(0, h - start)) : Duration.ZERO;
        return new FetchTimings(connect, Duration.ofNanos(headersAt - start),
                Duration.ofNanos(System.nanoTime() - start));
    }

    private static String contentType(ClassicHttpResponse resp) {
        Header h = resp.getFirstHeader("Content-Type");
        return h == null ? "" : h.getValue();
    }

    private static Map<String, List<String>> headers(ClassicHttpResponse resp) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (Header h : resp.getHeaders()) {
            map.computeIfAbsent(h.getName().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(h.getValue());
        }
        map.replaceAll((k, v) -> List.copyOf(v));
        return map;
    }
}
