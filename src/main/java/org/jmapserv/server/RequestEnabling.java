package org.jmapserv.server;

import java.util.Locale;

/**
 * Evaluates an {@code ows_enable_request} list as msOWSParseRequestMetadata (mapows.cpp) does: space-separated
 * tokens read left to right, {@code *} enables everything, {@code !*} disables everything, {@code Name} /
 * {@code !Name} switch one request. An absent list enables nothing.
 */
final class RequestEnabling {

    private RequestEnabling() {
    }

    static boolean enabled(String list, String request) {
        if (list == null) {
            return false;
        }
        boolean on = false;
        String want = request.toLowerCase(Locale.ROOT);
        for (String raw : list.trim().split("\\s+")) {
            String t = raw.toLowerCase(Locale.ROOT);
            boolean negate = t.startsWith("!");
            String name = negate ? t.substring(1) : t;
            if (name.equals("*") || name.equals(want)) {
                on = !negate;
            }
        }
        return on;
    }
}
