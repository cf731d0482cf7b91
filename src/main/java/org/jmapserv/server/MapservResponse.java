package org.jmapserv.server;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** A finished answer: HTTP status, content type, extra headers and body bytes. Front ends only copy it out. */
public record MapservResponse(int status, String contentType, Map<String, String> headers, byte[] body) {

    public MapservResponse {
        headers = Map.copyOf(new LinkedHashMap<>(headers));
    }

    public static MapservResponse of(int status, String contentType, byte[] body) {
        return new MapservResponse(status, contentType, Map.of(), body);
    }

    public static MapservResponse text(int status, String contentType, String body) {
        return of(status, contentType, org.jmapserv.data.RawText.toBytes(body)); // raw .dbf bytes go out as read
    }

    /** The same answer with another HTTP status. */
    public MapservResponse withStatus(int newStatus) {
        return new MapservResponse(newStatus, contentType, headers, body);
    }

    public MapservResponse withHeader(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put(name, value);
        return new MapservResponse(status, contentType, h, body);
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
