package org.jmapserv.http;

import java.io.IOException;
import java.net.InetSocketAddress;
import javax.net.ssl.SSLContext;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.TlsConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.DefaultHostnameVerifier;
import org.apache.hc.client5.http.ssl.HostnameVerificationPolicy;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.jmapserv.http.tls.SslContextFactory;

/**
 * One keep-alive connection pool and its HttpClient, built for one {@link ConnectionKey}: its own
 * SSLContext (trust, pins, client certificate; one TLS session cache), host-name verification
 * always on, optional proxy, no automatic redirects (we follow them ourselves to scope
 * credentials), no cookie engine (MapServer has none), no automatic retries.
 */
final class PooledClient implements AutoCloseable {
    private final CloseableHttpClient client;

    private PooledClient(CloseableHttpClient client) {
        this.client = client;
    }

    static PooledClient create(ConnectionKey key, int maxPerHost) throws HttpFetchException {
        SSLContext ssl = SslContextFactory.create(key.trust(), key.clientCertificate());
        SocketConfig.Builder socket = SocketConfig.custom()
                .setSoTimeout(Timeout.of(key.stallTimeout()))
                .setTcpNoDelay(true);
        ProxySettings proxy = key.proxy();
        if (proxy != null && proxy.type() == ProxyType.SOCKS5) {
            if (proxy.hasCredentials()) {
                throw HttpFetchException.invalidSetting("SOCKS5 proxy authentication is not supported"
                        + " (Java only offers it process-wide); use an HTTP proxy or an unauthenticated SOCKS5 proxy");
            }
            socket.setSocksProxyAddress(InetSocketAddress.createUnresolved(proxy.host(), proxy.port()));
        }
        PoolingHttpClientConnectionManager pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setTlsSocketStrategy(new TimedTlsStrategy(new DefaultClientTlsStrategy(ssl,
                        HostnameVerificationPolicy.CLIENT, new DefaultHostnameVerifier())))
                .setDefaultSocketConfig(socket.build())
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
        HttpClientBuilder builder = HttpClients.custom()
                .setConnectionManager(pool)
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAutomaticRetries()
                .evictIdleConnections(TimeValue.ofSeconds(30));
        if (!key.compression()) {
            builder.disableContentCompression();
        }
        if (proxy != null && proxy.type() == ProxyType.HTTP) {
            builder.setProxy(new HttpHost("http", proxy.host(), proxy.port()));
        }
        return new PooledClient(builder.build());
    }

    CloseableHttpClient client() {
        return client;
    }

    @Override
    public void close() throws IOException {
        client.close(CloseMode.GRACEFUL);
    }
}
