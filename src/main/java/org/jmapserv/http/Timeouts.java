package org.jmapserv.http;

import java.time.Duration;

/**
 * Request deadlines. {@code total} is MapServer's {@code wms_connectiontimeout} (CURLOPT_TIMEOUT,
 * default 30 s); MapServer has no connect or stall timeout, we add both.
 *
 * @param total whole request, redirects and body included
 * @param connect TCP connect and TLS handshake of one connection
 * @param stall longest time without receiving a byte
 */
public record Timeouts(Duration total, Duration connect, Duration stall) {
    public static final Duration DEFAULT_TOTAL = Duration.ofSeconds(30);
    public static final Duration DEFAULT_CONNECT = Duration.ofSeconds(10);

    public Timeouts {
        requirePositive(total, "total");
        requirePositive(connect, "connect");
        requirePositive(stall, "stall");
    }

    /** 30 s total (MapServer), 10 s connect, stall bounded only by the total. */
    public static Timeouts defaults() {
        return new Timeouts(DEFAULT_TOTAL, DEFAULT_CONNECT, DEFAULT_TOTAL);
    }

    private static void requirePositive(Duration d, String name) {
        if (d == null || d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(name + " timeout must be positive, got " + d);
        }
    }
}
