package org.jmapserv.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jmapserv.testsupport.ConnectProxy;
import org.jmapserv.testsupport.LocalHttpsServer;
import org.jmapserv.testsupport.Responders;
import org.jmapserv.testsupport.TestCertificates;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TunnelsThroughHttpProxyTest {
    static HttpFetcher fetcher;
    static LocalHttpsServer server;
    static HttpProfile trusted;

    @BeforeAll
    static void setUp(@TempDir Path dir) throws Exception {
        TestCertificates pki = TestCertificates.create();
        fetcher = new HttpFetcher();
        server = LocalHttpsServer.https(pki.serverContext(pki.server("localhost"))).route("/", Responders.text(200, "via proxy")).start();
        trusted = Fetching.quickProfile().withTrust(new TrustSettings(pki.writeCaBundle(dir.resolve("ca.pem")), List.of(), List.of()));
    }

    @AfterAll
    static void tearDown() {
        server.close();
        fetcher.close();
    }

    @Test
    void tunnelsHttpsThroughAnOpenProxy() throws Exception {
        try (ConnectProxy proxy = ConnectProxy.open()) {
            HttpProfile p = trusted.withProxy(new ProxySettings(ProxyType.HTTP, "127.0.0.1", proxy.port(), AuthScheme.BASIC, null, null));
            assertEquals("via proxy", new String(Fetching.get(fetcher, server.uri("/?open"), p).body()));
            assertEquals("localhost:" + server.port(), proxy.received().get(0).target());
            assertEquals("", proxy.received().get(0).proxyAuthorization());
        }
    }

    @Test
    void sendsBasicProxyCredentialsToTheProxyOnly() throws Exception {
        try (ConnectProxy proxy = ConnectProxy.requiringBasic("pu", "pp")) {
            HttpProfile p = trusted.withProxy(new ProxySettings(ProxyType.HTTP, "127.0.0.1", proxy.port(), AuthScheme.BASIC, "pu", Secret.of("pp")));
            assertEquals(200, Fetching.get(fetcher, server.uri("/?auth"), p).status());
            assertTrue(proxy.received().get(proxy.received().size() - 1).proxyAuthorization().startsWith("Basic "));
            assertFalse(server.last().header("Proxy-Authorization").isPresent(), "proxy credentials never reach the target");
        }
    }

    @Test
    void reportsProxyAuthRequiredWithoutCredentials() throws Exception {
        try (ConnectProxy proxy = ConnectProxy.requiringBasic("pu", "pp")) {
            HttpProfile p = trusted.withProxy(new ProxySettings(ProxyType.HTTP, "127.0.0.1", proxy.port(), AuthScheme.BASIC, null, null));
            HttpFetchException e = Fetching.failure(fetcher, server.uri("/?noauth"), p);
            assertEquals(FailureKind.PROXY_AUTH_REQUIRED, e.kind(), e.getMessage());
        }
    }
}
