package org.jmapserv.http;

import java.time.Duration;

/**
 * Timings of one fetch, as MapServer's debug summary prints them ("connect_time +
 * time_to_first_packet + download_time = total_time", msHTTPExecuteRequests).
 *
 * @param connect TCP connect plus TLS handshake of a new connection on the last hop; zero when a
 *     pooled connection was reused or the hop was plain http (not measured there)
 * @param timeToFirstByte from the start of the fetch until the last hop's response headers
 * @param total from the start of the fetch until the body was read, redirects included
 * @param protocol the HTTP version the last hop spoke, "HTTP/2" or "HTTP/1.1" (libcurl's
 *     CURLINFO_HTTP_VERSION)
 */
public record FetchTimings(Duration connect, Duration timeToFirstByte, Duration total, String protocol) {
    /** The line MapServer's debug output prints per layer, in seconds. */
    public String summary() {
        double c = seconds(connect);
        double f = Math.max(0, seconds(timeToFirstByte) - c);
        double t = seconds(total);
        double d = Math.max(0, t - c - f);
        return String.format(java.util.Locale.ROOT, "%.3f + %.3f + %.3f = %.3fs", c, f, d, t);
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }
}
