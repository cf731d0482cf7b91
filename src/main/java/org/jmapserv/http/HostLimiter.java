package org.jmapserv.http;

import java.net.URI;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Caps concurrent requests per host and port across all profiles, so many layers on one remote
 * server do not flood it (MapProxy's concurrent_requests idea; MapServer has no cap).
 */
final class HostLimiter {
    /** How often a request waiting for a slot checks whether its host has meanwhile been skipped. */
    private static final long SLICE_NANOS = 50_000_000L;

    private final int perHost;
    private final HostBreaker breaker;
    private final ConcurrentHashMap<String, Semaphore> permits = new ConcurrentHashMap<>();

    HostLimiter(int perHost, HostBreaker breaker) {
        this.perHost = perHost;
        this.breaker = breaker;
    }

    void acquire(Origin origin, Deadline deadline, URI uri) throws HttpFetchException {
        Semaphore s = permits.computeIfAbsent(key(origin), k -> new Semaphore(perHost));
        try {
            // waits in slices, so that requests queued behind a host that stopped answering give up as soon as
            // the breaker skips it instead of each waiting out its own timeout
            while (!s.tryAcquire(Math.min(SLICE_NANOS, Math.max(0, deadline.remainingNanos())),
                    TimeUnit.NANOSECONDS)) {
                if (breaker.isSkipped(origin)) {
                    throw breaker.skippedWhileWaiting(origin, uri);
                }
                if (deadline.remainingNanos() <= 0) {
                    throw new HttpFetchException(FailureKind.TOTAL_TIMEOUT, "total timeout: still waiting for one of "
                            + perHost + " connection slots to " + key(origin), uri);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HttpFetchException(FailureKind.IO, "interrupted while waiting for a connection slot", uri);
        }
    }

    void release(Origin origin) {
        Semaphore s = permits.get(key(origin));
        if (s != null) {
            s.release();
        }
    }

    private static String key(Origin o) {
        return o.host() + ":" + o.port();
    }
}
