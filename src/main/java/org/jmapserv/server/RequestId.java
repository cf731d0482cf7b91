package org.jmapserv.server;

import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * mapservObj's Id: the {@code id} parameter when it matches IDPATTERN ({@code ^[0-9A-Za-z]{1,63}$}, msCGILoadForm),
 * otherwise one made up like mapserv's {@code "%ld%d"} of time and pid — here seconds and a per-process sequence, so
 * two requests in one second never share image or query file names.
 */
final class RequestId {

    private static final Pattern ID = Pattern.compile("^[0-9A-Za-z]{1,63}$");
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private RequestId() {
    }

    static String of(RequestParams params) throws MapservException {
        String id = null;
        for (RequestParams.Param p : params.all()) {
            if (p.name().equalsIgnoreCase("id") && !p.value().isEmpty()) {
                if (!ID.matcher(p.value()).find()) {
                    throw MapservException.application("msCGILoadForm", "Parameter 'id' value fails to validate.");
                }
                id = p.value();
            }
        }
        return id != null ? id : fresh();
    }

    static String fresh() {
        return Long.toString(System.currentTimeMillis() / 1000) + SEQUENCE.incrementAndGet();
    }
}
