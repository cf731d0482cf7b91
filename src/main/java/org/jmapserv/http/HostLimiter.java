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
    private final int perHost;
    private final ConcurrentHashMap<String, Semaphore> permits = new ConcurrentHashMap<>();

    HostLimiter(int perHost) {
        this.perHost = perHost;
    }

    void acquire(Origin origin, Deadline deadline, URI uri) throws HttpFetchException {
        Semaphore s = permits.computeIfAbsent(key(origin), k -> new Semaphore(perHost));
        try {
            if (!s.tryAcquire(Math.max(0, deadline.remainingNanos()), TimeUnit.NANOSECONDS)) {
                throw new HttpFetchException(FailureKind.TOTAL_TIMEOUT, "total timeout: still waiting for one of "
                        + perHost + " connection slots to " + key(origin), uri);
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
