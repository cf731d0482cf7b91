package org.jmapserv.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jmapserv.testsupport.LocalH2Server;
import org.jmapserv.testsupport.LocalHttpsServer;
import org.jmapserv.testsupport.Responders;
import org.jmapserv.testsupport.Socks5Proxy;
import org.jmapserv.testsupport.TestCertificates;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** wms_proxy_type socks5: RFC 1928 tunnels, RFC 1929 credentials scoped to the profile. */
class TunnelsThroughSocks5ProxyTest {
    static final List<String> debug = new CopyOnWriteArrayList<>();
    static HttpFetcher fetcher;
    static LocalHttpsServer server;
    static LocalH2Server h2;
    static HttpProfile trusted;

    @BeforeAll
    static void setUp(@TempDir Path dir) throws Exception {
        TestCertificates pki = TestCertificates.create();
        fetcher = new HttpFetcher(HttpFetcher.Options.defaults().withDebug(debug::add));
        server = LocalHttpsServer.https(pki.serverContext(pki.server("localhost")))
                .route("/", Responders.text(200, "via socks")).start();
        h2 = LocalH2Server.start(pki.serverContext(pki.server("localhost")), r -> LocalH2Server.Reply.text(200, "h2 via socks"));
        trusted = Fetching.quickProfile().withTrust(new TrustSettings(pki.writeCaBundle(dir.resolve("ca.pem")), List.of(), List.of()));
    }

    @AfterAll
    static void tearDown() {
        server.close();
        h2.close();
        fetcher.close();
    }

    private static HttpProfile via(Socks5Proxy proxy, String user, String password) {
        return trusted.withProxy(new ProxySettings(ProxyType.SOCKS5, "127.0.0.1", proxy.port(), AuthScheme.BASIC,
                user, password == null ? null : Secret.of(password)));
    }

    @Test
    void reachesAnHttpsServerThroughAnOpenSocks5Proxy() throws Exception {
        try (Socks5Proxy proxy = Socks5Proxy.open()) {
            FetchResult r = Fetching.get(fetcher, server.uri("/?open"), via(proxy, null, null));
            assertEquals("via socks", new String(r.body(), StandardCharsets.UTF_8));
            assertEquals(1, proxy.sessions().size());
            assertTrue(proxy.sessions().get(0).offeredMethods().contains(0), "offers no-authentication");
            assertTrue(proxy.sessions().get(0).target().endsWith(":" + server.port()), proxy.sessions().toString());
            assertEquals("/?open", server.last().pathAndQuery());
        }
    }

    @Test
    void negotiatesHttp2InsideTheSocks5Tunnel() throws Exception {
        try (Socks5Proxy proxy = Socks5Proxy.open()) {
            FetchResult r = Fetching.get(fetcher, h2.uri("localhost", "/?h2"), via(proxy, null, null));
            assertEquals("HTTP/2", r.timings().protocol());
            assertEquals("HTTP/2.0", h2.last().protocol());
            assertEquals(1, proxy.sessions().size());
        }
    }

    @Test
    void sendsUserNameAndPasswordToTheSocks5Proxy() throws Exception {
        try (Socks5Proxy proxy = Socks5Proxy.requiring("su", "s3cret")) {
            FetchResult r = Fetching.get(fetcher, server.uri("/?auth"), via(proxy, "su", "s3cret"));
            assertEquals(200, r.status());
            assertEquals("su", proxy.sessions().get(0).username());
            assertTrue(proxy.sessions().get(0).offeredMethods().contains(2), "offers RFC 1929 user/password");
            assertFalse(server.last().headers().toString().contains("s3cret"), "proxy credentials never reach the target");
        }
    }

    @Test
    void reportsRefusedProxyCredentialsWithoutThePassword() throws Exception {
        try (Socks5Proxy proxy = Socks5Proxy.requiring("su", "s3cret")) {
            HttpProfile wrong = via(proxy, "su", "wrong-pass-77");
            HttpFetchException e = Fetching.failure(fetcher, server.uri("/?wrong"), wrong);
            assertEquals(FailureKind.PROXY_CREDENTIALS_REFUSED, e.kind(), e.getMessage());
            assertTrue(e.getMessage().contains("SOCKS5 proxy 127.0.0.1:" + proxy.port() + " refused the credentials of user su"),
                    e.getMessage());
            assertFalse(e.getMessage().contains("wrong-pass-77"));
            assertFalse(wrong.toString().contains("wrong-pass-77"));
            assertTrue(debug.stream().noneMatch(l -> l.contains("wrong-pass-77")));
        }
    }

    @Test
    void reportsProxyAuthRequiredWhenNoCredentialsAreConfigured() throws Exception {
        try (Socks5Proxy proxy = Socks5Proxy.requiring("su", "s3cret")) {
            HttpFetchException e = Fetching.failure(fetcher, server.uri("/?none"), via(proxy, null, null));
            assertEquals(FailureKind.PROXY_AUTH_REQUIRED, e.kind(), e.getMessage());
            assertEquals(List.of(0), proxy.sessions().get(0).offeredMethods());
        }
    }

    @Test
    void keepsTwoProfilesSocks5CredentialsApart() throws Exception {
        try (Socks5Proxy proxy = Socks5Proxy.requiring("su", "s3cret")) {
            HttpProfile good = via(proxy, "su", "s3cret");
            HttpProfile bad = via(proxy, "su", "not-it");
            assertEquals(200, Fetching.get(fetcher, server.uri("/?good1"), good).status());
            assertEquals(FailureKind.PROXY_CREDENTIALS_REFUSED, Fetching.failure(fetcher, server.uri("/?bad"), bad).kind());
            assertEquals(200, Fetching.get(fetcher, server.uri("/?good2"), good).status());
        }
    }

    @Test
    void reportsARefusedSocks5ProxyByName() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        HttpProfile p = trusted.withProxy(new ProxySettings(ProxyType.SOCKS5, "127.0.0.1", port, AuthScheme.BASIC, null, null));
        HttpFetchException e = Fetching.failure(fetcher, server.uri("/?closed"), p);
        assertEquals(FailureKind.CONNECTION_REFUSED, e.kind(), e.getMessage());
        assertTrue(e.getMessage().contains("SOCKS5 proxy 127.0.0.1:" + port), e.getMessage());
    }
}
