package org.jmapserv.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.jmapserv.testsupport.LocalHttpsServer;
import org.jmapserv.testsupport.NtlmAuthEndpoint;
import org.jmapserv.testsupport.RecordedRequest;
import org.jmapserv.testsupport.TestCertificates;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** wms_auth_type ntlm (and anysafe): type 1, the server's type 2 challenge, type 3 with user and domain. */
class AnswersTheNtlmHandshakeTest {
    static HttpFetcher fetcher;
    static LocalHttpsServer server;
    static NtlmAuthEndpoint corp;
    static NtlmAuthEndpoint plain;
    static NtlmAuthEndpoint safe;
    static HttpProfile trusted;

    @BeforeAll
    static void setUp(@TempDir Path dir) throws Exception {
        TestCertificates pki = TestCertificates.create();
        fetcher = new HttpFetcher();
        corp = new NtlmAuthEndpoint("carol");
        plain = new NtlmAuthEndpoint("dave");
        safe = new NtlmAuthEndpoint("erin");
        server = LocalHttpsServer.https(pki.serverContext(pki.server("localhost")))
                .route("/corp", corp).route("/plain", plain).route("/safe", safe).start();
        trusted = Fetching.quickProfile().withTrust(new TrustSettings(pki.writeCaBundle(dir.resolve("ca.pem")), List.of(), List.of()));
    }

    @AfterAll
    static void tearDown() {
        server.close();
        fetcher.close();
    }

    private static List<RecordedRequest> requestsTo(String path) {
        return server.received().stream().filter(r -> r.pathAndQuery().startsWith(path)).toList();
    }

    @Test
    void completesTheHandshakeWithUserAndDomainOnOneConnection() throws Exception {
        HttpProfile p = trusted.withAuth(new AuthSettings(AuthScheme.NTLM, "CORP\\carol", Secret.of("n7lm-pass")));
        FetchResult r = Fetching.get(fetcher, server.uri("/corp"), p);
        assertEquals("ntlm ok", new String(r.body(), StandardCharsets.UTF_8));
        List<RecordedRequest> seen = requestsTo("/corp");
        assertEquals(3, seen.size(), "challenge, type 1, type 3");
        assertFalse(seen.get(0).header("Authorization").isPresent(), "NTLM waits for the challenge");
        NtlmAuthEndpoint.Authenticate type3 = corp.authenticates().get(0);
        assertEquals("carol", type3.user());
        assertEquals("CORP", type3.domain());
        assertTrue(type3.ntResponseLength() > 0, "an NT response is present");
        assertEquals(corp.negotiatePorts().get(0), type3.clientPort(), "type 1 and type 3 share the connection");
        assertTrue(seen.stream().noneMatch(x -> x.headers().toString().contains("n7lm-pass")));
    }

    @Test
    void sendsAUserWithoutADomain() throws Exception {
        HttpProfile p = trusted.withAuth(new AuthSettings(AuthScheme.NTLM, "dave", Secret.of("pw")));
        assertEquals(200, Fetching.get(fetcher, server.uri("/plain"), p).status());
        assertEquals("dave", plain.authenticates().get(0).user());
        assertEquals("", plain.authenticates().get(0).domain());
    }

    @Test
    void anySafeAnswersAnNtlmOnlyServer() throws Exception {
        HttpProfile p = trusted.withAuth(new AuthSettings(AuthScheme.ANYSAFE, "erin", Secret.of("pw")));
        assertEquals(200, Fetching.get(fetcher, server.uri("/safe"), p).status());
        assertEquals("erin", safe.authenticates().get(0).user());
    }

    @Test
    void reportsTheNtlmChallengeWhenTheUserIsRefused() {
        HttpProfile p = trusted.withAuth(new AuthSettings(AuthScheme.NTLM, "mallory", Secret.of("guess-123")));
        HttpFetchException e = Fetching.failure(fetcher, server.uri("/corp?refused"), p);
        assertEquals(FailureKind.UNAUTHORIZED, e.kind(), e.getMessage());
        assertTrue(e.getMessage().contains("NTLM"), e.getMessage());
        assertFalse(e.getMessage().contains("guess-123"));
    }
}
