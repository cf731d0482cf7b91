package org.jmapserv.http;

import javax.net.ssl.SSLSession;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.DefaultHostnameVerifier;
import org.apache.hc.client5.http.ssl.HostnameVerificationPolicy;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.nio.ssl.TlsStrategy;
import org.apache.hc.core5.net.NamedEndpoint;
import org.apache.hc.core5.reactor.ssl.TransportSecurityLayer;
import org.apache.hc.core5.util.Timeout;
import org.jmapserv.http.tls.TlsContext;

/**
 * The one TLS set-up of a pool, offered to both transports: the blocking HTTP/1.1 client (used
 * through HTTP proxies) and the non-blocking client that negotiates HTTP/2 by ALPN. Both use the
 * same SSLContext (CA bundle or JVM trust, pins, client certificate) and the same host-name
 * verification, applied by HttpClient after the handshake on every connection.
 *
 * <p>Both also note when a handshake finished (FetchTimings' connect time, libcurl's
 * CURLINFO_APPCONNECT_TIME): the blocking path in the request context, the non-blocking path on
 * the TLS session, because its handshake runs on an I/O thread that never sees the request.
 */
final class TlsStrategies {
    static final String HANDSHAKE_DONE_NANOS = "jmapserv.handshakeDoneNanos";

    private final TlsContext tls;

    TlsStrategies(TlsContext tls) {
        this.tls = tls;
    }

    TlsContext context() {
        return tls;
    }

    TlsSocketStrategy blocking() {
        return new TimedTlsStrategy(new DefaultClientTlsStrategy(tls.sslContext(),
                HostnameVerificationPolicy.CLIENT, new DefaultHostnameVerifier()));
    }

    TlsStrategy nonBlocking() {
        TlsStrategy base = ClientTlsStrategyBuilder.create()
                .setSslContext(tls.sslContext())
                .setHostVerificationPolicy(HostnameVerificationPolicy.CLIENT)
                .setHostnameVerifier(new DefaultHostnameVerifier())
                .buildAsync();
        return new TimedAsync(base);
    }

    /** When the handshake of the connection that carried {@code session} finished, or -1. */
    static long handshakeDoneNanos(SSLSession session) {
        Object v = session == null ? null : session.getValue(HANDSHAKE_DONE_NANOS);
        return v instanceof Long l ? l : -1;
    }

    private record TimedAsync(TlsStrategy delegate) implements TlsStrategy {
        @Override
        @Deprecated
        public boolean upgrade(TransportSecurityLayer layer, org.apache.hc.core5.http.HttpHost host,
                java.net.SocketAddress local, java.net.SocketAddress remote, Object attachment,
                Timeout handshakeTimeout) {
            return delegate.upgrade(layer, host, local, remote, attachment, handshakeTimeout);
        }

        @Override
        public void upgrade(TransportSecurityLayer layer, NamedEndpoint endpoint, Object attachment,
                Timeout handshakeTimeout, FutureCallback<TransportSecurityLayer> callback) {
            delegate.upgrade(layer, endpoint, attachment, handshakeTimeout, new FutureCallback<>() {
                @Override
                public void completed(TransportSecurityLayer result) {
                    if (result.getTlsDetails() != null && result.getTlsDetails().getSSLSession() != null) {
                        result.getTlsDetails().getSSLSession().putValue(HANDSHAKE_DONE_NANOS, System.nanoTime());
                    }
                    if (callback != null) {
                        callback.completed(result);
                    }
                }

                @Override
                public void failed(Exception ex) {
                    if (callback != null) {
                        callback.failed(ex);
                    }
                }

                @Override
                public void cancelled() {
                    if (callback != null) {
                        callback.cancelled();
                    }
                }
            });
        }
    }
}
