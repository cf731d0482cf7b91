package org.jmapserv.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import org.jmapserv.http.tls.CertificatePins;
import org.jmapserv.testsupport.LocalHttpsServer;
import org.jmapserv.testsupport.Responders;
import org.jmapserv.testsupport.TestCertificates;
import org.jmapserv.testsupport.TestCertificates.Issued;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrustsServersOnlyThroughCaBundleOrPinTest {
    static TestCertificates pki;
    static HttpFetcher fetcher;
    @TempDir
    Path dir;

    @BeforeAll
    static void setUp() {
        pki = TestCertificates.create();
        fetcher = new HttpFetcher();
    }

    @AfterAll
    static void tearDown() {
        fetcher.close();
    }

    private HttpProfile withBundle(Path bundle) {
        return Fetching.quickProfile().withTrust(new TrustSettings(bundle, List.of(), List.of()));
    }

    @Test
    void fetchesFromCaSignedServerWhenBundleHoldsTheCa() throws Exception {
        try (LocalHttpsServer s = LocalHttpsServer.https(pki.serverContext(pki.server("localhost", "127.0.0.1")))
                .route("/wms", Responders.bytes(200, "image/png; mode=8bit", new byte[] {1, 2, 3})).start()) {
            HttpProfile p = withBundle(pki.writeCaBundle(dir.resolve("ca.pem"))).withUserAgent("test-agent/1");
            FetchResult r = Fetching.get(fetcher, s.uri("/wms?REQUEST=GetMap"), p);
            assertEquals(200, r.status());
            assertEquals("image/png; mode=8bit", r.contentType());
            assertEquals(3, r.body().length);
            assertEquals("/wms?REQUEST=GetMap", s.last().pathAndQuery());
            assertEquals("test-agent/1", s.last().header("User-Agent").orElseThrow());
        }
    }

    @Test
    void acceptsADirectoryOfPemFilesAsCaBundle() throws Exception {
        Path caDir = Files.createDirectory(dir.resolve("certs"));
        pki.writeCaBundle(caDir.resolve("ca.pem"));
        Files.writeString(caDir.resolve("README"), "not a certificate", StandardCharsets.US_ASCII);
        try (LocalHttpsServer s = LocalHttpsServer.https(pki.serverContext(pki.server("localhost")))
                .route("/", Responders.text(200, "ok")).start()) {
            assertEquals("ok", new String(Fetching.get(fetcher, s.uri("/"), withBundle(caDir)).body(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void reportsUntrustedCertificateNamingTheBundleUsed() throws Exception {
        Path otherCa = TestCertificates.create().writeCaBundle(dir.resolve("other-ca.pem"));
        try (LocalHttpsServer s = LocalHttpsServer.https(pki.serverContext(pki.server("localhost")))
                .route("/", Responders.text(200, "ok")).start()) {
            HttpFetchException e = Fetching.failure(fetcher, s.uri("/"), withBundle(otherCa));
            assertEquals(FailureKind.UNTRUSTED_CERTIFICATE, e.kind());
            assertTrue(e.getMessage().contains("certificate of localhost:" + s.port() + " is not trusted (CA bundle: " + otherCa + ")"), e.getMessage());
            assertTrue(s.received().isEmpty(), "no request may reach an untrusted server");
        }
    }

    @Test
    void rejectsSelfSignedServerUnderJvmDefaultTrust() throws Exception {
        try (LocalHttpsServer s = LocalHttpsServer.https(pki.serverContext(TestCertificates.selfSigned("localhost")))
                .route("/", Responders.text(200, "ok")).start()) {
            HttpFetchException e = Fetching.failure(fetcher, s.uri("/"), Fetching.quickProfile());
            assertEquals(FailureKind.UNTRUSTED_CERTIFICATE, e.kind());
            assertTrue(e.getMessage().contains("JVM default trust store"), e.getMessage());
        }
    }

    @Test
    void reportsExpiredCertificate() throws Exception {
        try (LocalHttpsServer s = LocalHttpsServer.https(pki.serverContext(pki.expiredServer("localhost")))
                .route("/", Responders.text(200, "ok")).start()) {
            HttpFetchException e = Fetching.failure(fetcher, s.uri("/"), withBundle(pki.writeCaBundle(dir.resolve("ca.pem"))));
            assertEquals(FailureKind.CERTIFICATE_EXPIRED, e.kind(), e.getMessage());
            assertTrue(e.getMessage().contains("has expired"), e.getMessage());
        }
    }

    @Test
    void reportsHostnameMismatch() throws Exception {
        try (LocalHttpsServer s = LocalHttpsServer.https(pki.serverContext(pki.server("other.example")))
                .route("/", Responders.text(200, "ok")).start()) {
            HttpFetchException e = Fetching.failure(fetcher, s.uri("/"), withBundle(pki.writeCaBundle(dir.resolve("ca.pem"))));
            assertEquals(FailureKind.HOSTNAME_MISMATCH, e.kind(), e.getMessage());
            assertTrue(e.getMessage().contains("does not match host name localhost"), e.getMessage());
            assertTrue(s.received().isEmpty());
        }
    }

    @Test
    void trustsSelfSignedServerWhosePublicKeyIsPinned() throws Exception {
        Issued self = TestCertificates.selfSigned("localhost");
        String pin = CertificatePins.publicKeyPin(self.certificate());
        try (LocalHttpsServer s = LocalHttpsServer.https(pki.serverContext(self)).route("/", Responders.text(200, "pinned")).start()) {
            HttpProfile p = Fetching.quickProfile().withTrust(new TrustSettings(null, List.of("sha256//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", pin), List.of()));
            assertEquals("pinned", new String(Fetching.get(fetcher, s.uri("/"), p).body(), StandardCharsets.UTF_8));
            assertEquals(1, s.received().size());
        }
    }

    @Test
    void trustsSelfSignedServerWhoseFingerprintIsPinnedWithColons() throws Exception {
        Issued self = TestCertificates.selfSigned("localhost");
        String colons = String.join(":", CertificatePins.fingerprint(self.certificate()).split("(?<=\\G..)")).toLowerCase();
        try (LocalHttpsServer s = LocalHttpsServer.https(pki.serverContext(self)).route("/", Responders.text(200, "fp")).start()) {
            HttpProfile p = Fetching.quickProfile().withTrust(new TrustSettings(null, List.of(), List.of(colons)));
            assertEquals(200, Fetching.get(fetcher, s.uri("/"), p).status());
        }
    }

    @Test
    void pinMismatchPrintsThePinTheServerPresented() throws Exception {
        Issued server = pki.server("localhost");
        String presented = CertificatePins.publicKeyPin(server.certificate());
        String wrong = "sha256//" + java.util.Base64.getEncoder().encodeToString(new byte[32]);
        try (LocalHttpsServer s = LocalHttpsServer.https(pki.serverContext(server)).route("/", Responders.text(200, "x")).start()) {
            // a CA-valid chain does not excuse a pin mismatch (curl's semantics)
            HttpProfile p = withBundle(pki.writeCaBundle(dir.resolve("ca.pem")))
                    .withTrust(new TrustSettings(dir.resolve("ca.pem"), List.of(wrong), List.of()));
            HttpFetchException e = Fetching.failure(fetcher, s.uri("/"), p);
            assertEquals(FailureKind.PIN_MISMATCH, e.kind());
            assertTrue(e.getMessage().contains("pin mismatch: server localhost:" + s.port() + " presented " + presented), e.getMessage());
            assertTrue(e.getMessage().contains(CertificatePins.fingerprint(server.certificate())));
            assertTrue(s.received().isEmpty());
        }
    }

    @Test
    void pinStillVerifiesTheHostName() throws Exception {
        Issued self = TestCertificates.selfSigned("other.example");
        try (LocalHttpsServer s = LocalHttpsServer.https(pki.serverContext(self)).route("/", Responders.text(200, "x")).start()) {
            HttpProfile p = Fetching.quickProfile().withTrust(new TrustSettings(null, List.of(CertificatePins.publicKeyPin(self.certificate())), List.of()));
            assertEquals(FailureKind.HOSTNAME_MISMATCH, Fetching.failure(fetcher, s.uri("/"), p).kind());
        }
    }

    @Test
    void missingCaBundleIsASettingErrorBeforeAnyRequest() {
        HttpFetchException e = Fetching.failure(fetcher, java.net.URI.create("https://localhost:1/"), withBundle(dir.resolve("nope.pem")));
        assertEquals(FailureKind.INVALID_SETTING, e.kind());
        assertTrue(e.getMessage().contains("nope.pem"));
    }

    @Test
    void computesCurlStylePinFromSubjectPublicKeyInfo() throws Exception {
        Issued self = TestCertificates.selfSigned("localhost");
        byte[] spkiHash = java.security.MessageDigest.getInstance("SHA-256").digest(self.certificate().getPublicKey().getEncoded());
        assertEquals("sha256//" + java.util.Base64.getEncoder().encodeToString(spkiHash), CertificatePins.publicKeyPin(self.certificate()));
        assertEquals(HexFormat.of().withUpperCase().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(self.certificate().getEncoded())),
                CertificatePins.fingerprint(self.certificate()));
    }
}
