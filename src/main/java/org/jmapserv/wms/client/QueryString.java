package org.jmapserv.wms.client;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code key=value} pairs of a URL's query string, in order and undecoded, so that a CONNECTION's own vendor
 * parameters can be passed through byte for byte.
 */
final class QueryString {

    /** One raw pair; {@code value} is empty for a bare key. */
    record Param(String key, String value) {
        String raw() {
            return value.isEmpty() && !key.isEmpty() ? key + "=" : key + "=" + value;
        }
    }

    private QueryString() {
    }

    static List<Param> parse(String url) {
        List<Param> out = new ArrayList<>();
        int q = url.indexOf('?');
        if (q < 0) {
            return out;
        }
        String query = url.substring(q + 1);
        int hash = query.indexOf('#');
        if (hash >= 0) {
            query = query.substring(0, hash);
        }
        for (String part : query.split("&")) {
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            out.add(eq < 0 ? new Param(part, "") : new Param(part.substring(0, eq), part.substring(eq + 1)));
        }
        return out;
    }

    /** The URL without its query string. */
    static String base(String url) {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q);
    }
}
