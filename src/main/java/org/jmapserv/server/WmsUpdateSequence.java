package org.jmapserv.server;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * msOWSNegotiateUpdateSequence (mapows.cpp): the requested UPDATESEQUENCE against the server's
 * {@code updatesequence}, as integers when both are, as ISO 8601 times when both are, else as text
 * (case-insensitive). Negative (lower) when the server has none.
 */
final class WmsUpdateSequence {

    private WmsUpdateSequence() {
    }

    static int compare(String requested, String server) {
        if (server == null) {
            return -1;
        }
        try {
            return Long.compare(Long.parseLong(requested.trim()), Long.parseLong(server.trim()));
        } catch (NumberFormatException notInts) {
            // fall through to times
        }
        try {
            return OffsetDateTime.parse(requested.trim()).compareTo(OffsetDateTime.parse(server.trim()));
        } catch (DateTimeParseException notTimes) {
            return Integer.signum(requested.compareToIgnoreCase(server));
        }
    }
}
