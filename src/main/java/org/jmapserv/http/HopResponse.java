package org.jmapserv.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One hop's complete response, whichever transport carried it: status, headers in order, the
 * body already decoded and bounded, the HTTP version spoken and when the headers arrived.
 */
record HopResponse(int status, List<Map.Entry<String, String>> headers, byte[] body,
        String protocol, long headersAtNanos) {

    /** The first value of {@code name}, case-insensitively, or null. */
    String first(String name) {
        for (Map.Entry<String, String> h : headers) {
            if (h.getKey().equalsIgnoreCase(name)) {
                return h.getValue();
            }
        }
        return null;
    }

    /** Every value of {@code name}, in order. */
    List<String> all(String name) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> h : headers) {
            if (h.getKey().equalsIgnoreCase(name)) {
                out.add(h.getValue());
            }
        }
        return out;
    }

    /** Headers by lower-cased name, values in order (what {@link FetchResult} exposes). */
    Map<String, List<String>> byName() {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (Map.Entry<String, String> h : headers) {
            map.computeIfAbsent(h.getKey().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(h.getValue());
        }
        map.replaceAll((k, v) -> List.copyOf(v));
        return map;
    }

    static String protocolName(org.apache.hc.core5.http.ProtocolVersion v) {
        if (v == null) {
            return "HTTP/1.1";
        }
        return v.getMajor() >= 2 ? "HTTP/" + v.getMajor() : "HTTP/" + v.getMajor() + "." + v.getMinor();
    }

    static List<Map.Entry<String, String>> entries(org.apache.hc.core5.http.Header[] headers) {
        List<Map.Entry<String, String>> out = new ArrayList<>(headers.length);
        for (org.apache.hc.core5.http.Header h : headers) {
            out.add(Map.entry(h.getName(), h.getValue() == null ? "" : h.getValue()));
        }
        return out;
    }
}
