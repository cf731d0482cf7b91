package org.jmapserv.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jmapserv.testsupport.LocalHttpsServer;
import org.jmapserv.testsupport.Responders;
import org.jmapserv.testsupport.TestCertificates;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnforcesTimeoutsAndLimitsTest {
    static HttpFetcher fetcher;
    static LocalHttpsServer server;
    static HttpProfile trusted;

    @BeforeAll
    static void setUp(@TempDir Path dir) throws Exception {
        TestCertificates pki = TestCertificates.create();
        fetcher = new HttpFetcher();
        server = LocalHttpsServer.https(pki.serverContext(pki.server("localhost")))
                .route("/stall", Responders.silentFor(3000))
                .route("/trickle", Responders.trickle(100, 100))
                .route("/big", Responders.bytes(200, "image/png", new byte[5000]))
                .route("/small", Responders.bytes(200, "image/png", new byte[10]))
                .start();
        trusted = Fetching.quickProfile().withTrust(new TrustSettings(pki.writeCaBundle(dir.resolve("ca.pem")), List.of(), List.of()));
    }

    @AfterAll
    static void tearDown() {
        server.close();
        fetcher.close();
    }

    @Test
    void stallTimeoutFiresWhenNoBytesArrive() {
        HttpProfile p = trusted.withTimeouts(new Timeouts(Duration.ofSeconds(10), Duration.ofSeconds(2), Duration.ofMillis(500)));
        HttpFetchException e = Fetching.failure(fetcher, server.uri("/stall"), p);
        assertEquals(FailureKind.STALL_TIMEOUT, e.kind());
        assertTrue(e.getMessage().startsWith("stall timeout: no data for 0.5 s"), e.getMessage());
    }

    @Test
    void totalTimeoutFiresOnATricklingBodyThatNeverStalls() {
        HttpProfile p = trusted.withTimeouts(new Timeouts(Duration.ofMillis(800), Duration.ofSeconds(2), Duration.ofSeconds(2)));
        HttpFetchException e = Fetching.failure(fetcher, server.uri("/trickle"), p);
        assertEquals(FailureKind.TOTAL_TIMEOUT, e.kind(), e.getMessage());
        assertTrue(e.getMessage().startsWith("total timeout"), e.getMessage());
    }

    @Test
    void refusesBodyLargerThanTheLimit() {
        HttpFetchException e = Fetching.failure(fetcher, server.uri("/big"), trusted.withMaxResponseBytes(4096));
        assertEquals(FailureKind.RESPONSE_TOO_LARGE, e.kind());
        assertTrue(e.getMessage().contains("4096 bytes"));
    }

    @Test
    void refusesStreamedBodyThatGrowsPastTheLimit() {
        // the trickle endpoint declares its length; 50 bytes arrive before the 100-byte body is refused
        HttpFetchException e = Fetching.failure(fetcher, server.uri("/trickle?limit"), trusted.withMaxResponseBytes(50));
        assertEquals(FailureKind.RESPONSE_TOO_LARGE, e.kind());
    }

    @Test
    void reportsConnectionRefusedOnAClosedPort() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        HttpFetchException e = Fetching.failure(fetcher, URI.create("https://127.0.0.1:" + port + "/x?password=hunter2"), trusted);
        assertEquals(FailureKind.CONNECTION_REFUSED, e.kind());
        assertTrue(e.getMessage().contains("connection refused by 127.0.0.1:" + port));
        assertTrue(e.maskedUrl().endsWith("password=***"));
        assertTrue(!e.getMessage().contains("hunter2"));
    }

    @Test
    void reusesThePooledConnectionForTheSameProfile() throws Exception {
        FetchResult first = Fetching.get(fetcher, server.uri("/small?1"), trusted.withUserAgent("pool-test"));
        assertNotEquals(Duration.ZERO, first.timings().connect(), "first request opens a TLS connection");
        // the async client hands the connection back to the pool just after the response completes, so a request
        // sent at once can race it and open a second one; one of a few later requests must find it pooled
        Duration reused = null;
        for (int i = 0; i < 5 && !Duration.ZERO.equals(reused); i++) {
            Thread.sleep(20L * i);
            reused = Fetching.get(fetcher, server.uri("/small?" + (i + 2)), trusted.withUserAgent("pool-test"))
                    .timings().connect();
        }
        assertEquals(Duration.ZERO, reused, "a later request reuses it: no new handshake");
    }
}
