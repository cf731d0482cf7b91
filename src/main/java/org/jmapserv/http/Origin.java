package org.jmapserv.http;

import java.net.URI;
import java.util.Locale;

/**
 * Scheme, host and port of a URI: the unit curl scopes credentials by on redirects
 * (CURLOPT_UNRESTRICTED_AUTH off).
 */
record Origin(String scheme, String host, int port) {
    static Origin of(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
        return new Origin(scheme, uri.getHost().toLowerCase(Locale.ROOT), port);
    }

    boolean sameHost(Origin other) {
        return host.equals(other.host);
    }
}
