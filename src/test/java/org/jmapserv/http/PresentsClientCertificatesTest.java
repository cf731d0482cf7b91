package org.jmapserv.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jmapserv.testsupport.LocalHttpsServer;
import org.jmapserv.testsupport.Responders;
import org.jmapserv.testsupport.TestCertificates;
import org.jmapserv.testsupport.TestCertificates.Issued;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PresentsClientCertificatesTest {
    static TestCertificates pki;
    static HttpFetcher fetcher;
    static LocalHttpsServer mtls;
    static HttpProfile trusted;
    @TempDir
    Path dir;

    @BeforeAll
    static void setUp(@TempDir Path shared) throws Exception {
        pki = TestCertificates.create();
        fetcher = new HttpFetcher();
        mtls = LocalHttpsServer.https(pki.serverContext(pki.server("localhost"), pki.ca().certificate()), true)
                .route("/", Responders.text(200, "hello client")).start();
        trusted = Fetching.quickProfile().withTrust(new TrustSettings(pki.writeCaBundle(shared.resolve("ca.pem")), List.of(), List.of()));
    }

    @AfterAll
    static void tearDown() {
        mtls.close();
        fetcher.close();
    }

    @Test
    void presentsPemCertificateWithEncryptedPkcs8Key() throws Exception {
        Issued client = pki.client("layer-client");
        Path cert = client.writeCertificate(dir.resolve("client.pem"));
        Path key = TestCertificates.writeEncryptedPkcs8(dir.resolve("client.key"), client.keyPair().getPrivate(), "k3y-pw");
        HttpProfile p = trusted.withClientCertificate(new ClientCertificate(cert, key, Secret.of("k3y-pw")));
        assertEquals(200, Fetching.get(fetcher, mtls.uri("/?pkcs8"), p).status());
        assertEquals("/?pkcs8", mtls.last().pathAndQuery());
    }

    @Test
    void presentsPemCertificateWithEncryptedPkcs1RsaKey() throws Exception {
        Issued client = pki.rsaClient("rsa-client");
        Path cert = client.writeCertificate(dir.resolve("rsa.pem"));
        Path key = TestCertificates.writeTraditionalKey(dir.resolve("rsa.key"), client.keyPair().getPrivate(), "rsa-pw");
        assertTrue(java.nio.file.Files.readString(key).contains("BEGIN RSA PRIVATE KEY"));
        HttpProfile p = trusted.withClientCertificate(new ClientCertificate(cert, key, Secret.of("rsa-pw")));
        assertEquals(200, Fetching.get(fetcher, mtls.uri("/?pkcs1"), p).status());
    }

    @Test
    void presentsCertificateAndKeyFromOnePemFile() throws Exception {
        Issued client = pki.client("combined");
        Path both = TestCertificates.writePem(dir.resolve("both.pem"), client.certificate(),
                new org.bouncycastle.openssl.jcajce.JcaPKCS8Generator(client.keyPair().getPrivate(), null));
        HttpProfile p = trusted.withClientCertificate(new ClientCertificate(both, null, null));
        assertEquals(200, Fetching.get(fetcher, mtls.uri("/?combined"), p).status());
    }

    @Test
    void presentsPkcs12Certificate() throws Exception {
        Path p12 = TestCertificates.writePkcs12(dir.resolve("client.p12"), pki.client("p12-client"), "p12-pw");
        HttpProfile p = trusted.withClientCertificate(new ClientCertificate(p12, null, Secret.of("p12-pw")));
        assertEquals(200, Fetching.get(fetcher, mtls.uri("/?p12"), p).status());
    }

    @Test
    void reportsClientCertificateRefusedWhenNoneIsConfigured() {
        int before = mtls.received().size();
        HttpFetchException e = Fetching.failure(fetcher, mtls.uri("/?none"), trusted);
        assertEquals(FailureKind.CLIENT_CERTIFICATE_REFUSED, e.kind(), e.getMessage());
        assertTrue(e.getMessage().contains("requires a client certificate"), e.getMessage());
        assertEquals(before, mtls.received().size());
    }

    @Test
    void reportsClientCertificateRefusedWhenServerDoesNotTrustIt() throws Exception {
        Issued stranger = TestCertificates.create().client("stranger");
        Path cert = stranger.writeCertificate(dir.resolve("s.pem"));
        Path key = stranger.writeKey(dir.resolve("s.key"));
        HttpProfile p = trusted.withClientCertificate(new ClientCertificate(cert, key, null));
        HttpFetchException e = Fetching.failure(fetcher, mtls.uri("/?stranger"), p);
        assertEquals(FailureKind.CLIENT_CERTIFICATE_REFUSED, e.kind(), e.getMessage());
        assertTrue(e.getMessage().contains("refused client certificate " + cert), e.getMessage());
    }

    @Test
    void wrongKeyPasswordIsASettingErrorThatDoesNotPrintThePassword() throws Exception {
        Issued client = pki.client("pw");
        Path cert = client.writeCertificate(dir.resolve("c.pem"));
        Path key = TestCertificates.writeEncryptedPkcs8(dir.resolve("c.key"), client.keyPair().getPrivate(), "right");
        HttpProfile p = trusted.withClientCertificate(new ClientCertificate(cert, key, Secret.of("wrong-one")));
        HttpFetchException e = Fetching.failure(fetcher, mtls.uri("/?wrongpw"), p);
        assertEquals(FailureKind.INVALID_SETTING, e.kind());
        assertTrue(e.getMessage().contains("cannot decrypt client key " + key), e.getMessage());
        assertFalse(e.getMessage().contains("wrong-one"));
        assertFalse(p.toString().contains("wrong-one"));
    }
}
