package org.jmapserv.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPOutputStream;
import org.jmapserv.testsupport.LocalH2Server;
import org.jmapserv.testsupport.LocalH2Server.Reply;
import org.jmapserv.testsupport.LocalHttpsServer;
import org.jmapserv.testsupport.RecordedRequest;
import org.jmapserv.testsupport.Responders;
import org.jmapserv.testsupport.TestCertificates;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTTP/2 by ALPN where the server offers it, HTTP/1.1 otherwise, with every guarantee kept. */
class NegotiatesHttp2ByAlpnTest {
    static final List<String> debug = new CopyOnWriteArrayList<>();
    static HttpFetcher fetcher;
    static LocalH2Server h2;
    static LocalHttpsServer http11;
    static HttpProfile trusted;
    static byte[] gzipped;

    @BeforeAll
    static void setUp(@TempDir Path dir) throws Exception {
        TestCertificates pki = TestCertificates.create();
        fetcher = new HttpFetcher(HttpFetcher.Options.defaults().withDebug(debug::add));
        gzipped = gzip("decoded over h2");
        h2 = LocalH2Server.start(pki.serverContext(pki.server("localhost", "127.0.0.1")), NegotiatesHttp2ByAlpnTest::answer);
        http11 = LocalHttpsServer.https(pki.serverContext(pki.server("localhost")))
                .route("/ok", Responders.text(200, "one-one")).start();
        trusted = Fetching.quickProfile().withTrust(new TrustSettings(pki.writeCaBundle(dir.resolve("ca.pem")), List.of(), List.of()));
    }

    private static Reply answer(RecordedRequest r) {
        String path = r.pathAndQuery();
        if (path.startsWith("/cross")) {
            return Reply.text(302, "").withHeader("Location", h2.uri("127.0.0.1", "/ok?after-cross").toString());
        }
        if (path.startsWith("/big")) {
            return new Reply(200, java.util.Map.of("Content-Type", "image/png"), new byte[5000], 0);
        }
        if (path.startsWith("/gzip")) {
            return new Reply(200, java.util.Map.of("Content-Type", "text/plain", "Content-Encoding", "gzip"), gzipped, 0);
        }
        if (path.startsWith("/stall")) {
            return Reply.text(200, "late").delayed(3000);
        }
        return Reply.text(200, "hello h2");
    }

    @AfterAll
    static void tearDown() {
        h2.close();
        http11.close();
        fetcher.close();
    }

    @Test
    void speaksHttp2WithAServerThatOffersItAndReportsIt() throws Exception {
        FetchResult r = Fetching.get(fetcher, h2.uri("localhost", "/ok?report"), trusted);
        assertEquals("hello h2", new String(r.body(), StandardCharsets.UTF_8));
        assertEquals("HTTP/2.0", h2.last().protocol(), "protocol the server saw");
        assertEquals("HTTP/2", r.timings().protocol());
        assertTrue(debug.stream().anyMatch(l -> l.contains("over HTTP/2") && l.contains("/ok?report")), debug.toString());
    }

    @Test
    void fallsBackToHttp11WithAServerThatOnlySpeaksIt() throws Exception {
        FetchResult r = Fetching.get(fetcher, http11.uri("/ok?fallback"), trusted);
        assertEquals("one-one", new String(r.body(), StandardCharsets.UTF_8));
        assertEquals("HTTP/1.1", r.timings().protocol());
        assertTrue(debug.stream().anyMatch(l -> l.contains("over HTTP/1.1") && l.contains("/ok?fallback")), debug.toString());
    }

    @Test
    void sendsBasicCredentialsUpFrontAndTheCookieOverHttp2() throws Exception {
        Fetching.get(fetcher, h2.uri("localhost", "/ok?auth"), trusted
                .withAuth(new AuthSettings(AuthScheme.BASIC, "alice", Secret.of("pw")))
                .withCookieHeader(Secret.of("sid=42")));
        RecordedRequest seen = h2.last().request();
        assertEquals("Basic " + Base64.getEncoder().encodeToString("alice:pw".getBytes(StandardCharsets.UTF_8)),
                seen.header("Authorization").orElse(null));
        assertEquals("sid=42", seen.header("Cookie").orElse(null));
        assertEquals("HTTP/2.0", h2.last().protocol());
    }

    @Test
    void dropsCredentialsAndCookiesWhenAnHttp2RedirectChangesHost() throws Exception {
        FetchResult r = Fetching.get(fetcher, h2.uri("localhost", "/cross"), trusted
                .withAuth(new AuthSettings(AuthScheme.BASIC, "alice", Secret.of("pw")))
                .withCookieHeader(Secret.of("sid=42")));
        assertEquals(1, r.redirectCount());
        RecordedRequest after = h2.seen().stream().map(LocalH2Server.Seen::request)
                .filter(x -> x.pathAndQuery().equals("/ok?after-cross")).findFirst().orElseThrow(() -> new AssertionError(h2.seen().toString()));
        assertFalse(after.header("Authorization").isPresent());
        assertFalse(after.header("Cookie").isPresent());
    }

    @Test
    void refusesAnUntrustedHttp2ServerAndAPinMismatch() {
        HttpFetchException untrusted = Fetching.failure(fetcher, h2.uri("localhost", "/ok"),
                Fetching.quickProfile().withTrust(new TrustSettings(null, List.of(), List.of())));
        assertEquals(FailureKind.UNTRUSTED_CERTIFICATE, untrusted.kind(), untrusted.getMessage());
        HttpFetchException pin = Fetching.failure(fetcher, h2.uri("localhost", "/ok"), trusted.withTrust(
                new TrustSettings(trusted.trust().caBundle(), List.of("sha256//" + "A".repeat(43) + "="), List.of())));
        assertEquals(FailureKind.PIN_MISMATCH, pin.kind(), pin.getMessage());
        assertTrue(pin.getMessage().contains("presented sha256//"), pin.getMessage());
    }

    @Test
    void refusesAnHttp2BodyLargerThanTheLimit() {
        HttpFetchException e = Fetching.failure(fetcher, h2.uri("localhost", "/big"), trusted.withMaxResponseBytes(4096));
        assertEquals(FailureKind.RESPONSE_TOO_LARGE, e.kind(), e.getMessage());
    }

    @Test
    void asksForAndDecodesGzipOverHttp2() throws Exception {
        FetchResult r = Fetching.get(fetcher, h2.uri("localhost", "/gzip"), trusted);
        assertArrayEquals("decoded over h2".getBytes(StandardCharsets.UTF_8), r.body());
        assertTrue(h2.last().request().header("Accept-Encoding").orElse("").contains("gzip"));
    }

    @Test
    void stallTimeoutFiresOnASilentHttp2Stream() {
        HttpProfile p = trusted.withTimeouts(new Timeouts(Duration.ofSeconds(10), Duration.ofSeconds(2), Duration.ofMillis(500)));
        HttpFetchException e = Fetching.failure(fetcher, h2.uri("localhost", "/stall"), p);
        assertEquals(FailureKind.STALL_TIMEOUT, e.kind(), e.getMessage());
    }

    @Test
    void totalTimeoutFiresOnASlowHttp2Stream() {
        HttpProfile p = trusted.withTimeouts(new Timeouts(Duration.ofMillis(700), Duration.ofSeconds(2), Duration.ofSeconds(5)));
        HttpFetchException e = Fetching.failure(fetcher, h2.uri("localhost", "/stall?total"), p);
        assertEquals(FailureKind.TOTAL_TIMEOUT, e.kind(), e.getMessage());
    }

    @Test
    void reusesTheHttp2ConnectionForTheSameProfile() throws Exception {
        HttpProfile p = trusted.withUserAgent("h2-pool");
        FetchResult first = Fetching.get(fetcher, h2.uri("localhost", "/ok?p1"), p.withCompression(false));
        assertTrue(first.timings().connect().compareTo(Duration.ZERO) > 0, "first request opens a TLS connection");
        // HttpClient hands the connection back to its pool just after the caller has the body, so a request sent at
        // once may still find it leased and open another: a later one must find it again.
        List<Duration> connects = new ArrayList<>();
        for (int i = 0; i < 5 && !connects.contains(Duration.ZERO); i++) {
            Thread.sleep(i * 20L);
            connects.add(Fetching.get(fetcher, h2.uri("localhost", "/ok?p" + (i + 2)), p.withCompression(false))
                    .timings().connect());
        }
        assertTrue(connects.contains(Duration.ZERO), "a later request reuses the connection: connect times " + connects);
    }

    @Test
    void presentsTheClientCertificateOverHttp2AndReportsItsAbsence(@TempDir Path dir) throws Exception {
        TestCertificates pki = TestCertificates.create();
        HttpProfile own = Fetching.quickProfile().withTrust(new TrustSettings(pki.writeCaBundle(dir.resolve("ca.pem")), List.of(), List.of()));
        try (LocalH2Server mtls = LocalH2Server.requiringClientCertificate(
                pki.serverContext(pki.server("localhost"), pki.ca().certificate()), r -> Reply.text(200, "hello client"))) {
            TestCertificates.Issued client = pki.client("h2-client");
            Path cert = client.writeCertificate(dir.resolve("client.pem"));
            Path key = TestCertificates.writeEncryptedPkcs8(dir.resolve("client.key"), client.keyPair().getPrivate(), "k3y");
            FetchResult r = Fetching.get(fetcher, mtls.uri("localhost", "/mtls"),
                    own.withClientCertificate(new ClientCertificate(cert, key, Secret.of("k3y"))));
            assertEquals("HTTP/2", r.timings().protocol());
            assertTrue(mtls.last().clientPrincipal().contains("CN=h2-client"), mtls.last().clientPrincipal());
            HttpFetchException e = Fetching.failure(fetcher, mtls.uri("localhost", "/none"), own);
            assertEquals(FailureKind.CLIENT_CERTIFICATE_REFUSED, e.kind(), e.getMessage());
        }
    }

    private static byte[] gzip(String s) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(s.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
