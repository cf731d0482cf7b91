package org.jmapserv.http;

import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.util.Locale;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http2.H2StreamResetException;
import org.jmapserv.http.tls.PinMismatchException;

/**
 * Turns a transport exception into a typed {@link HttpFetchException} with a message in plain
 * words, by walking the cause chain (the JDK wraps certificate problems several levels deep).
 * The counterpart of MapServer's "HTTP: request failed with curl error code %d (%s) for %s".
 */
final class FailureClassifier {
    private static final String[] CLIENT_CERT_ALERTS = {"certificate_required", "bad_certificate",
        "unknown_ca", "certificate_unknown", "unsupported_certificate", "access_denied",
        "certificate_revoked", "certificate_expired"};

    private final HttpProfile profile;

    FailureClassifier(HttpProfile profile) {
        this.profile = profile;
    }

    HttpFetchException classify(Throwable t, URI uri, boolean totalDeadlinePassed, boolean certificateRequested) {
        String where = hostPort(uri);
        if (totalDeadlinePassed) {
            return fail(FailureKind.TOTAL_TIMEOUT, "total timeout: no complete response within "
                    + seconds(profile.timeouts().total().toMillis()), uri, t);
        }
        PinMismatchException pin = find(t, PinMismatchException.class);
        if (pin != null) {
            return fail(FailureKind.PIN_MISMATCH, "pin mismatch: server " + where + " presented "
                    + pin.presentedPin() + " (certificate SHA-256 fingerprint "
                    + pin.presentedFingerprint() + ")", uri, t);
        }
        if (find(t, CertificateExpiredException.class) != null || isExpiredPath(t)) {
            return fail(FailureKind.CERTIFICATE_EXPIRED, "certificate of " + where
                    + " has expired or is not yet valid", uri, t);
        }
        if (find(t, SSLPeerUnverifiedException.class) != null) {
            return fail(FailureKind.HOSTNAME_MISMATCH, "certificate of " + where
                    + " does not match host name " + uri.getHost(), uri, t);
        }
        if (find(t, CertificateException.class) != null) {
            return fail(FailureKind.UNTRUSTED_CERTIFICATE, "certificate of " + where
                    + " is not trusted (" + profile.trust().describeSource() + ")", uri, t);
        }
        String alert = clientCertificateAlert(t);
        if (alert == null && certificateRequested
                && find(t, SocketTimeoutException.class) == null && find(t, java.io.IOException.class) != null) {
            alert = "none; connection closed after the server asked for a certificate";
        }
        if (alert != null) {
            String detail = profile.clientCertificate() == null
                    ? "server requires a client certificate and none is configured"
                    : "server refused client certificate " + profile.clientCertificate().certificate();
            return fail(FailureKind.CLIENT_CERTIFICATE_REFUSED, detail + " (" + where + ", TLS alert "
                    + alert + ")", uri, t);
        }
        return classifyNetwork(t, uri, where);
    }

    private HttpFetchException classifyNetwork(Throwable t, URI uri, String where) {
        HttpFetchException socks = classifySocks(t, uri);
        if (socks != null) {
            return socks;
        }
        if (find(t, ConnectTimeoutException.class) != null) {
            return fail(FailureKind.CONNECT_TIMEOUT, "connect timeout: no connection to " + where
                    + " within " + seconds(profile.timeouts().connect().toMillis()), uri, t);
        }
        if (find(t, SocketTimeoutException.class) != null || isStreamInactivity(t)) {
            return fail(FailureKind.STALL_TIMEOUT, "stall timeout: no data for "
                    + seconds(profile.timeouts().stall().toMillis()) + " from " + where, uri, t);
        }
        if (find(t, ConnectException.class) != null || find(t, NoRouteToHostException.class) != null) {
            ProxySettings proxy = profile.proxy();
            String by = proxy == null ? where : proxy.type().name() + " proxy "
                    + proxy.host() + ":" + proxy.port();
            return fail(FailureKind.CONNECTION_REFUSED, "connection refused by " + by, uri, t);
        }
        if (find(t, UnknownHostException.class) != null) {
            return fail(FailureKind.UNKNOWN_HOST, "unknown host " + uri.getHost(), uri, t);
        }
        if (find(t, InterruptedIOException.class) != null) {
            return fail(FailureKind.IO, "request to " + where + " was interrupted", uri, t);
        }
        if (find(t, SSLException.class) != null) {
            return fail(FailureKind.IO, "TLS failure with " + where + ": "
                    + UrlRedactor.mask(String.valueOf(t.getMessage())), uri, t);
        }
        return fail(FailureKind.IO, "I/O error talking to " + where + ": "
                + t.getClass().getSimpleName() + " " + UrlRedactor.mask(String.valueOf(t.getMessage())), uri, t);
    }

    /**
     * SOCKS5 failures, recognised by HttpCore's messages (SocksProxyProtocolHandler): the proxy
     * refused our RFC 1929 credentials, wants credentials we do not have, or could not connect.
     */
    private HttpFetchException classifySocks(Throwable t, URI uri) {
        ProxySettings proxy = profile.proxy();
        if (proxy == null || proxy.type() != ProxyType.SOCKS5) {
            return null;
        }
        String proxyName = "SOCKS5 proxy " + proxy.host() + ":" + proxy.port();
        for (Throwable c = t; c != null; c = c.getCause()) {
            String m = String.valueOf(c.getMessage());
            if (m.contains("Authentication failed for external SOCKS proxy")) {
                return fail(FailureKind.PROXY_CREDENTIALS_REFUSED, proxyName + " refused the credentials of user "
                        + proxy.username(), uri, t);
            }
            if (m.contains("unsupported authentication method")) {
                return fail(FailureKind.PROXY_AUTH_REQUIRED, proxyName + " accepts none of the offered"
                        + " authentication methods" + (proxy.hasCredentials() ? "" : " (no proxy credentials configured)"),
                        uri, t);
            }
            if (m.startsWith("SOCKS")) {
                return fail(FailureKind.PROXY_FAILURE, proxyName + " failed: " + UrlRedactor.mask(m), uri, t);
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return null;
    }

    /** An HTTP/2 stream reset by our own socket timeout: the h2 form of a stall. */
    private static boolean isStreamInactivity(Throwable t) {
        H2StreamResetException reset = find(t, H2StreamResetException.class);
        return reset != null && String.valueOf(reset.getMessage()).toLowerCase(Locale.ROOT).contains("inactivity");
    }

    private static String clientCertificateAlert(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            String m = String.valueOf(c.getMessage()).toLowerCase(Locale.ROOT);
            if (c instanceof SSLException && m.contains("received fatal alert")) {
                for (String a : CLIENT_CERT_ALERTS) {
                    if (m.contains(a)) {
                        return a;
                    }
                }
            }
        }
        return null;
    }

    private static boolean isExpiredPath(Throwable t) {
        CertPathValidatorException e = find(t, CertPathValidatorException.class);
        return e != null && (e.getReason() == CertPathValidatorException.BasicReason.EXPIRED
                || e.getReason() == CertPathValidatorException.BasicReason.NOT_YET_VALID);
    }

    static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return null;
    }

    static String hostPort(URI uri) {
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        return uri.getHost() + ":" + port;
    }

    static String seconds(long millis) {
        return millis % 1000 == 0 ? (millis / 1000) + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    private static HttpFetchException fail(FailureKind kind, String message, URI uri, Throwable t) {
        return new HttpFetchException(kind, message, uri, t);
    }
}
