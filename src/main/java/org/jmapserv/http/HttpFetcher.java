package org.jmapserv.http;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The one HTTP(S) client of remote layers: thread-safe and long-lived (one per server process),
 * the counterpart of MapServer's msHTTPExecuteRequests (maphttp.c), which runs all layer requests
 * of a draw in parallel. Fetches run on a bounded thread pool; connections and TLS sessions are
 * pooled per {@link ConnectionKey}; requests per host are capped.
 *
 * <p>A failed fetch completes its future exceptionally with an {@link HttpFetchException}
 * ({@code get()} wraps it in an ExecutionException, {@code join()} in a CompletionException).
 */
public final class HttpFetcher implements AutoCloseable {
    /** Sizing and debug output of a fetcher. */
    public record Options(int threads, int maxPerHost, int maxPools, Consumer<String> debug,
                          HostBreaker.Settings breaker) {
        /** Default cap on distinct connection pools (one per distinct {@link ConnectionKey}). */
        public static final int DEFAULT_MAX_POOLS = 32;

        public Options {
            if (threads < 1 || maxPerHost < 1 || maxPools < 1) {
                throw new IllegalArgumentException("threads, maxPerHost and maxPools must be at least 1");
            }
            debug = debug == null ? line -> { } : debug;
            breaker = breaker == null ? HostBreaker.Settings.defaults() : breaker;
        }

        public Options(int threads, int maxPerHost, int maxPools, Consumer<String> debug) {
            this(threads, maxPerHost, maxPools, debug, null);
        }

        public Options(int threads, int maxPerHost, Consumer<String> debug) {
            this(threads, maxPerHost, DEFAULT_MAX_POOLS, debug);
        }

        /** 16 threads, 6 requests per host (a browser's cap), 32 pools, no debug output, the default breaker. */
        public static Options defaults() {
            return new Options(16, 6, DEFAULT_MAX_POOLS, null);
        }

        /** Same sizing, with every request, redirect and timing line (secrets masked) sent to {@code sink}. */
        public Options withDebug(Consumer<String> sink) {
            return new Options(threads, maxPerHost, maxPools, sink, breaker);
        }

        /** Same options with at most {@code max} connection pools; the least recently used is closed. */
        public Options withMaxPools(int max) {
            return new Options(threads, maxPerHost, max, debug, breaker);
        }

        /** Same options with another per-host circuit breaker (when a host that stops answering is skipped). */
        public Options withBreaker(HostBreaker.Settings settings) {
            return new Options(threads, maxPerHost, maxPools, debug, settings);
        }
    }

    private final Options options;
    private final ExecutorService workers;
    private final ScheduledExecutorService timer;
    private final HostLimiter limiter;
    private final HostBreaker breaker;
    private final ClientPools pools;

    public HttpFetcher() {
        this(Options.defaults());
    }

    public HttpFetcher(Options options) {
        this.options = options;
        this.workers = Executors.newFixedThreadPool(options.threads(), daemon("jmapserv-http-"));
        this.timer = Executors.newSingleThreadScheduledExecutor(daemon("jmapserv-http-deadline-"));
        this.breaker = new HostBreaker(options.breaker());
        this.limiter = new HostLimiter(options.maxPerHost(), breaker);
        this.pools = new ClientPools(options.maxPools(), key -> PooledClient.create(key, options.maxPerHost()),
                options.debug());
    }

    /**
     * Fetches {@code uri} with GET. Settings problems (bad cookie, bad CA bundle, unreadable key)
     * fail the future before anything is sent. URL userinfo is never sent as part of the URL; if
     * the profile has no credentials it becomes basic credentials, as libcurl does.
     */
    private volatile FetchObserver observer = FetchObserver.NONE;

    /** Reports each fetch's origin, duration and failure to {@code o} (one observer; replaces the previous). */
    public HttpFetcher observedBy(FetchObserver o) {
        this.observer = o == null ? FetchObserver.NONE : o;
        return this;
    }

    public CompletableFuture<FetchResult> fetch(URI uri, HttpProfile profile) {
        CompletableFuture<FetchResult> future = new CompletableFuture<>();
        long started = System.nanoTime();
        String origin = (uri.getHost() == null ? "?" : uri.getHost()) + ":" + uri.getPort();
        try {
            workers.execute(() -> {
                // the observer hears of the fetch before the future completes: a caller woken by the future (the
                // draw, then a /metrics request) must already find it counted
                FetchResult result = null;
                HttpFetchException failure = null;
                try {
                    result = fetchNow(uri, profile);
                } catch (HttpFetchException e) {
                    failure = e;
                } catch (RuntimeException e) {
                    failure = new HttpFetchException(FailureKind.IO, "internal error: " + e.getClass().getSimpleName(),
                            uri, e);
                }
                try {
                    observer.fetched(origin, System.nanoTime() - started,
                            failure == null ? null : failure.kind().name().toLowerCase(java.util.Locale.ROOT));
                } catch (RuntimeException ignored) {
                    // metrics must never fail a fetch
                }
                if (failure == null) {
                    future.complete(result);
                } else {
                    future.completeExceptionally(failure);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            observer.fetched(origin, System.nanoTime() - started,
                    FailureKind.IO.name().toLowerCase(java.util.Locale.ROOT));
            future.completeExceptionally(new HttpFetchException(FailureKind.IO, "fetcher is closed", uri));
        }
        return future;
    }

    private FetchResult fetchNow(URI uri, HttpProfile profile) throws HttpFetchException {
        Deadline deadline = new Deadline(profile.timeouts().total(), timer);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new HttpFetchException(FailureKind.INVALID_SETTING, "only http and https URLs with a host are supported", uri);
        }
        CookieHeaderValidator.check(profile.cookieHeader(), uri);
        AuthSettings auth = profile.auth();
        if (auth == null && uri.getRawUserInfo() != null) {
            auth = fromUserInfo(uri.getRawUserInfo());
        }
        URI target = withoutUserInfo(uri);
        Origin origin = Origin.of(target);
        breaker.admit(origin, target);
        PooledClient client = pools.acquire(profile.connectionKey());
        try {
            FetchResult r = new Exchange(client, profile, auth, limiter, deadline, options.debug()).run(target);
            breaker.answered(origin);
            return r;
        } catch (HttpFetchException e) {
            breaker.failed(origin, e.kind());
            throw e;
        } finally {
            pools.release(client);
        }
    }

    /** How many connection pools are open. */
    int openPools() {
        return pools.size();
    }

    private static AuthSettings fromUserInfo(String raw) {
        int colon = raw.indexOf(':');
        String user = URLDecoder.decode(colon < 0 ? raw : raw.substring(0, colon), StandardCharsets.UTF_8);
        String pass = colon < 0 ? "" : URLDecoder.decode(raw.substring(colon + 1), StandardCharsets.UTF_8);
        return new AuthSettings(AuthScheme.BASIC, user, Secret.of(pass));
    }

    private static URI withoutUserInfo(URI uri) {
        if (uri.getRawUserInfo() == null) {
            return uri;
        }
        String s = uri.toString();
        int at = s.indexOf('@', s.indexOf("//") + 2);
        return URI.create(s.substring(0, s.indexOf("//") + 2) + s.substring(at + 1));
    }

    @Override
    public void close() {
        workers.shutdownNow();
        timer.shutdownNow();
        pools.close();
    }

    private static ThreadFactory daemon(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
