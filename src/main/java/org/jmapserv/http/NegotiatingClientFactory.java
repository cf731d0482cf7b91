package org.jmapserv.http;

import java.net.InetSocketAddress;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.TlsConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManager;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.core5.http2.HttpVersionPolicy;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * Builds the client of direct and SOCKS5 connections: non-blocking, offering "h2" and
 * "http/1.1" by ALPN on https (libcurl's default, CURL_HTTP_VERSION_2TLS) and speaking HTTP/1.1
 * on plain http. {@link NegotiatingTransport} drives it.
 *
 * <p>A SOCKS5 proxy, with its RFC 1929 user name and password, belongs to this client's own I/O
 * reactor, so it is scoped to the connection key: never process-wide (no
 * {@code java.net.Authenticator}, no {@code socksProxyHost}).
 */
final class NegotiatingClientFactory {
    private NegotiatingClientFactory() {
    }

    static CloseableHttpAsyncClient build(ConnectionKey key, TlsStrategies tls, int maxPerHost) {
        PoolingAsyncClientConnectionManager pool = PoolingAsyncClientConnectionManagerBuilder.create()
                .setTlsStrategy(tls.nonBlocking())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(key.connectTimeout()))
                        .setSocketTimeout(Timeout.of(key.stallTimeout()))
                        .setValidateAfterInactivity(TimeValue.ofSeconds(2))
                        .build())
                .setDefaultTlsConfig(TlsConfig.custom()
                        .setHandshakeTimeout(Timeout.of(key.connectTimeout()))
                        .setVersionPolicy(HttpVersionPolicy.NEGOTIATE)
                        .build())
                .setMaxConnPerRoute(maxPerHost)
                .setMaxConnTotal(Math.max(maxPerHost, 8) * 8)
                .build();
        CloseableHttpAsyncClient async = HttpAsyncClients.custom()
                .setConnectionManager(pool)
                .setIOReactorConfig(reactor(key))
                .setIoReactorExceptionCallback(NegotiatingClientFactory::reactorFailure)
                .setDefaultAuthSchemeRegistry(HopContextFactory.authSchemeRegistry())
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAutomaticRetries()
                .evictIdleConnections(ClientPools.IDLE_EVICTION)
                .build();
        async.start();
        return async;
    }

    /**
     * A selection key cancelled while a pool closes is expected; anything else is logged by class
     * only, since reactor messages may carry addresses we do not vet for secrets.
     */
    private static void reactorFailure(Exception e) {
        if (!(e instanceof java.nio.channels.CancelledKeyException)) {
            System.getLogger("org.jmapserv.http").log(System.Logger.Level.WARNING,
                    "HTTP I/O reactor failure: " + e.getClass().getName());
        }
    }

    private static IOReactorConfig reactor(ConnectionKey key) {
        IOReactorConfig.Builder io = IOReactorConfig.custom()
                .setIoThreadCount(1)
                .setSoTimeout(Timeout.of(key.stallTimeout()))
                .setTcpNoDelay(true);
        ProxySettings proxy = key.proxy();
        if (proxy != null && proxy.type() == ProxyType.SOCKS5) {
            io.setSocksProxyAddress(new InetSocketAddress(proxy.host(), proxy.port()));
            if (proxy.hasCredentials()) {
                io.setSocksProxyUsername(proxy.username());
                io.setSocksProxyPassword(proxy.password().reveal());
            }
        }
        return io.build();
    }
}
