package org.jmapserv.server;

/**
 * Refuses a Cookie header carrying control characters (CR, LF, TAB, NUL and the other C0 bytes, DEL, and the C1
 * bytes 0x80-0x9F, which no cookie-octet of RFC 6265 allows either) before anything
 * else happens, so no header injection can reach a remote server. MapServer only rejects '\n' at send time; RFC
 * 6265 allows none of these, so we are stricter (the RFC 42 port suggestion).
 */
final class CookieCheck {

    private CookieCheck() {
    }

    static void requireClean(String cookie) throws MapservException {
        if (cookie == null) {
            return;
        }
        for (int i = 0; i < cookie.length(); i++) {
            char c = cookie.charAt(i);
            if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
                throw new MapservException(400, "loadParams(): Web application error. "
                        + "Cookie header contains control characters; request refused.");
            }
        }
    }
}
