package org.jmapserv.http;

import java.net.URI;

/**
 * Refuses a Cookie header that could split or corrupt the request. MapServer
 * (msHTTPExecuteRequests, "Added by RFC-42") only refuses '\n'; we are stricter on purpose and
 * refuse CR, LF and every other control character (0x00-0x1F, 0x7F, and C1 0x80-0x9F), as RFC 42 proposed.
 * Non-ASCII bytes are refused too because HTTP/1.1 header values must be ISO-8859-1-safe.
 */
public final class CookieHeaderValidator {
    private CookieHeaderValidator() {
    }

    /** Throws INVALID_COOKIE naming the offending character's position (never the value). */
    public static void check(Secret cookie, URI uri) throws HttpFetchException {
        if (cookie == null) {
            return;
        }
        String v = cookie.reveal();
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c > 0xFF) {
                throw new HttpFetchException(FailureKind.INVALID_COOKIE, String.format(
                        "cookie refused: control or non-Latin-1 character U+%04X at position %d"
                                + " (CR, LF and control characters are never sent)", (int) c, i),
                        uri);
            }
        }
    }
}
