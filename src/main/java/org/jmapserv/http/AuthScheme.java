package org.jmapserv.http;

import java.util.Locale;
import java.util.Optional;

/**
 * The server authentication schemes of MapServer's {@code wms_auth_type} and
 * {@code wms_proxy_auth_type} (mapped to CURLAUTH_* in msHTTPExecuteRequests, maphttp.c).
 * BASIC is sent pre-emptively; the others answer the server's challenge. ANY allows every scheme
 * including Basic, ANYSAFE every scheme except Basic.
 */
public enum AuthScheme {
    BASIC, DIGEST, NTLM, ANY, ANYSAFE;

    /** Parses a metadata value case-insensitively, as MapServer does. */
    public static Optional<AuthScheme> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (AuthScheme s : values()) {
            if (s.name().equalsIgnoreCase(value.trim())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    public String lowerName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
