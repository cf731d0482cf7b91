package org.jmapserv.server;

import java.util.Locale;

/**
 * One request as the front ends (servlet, CGI adapter) hand it over: method, raw query string, body and its
 * content type (for POST), the raw Cookie header and the endpoint's own URL (for WMS OnlineResource).
 */
public record MapservRequest(String method, String queryString, String contentType, byte[] body,
                             String cookieHeader, String endpointUrl) {

    public MapservRequest {
        method = method == null ? "GET" : method.toUpperCase(Locale.ROOT);
        body = body == null ? new byte[0] : body.clone();
    }

    public static MapservRequest get(String queryString, String cookieHeader, String endpointUrl) {
        return new MapservRequest("GET", queryString, null, null, cookieHeader, endpointUrl);
    }

    /** Never prints the cookie. */
    @Override
    public String toString() {
        return "MapservRequest[" + method + " " + endpointUrl + (cookieHeader == null ? "" : " +cookie") + "]";
    }
}
