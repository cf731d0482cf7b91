package org.jmapserv.http;

import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.TlsConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * Builds the blocking HTTP/1.1 client used through HTTP proxies (CONNECT tunnel for https,
 * proxy credentials scoped by {@link HopContextFactory}).
 */
final class Http1ClientFactory {
    private Http1ClientFactory() {
    }

    static CloseableHttpClient build(ConnectionKey key, TlsStrategies tls, int maxPerHost) {
        SocketConfig socket = SocketConfig.custom()
                .setSoTimeout(Timeout.of(key.stallTimeout()))
                .setTcpNoDelay(true)
                .build();
        PoolingHttpClientConnectionManager pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setTlsSocketStrategy(tls.blocking())
                .setDefaultSocketConfig(socket)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(key.connectTimeout()))
                        .setSocketTimeout(Timeout.of(key.stallTimeout()))
                        .setValidateAfterInactivity(TimeValue.ofSeconds(2))
                        .build())
                .setDefaultTlsConfig(TlsConfig.custom()
                        .setHandshakeTimeout(Timeout.of(key.connectTimeout())).build())
                .setMaxConnPerRoute(maxPerHost)
                .setMaxConnTotal(Math.max(maxPerHost, 8) * 8)
                .build();
        ProxySettings proxy = key.proxy();
        return HttpClients.custom()
                .setConnectionManager(pool)
                .setProxy(new HttpHost("http", proxy.host(), proxy.port()))
                .setDefaultAuthSchemeRegistry(HopContextFactory.authSchemeRegistry())
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAutomaticRetries()
                .disableContentCompression()
                .evictIdleConnections(ClientPools.IDLE_EVICTION)
                .build();
    }
}
