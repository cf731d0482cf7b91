package org.jmapserv.http;

/**
 * Immutable settings for one request, resolved per layer and per request (never process-wide:
 * two maps in one server must not see each other's trust or credentials). Equal profiles share
 * pooled connections; see {@link #connectionKey()}. {@code toString()} masks every secret.
 *
 * @param trust CA bundle and pins
 * @param clientCertificate TLS client certificate, or null
 * @param auth origin credentials, or null
 * @param proxy proxy, or null for a direct connection
 * @param timeouts total, connect and stall deadlines
 * @param cookieHeader the literal Cookie header (MapServer RFC 42), or null; validated before
 *     sending, see {@link CookieHeaderValidator}
 * @param userAgent User-Agent header value
 * @param maxResponseBytes the largest body accepted (MapServer's nMaxBytes)
 * @param compression whether to ask for gzip/deflate
 */
public record HttpProfile(TrustSettings trust, ClientCertificate clientCertificate,
        AuthSettings auth, ProxySettings proxy, Timeouts timeouts, Secret cookieHeader,
        String userAgent, long maxResponseBytes, boolean compression) {

    /** Default User-Agent, in the spirit of MapServer's {@code MapServer/x.y libcurl/a.b.c}. */
    public static final String DEFAULT_USER_AGENT = "jmapserv/0.1";
    /** Default body cap: 64 MiB, enough for any GetMap image. */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

    public HttpProfile {
        if (trust == null || timeouts == null || userAgent == null) {
            throw new IllegalArgumentException("trust, timeouts and userAgent are required");
        }
        if (maxResponseBytes <= 0) {
            throw new IllegalArgumentException("maxResponseBytes must be positive");
        }
    }

    /** JVM trust, no credentials, no proxy, MapServer's 30 s total timeout. */
    public static HttpProfile defaults() {
        return new HttpProfile(TrustSettings.jvmDefault(), null, null, null, Timeouts.defaults(),
                null, DEFAULT_USER_AGENT, DEFAULT_MAX_BYTES, true);
    }

    public HttpProfile withTrust(TrustSettings t) {
        return new HttpProfile(t, clientCertificate, auth, proxy, timeouts, cookieHeader,
                userAgent, maxResponseBytes, compression);
    }

    public HttpProfile withClientCertificate(ClientCertificate c) {
        return new HttpProfile(trust, c, auth, proxy, timeouts, cookieHeader, userAgent,
                maxResponseBytes, compression);
    }

    public HttpProfile withAuth(AuthSettings a) {
        return new HttpProfile(trust, clientCertificate, a, proxy, timeouts, cookieHeader,
                userAgent, maxResponseBytes, compression);
    }

    public HttpProfile withProxy(ProxySettings p) {
        return new HttpProfile(trust, clientCertificate, auth, p, timeouts, cookieHeader,
                userAgent, maxResponseBytes, compression);
    }

    public HttpProfile withTimeouts(Timeouts t) {
        return new HttpProfile(trust, clientCertificate, auth, proxy, t, cookieHeader, userAgent,
                maxResponseBytes, compression);
    }

    public HttpProfile withCookieHeader(Secret c) {
        return new HttpProfile(trust, clientCertificate, auth, proxy, timeouts, c, userAgent,
                maxResponseBytes, compression);
    }

    public HttpProfile withUserAgent(String ua) {
        return new HttpProfile(trust, clientCertificate, auth, proxy, timeouts, cookieHeader, ua,
                maxResponseBytes, compression);
    }

    public HttpProfile withMaxResponseBytes(long max) {
        return new HttpProfile(trust, clientCertificate, auth, proxy, timeouts, cookieHeader,
                userAgent, max, compression);
    }

    public HttpProfile withCompression(boolean on) {
        return new HttpProfile(trust, clientCertificate, auth, proxy, timeouts, cookieHeader,
                userAgent, maxResponseBytes, on);
    }

    /**
     * The part of the profile that shapes a connection (trust, client certificate, proxy, socket
     * timeouts, compression): requests whose keys are equal share one pool and its TLS sessions,
     * even when their credentials or cookies differ, because those travel per request.
     */
    public ConnectionKey connectionKey() {
        return new ConnectionKey(trust, clientCertificate, proxy, timeouts.connect(),
                timeouts.stall(), compression);
    }

    @Override
    public String toString() {
        return "HttpProfile[trust=" + trust + ", clientCertificate=" + clientCertificate
                + ", auth=" + auth + ", proxy=" + proxy + ", timeouts=" + timeouts
                + ", cookieHeader=" + (cookieHeader == null ? "none" : "***") + ", userAgent="
                + userAgent + ", maxResponseBytes=" + maxResponseBytes + ", compression="
                + compression + "]";
    }
}
