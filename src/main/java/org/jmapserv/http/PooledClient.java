package org.jmapserv.http;

import java.io.IOException;
import org.jmapserv.http.tls.ClientCertificateRequests;
import org.jmapserv.http.tls.SslContextFactory;

/**
 * One keep-alive connection pool and its HttpClient, built for one {@link ConnectionKey}: its own
 * SSLContext (trust, pins, client certificate; one TLS session cache), host-name verification
 * always on, optional proxy, no automatic redirects (we follow them ourselves to scope
 * credentials), no cookie engine (MapServer has none), no automatic retries, no transparent
 * decompression (done by {@link BoundedBodyReader} so both transports behave alike).
 *
 * <p>Direct and SOCKS5 connections use the client that negotiates HTTP/2 by ALPN on https and
 * speaks HTTP/1.1 otherwise, as libcurl does by default; HTTP proxies use the blocking HTTP/1.1
 * client, whose CONNECT tunnelling and proxy authentication we rely on.
 */
final class PooledClient implements AutoCloseable {
    private final Transport transport;
    private final ClientCertificateRequests certificateRequests;
    private volatile boolean closed;

    private PooledClient(Transport transport, ClientCertificateRequests certificateRequests) {
        this.transport = transport;
        this.certificateRequests = certificateRequests;
    }

    static PooledClient create(ConnectionKey key, int maxPerHost) throws HttpFetchException {
        TlsStrategies tls = new TlsStrategies(SslContextFactory.create(key.trust(), key.clientCertificate()));
        ProxySettings proxy = key.proxy();
        Transport transport = proxy != null && proxy.type() == ProxyType.HTTP
                ? new BlockingTransport(Http1ClientFactory.build(key, tls, maxPerHost))
                : new NegotiatingTransport(NegotiatingClientFactory.build(key, tls, maxPerHost));
        return new PooledClient(transport, tls.context().certificateRequests());
    }

    Transport transport() {
        return transport;
    }

    /** True if a server of this pool asked for a client certificate at or after {@code startNanos}. */
    boolean certificateRequestedSince(long startNanos) {
        return certificateRequests.requestedSince(startNanos);
    }

    boolean isClosed() {
        return closed;
    }

    @Override
    public void close() throws IOException {
        closed = true;
        transport.close();
    }
}
