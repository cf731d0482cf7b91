package org.jmapserv.http;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.protocol.HttpClientContext;

/**
 * One fetch: the redirect loop and the per-hop request, written by hand so we control what
 * follows a redirect (MapServer leaves it to libcurl: FOLLOWLOCATION, MAXREDIRS 10). At most 10
 * redirects; Authorization only on the first request's origin (scheme, host, port); our Cookie
 * only on the first request's host (any port, as MapServer's host-scoped cookies); never https
 * to http. Runs on a fetcher thread; the pool's {@link Transport} (HTTP/2-capable or blocking
 * HTTP/1.1) carries each hop and enforces the total deadline and the body limit.
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
        long hopStart = System.nanoTime();
        try {
            HopResponse resp = client.transport().send(get, ctx, profile.maxResponseBytes(), uri, deadline);
            int status = resp.status();
            String location = resp.first("Location");
            if (isRedirect(status) && location != null) {
                return new Hop(null, resolve(uri, location));
            }
            checkStatus(status, resp, uri);
            FetchTimings timings = timings(ctx, resp);
            debug.accept("HTTP: " + status + " " + resp.body().length + " bytes over " + timings.protocol()
                    + ", " + timings.summary() + " for " + UrlRedactor.maskUri(uri));
            String type = resp.first("Content-Type");
            return new Hop(new FetchResult(status, type == null ? "" : type, resp.byName(), resp.body(), uri,
                    redirects, timings), null);
        } catch (IOException | RuntimeException e) {
            throw classifier.classify(e, uri, deadline.passed(), client.certificateRequestedSince(hopStart));
        } finally {
            limiter.release(origin);
        }
    }

    private HttpGet buildRequest(URI uri, boolean sameOrigin, boolean sameHost) {
        HttpGet get = new HttpGet(uri);
        get.setHeader("User-Agent", profile.userAgent());
        if (profile.compression()) {
            get.setHeader("Accept-Encoding", BoundedBodyReader.ACCEPTED_ENCODINGS);
        }
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

    private void checkStatus(int status, HopResponse resp, URI uri) throws HttpFetchException {
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

    static String challenges(HopResponse resp, String header) {
        List<String> names = new ArrayList<>();
        for (String value : resp.all(header)) {
            String scheme = value.trim().split("[\\s,]", 2)[0];
            if (!scheme.isEmpty() && !names.contains(scheme)) {
                names.add(scheme);
            }
        }
        return names.isEmpty() ? "no scheme" : String.join(", ", names);
    }

    private FetchTimings timings(HttpClientContext ctx, HopResponse resp) {
        long start = deadline.startNanos();
        long handshake = ctx.getAttribute(TimedTlsStrategy.HANDSHAKE_DONE_NANOS) instanceof Long h ? h
                : TlsStrategies.handshakeDoneNanos(ctx.getSSLSession());
        // a handshake before this fetch began belongs to a reused connection: nothing to report
        Duration connect = handshake - start > 0 ? Duration.ofNanos(handshake - start) : Duration.ZERO;
        return new FetchTimings(connect, Duration.ofNanos(resp.headersAtNanos() - start),
                Duration.ofNanos(System.nanoTime() - start), resp.protocol());
    }
}
