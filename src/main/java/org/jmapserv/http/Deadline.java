package org.jmapserv.http;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.hc.core5.concurrent.Cancellable;

/**
 * The total deadline of one fetch (MapServer's wms_connectiontimeout, CURLOPT_TIMEOUT): when it
 * passes, the request in flight is aborted, wherever it is (connecting, waiting, reading).
 */
final class Deadline {
    private final long startNanos;
    private final long endNanos;
    private final ScheduledExecutorService timer;
    private volatile boolean passed;
    private ScheduledFuture<?> pending;

    Deadline(Duration total, ScheduledExecutorService timer) {
        this.startNanos = System.nanoTime();
        this.endNanos = startNanos + total.toNanos();
        this.timer = timer;
    }

    long startNanos() {
        return startNanos;
    }

    long remainingNanos() {
        return endNanos - System.nanoTime();
    }

    boolean passed() {
        return passed || remainingNanos() <= 0;
    }

    /** Records that a wait bounded by this deadline ran out (timed waits may wake a hair early). */
    void expire() {
        passed = true;
    }

    void watch(Cancellable request) {
        long remaining = Math.max(1, remainingNanos());
        pending = timer.schedule(() -> {
            passed = true;
            request.cancel();
        }, remaining, TimeUnit.NANOSECONDS);
    }

    void unwatch() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
    }
}
