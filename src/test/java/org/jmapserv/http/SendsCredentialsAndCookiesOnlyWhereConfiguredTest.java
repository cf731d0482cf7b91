package org.jmapserv.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.jmapserv.testsupport.DigestAuthEndpoint;
import org.jmapserv.testsupport.LocalHttpsServer;
import org.jmapserv.testsupport.Responders;
import org.jmapserv.testsupport.TestCertificates;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SendsCredentialsAndCookiesOnlyWhereConfiguredTest {
    static TestCertificates pki;
    static HttpFetcher fetcher;
    static LocalHttpsServer server;
    static HttpProfile trusted;

    @BeforeAll
    static void setUp(@TempDir Path dir) throws Exception {
        pki = TestCertificates.create();
        fetcher = new HttpFetcher();
        server = LocalHttpsServer.https(pki.serverContext(pki.server("localhost", "127.0.0.1")))
                .route("/basic", Responders.basicAuth("alice", "s3cret:pw"))
                .route("/digest", new DigestAuthEndpoint("bob", "d1gest"))
                .route("/forbidden", Responders.text(403, "no"))
                .route("/cookie", Responders.text(200, "cookie seen"))
                .route("/error", Responders.text(500, "<ServiceExceptionReport/>"))
                .start();
        trusted = Fetching.quickProfile().withTrust(new TrustSettings(pki.writeCaBundle(dir.resolve("ca.pem")), List.of(), List.of()));
    }

    @AfterAll
    static void tearDown() {
        server.close();
        fetcher.close();
    }

    private static List<org.jmapserv.testsupport.RecordedRequest> requestsTo(String path) {
        return server.received().stream().filter(r -> r.pathAndQuery().startsWith(path)).toList();
    }

    @Test
    void sendsBasicCredentialsPreemptivelyInTheFirstRequest() throws Exception {
        int before = requestsTo("/basic?pre").size();
        HttpProfile p = trusted.withAuth(new AuthSettings(AuthScheme.BASIC, "alice", Secret.of("s3cret:pw")));
        FetchResult r = Fetching.get(fetcher, server.uri("/basic?pre"), p);
        assertEquals(200, r.status());
        List<org.jmapserv.testsupport.RecordedRequest> seen = requestsTo("/basic?pre");
        assertEquals(before + 1, seen.size(), "basic must not wait for a challenge");
        assertTrue(seen.get(seen.size() - 1).header("Authorization").orElseThrow().startsWith("Basic "));
    }

    @Test
    void answersDigestChallengeWithAValidResponse() throws Exception {
        HttpProfile p = trusted.withAuth(new AuthSettings(AuthScheme.DIGEST, "bob", Secret.of("d1gest")));
        FetchResult r = Fetching.get(fetcher, server.uri("/digest?x=1"), p);
        assertEquals("digest ok", new String(r.body(), StandardCharsets.UTF_8));
        List<org.jmapserv.testsupport.RecordedRequest> seen = requestsTo("/digest?x=1");
        assertFalse(seen.get(0).header("Authorization").isPresent(), "digest waits for the challenge");
        assertTrue(seen.get(seen.size() - 1).header("Authorization").orElseThrow().startsWith("Digest username=\"bob\""));
    }

    @Test
    void anySchemeAlsoAnswersDigest() throws Exception {
        HttpProfile p = trusted.withAuth(new AuthSettings(AuthScheme.ANY, "bob", Secret.of("d1gest")));
        assertEquals(200, Fetching.get(fetcher, server.uri("/digest?any"), p).status());
    }

    @Test
    void unauthorizedNamesTheSchemeTheServerAsksFor() {
        HttpProfile p = trusted.withAuth(new AuthSettings(AuthScheme.DIGEST, "bob", Secret.of("wrong-password")));
        HttpFetchException e = Fetching.failure(fetcher, server.uri("/digest?bad"), p);
        assertEquals(FailureKind.UNAUTHORIZED, e.kind());
        assertTrue(e.getMessage().startsWith("HTTP 401 (server asks for Digest)"), e.getMessage());
        assertFalse(e.getMessage().contains("wrong-password"));
    }

    @Test
    void wrongBasicPasswordIsUnauthorizedWithoutLeakingIt() {
        HttpProfile p = trusted.withAuth(new AuthSettings(AuthScheme.BASIC, "alice", Secret.of("nope-pw")));
        HttpFetchException e = Fetching.failure(fetcher, server.uri("/basic?wrong"), p);
        assertEquals(FailureKind.UNAUTHORIZED, e.kind());
        assertTrue(e.getMessage().contains("server asks for Basic"));
        assertFalse(e.toString().contains("nope-pw"));
    }

    @Test
    void forbiddenIsTyped() {
        assertEquals(FailureKind.FORBIDDEN, Fetching.failure(fetcher, server.uri("/forbidden"), trusted).kind());
    }

    @Test
    void serverErrorsAreReturnedWithTheirBodyLikeMapServer() throws Exception {
        FetchResult r = Fetching.get(fetcher, server.uri("/error"), trusted);
        assertEquals(500, r.status());
        assertEquals("<ServiceExceptionReport/>", new String(r.body(), StandardCharsets.UTF_8));
    }

    @Test
    void urlUserinfoBecomesBasicCredentialsAndIsNotSentInTheUrl() throws Exception {
        URI u = URI.create("https://alice:s3cret%3Apw@localhost:" + server.port() + "/basic?userinfo");
        assertEquals(200, Fetching.get(fetcher, u, trusted).status());
        assertEquals("/basic?userinfo", requestsTo("/basic?userinfo").get(0).pathAndQuery());
    }

    @Test
    void sendsTheCookieHeaderExactlyAsConfigured() throws Exception {
        HttpProfile p = trusted.withCookieHeader(Secret.of("session=abc123; theme=dark"));
        Fetching.get(fetcher, server.uri("/cookie?literal"), p);
        assertEquals("session=abc123; theme=dark", requestsTo("/cookie?literal").get(0).header("Cookie").orElseThrow());
    }

    @Test
    void sendsNoCookieWhenNoneIsConfigured() throws Exception {
        Fetching.get(fetcher, server.uri("/cookie?none"), trusted);
        assertFalse(requestsTo("/cookie?none").get(0).header("Cookie").isPresent());
    }

    @Test
    void refusesCookieWithCarriageReturnBeforeAnyRequest() {
        HttpProfile p = trusted.withCookieHeader(Secret.of("a=1\r\nX-Injected: yes"));
        HttpFetchException e = Fetching.failure(fetcher, server.uri("/cookie?crlf"), p);
        assertEquals(FailureKind.INVALID_COOKIE, e.kind());
        assertTrue(e.getMessage().contains("U+000D at position 3"), e.getMessage());
        assertFalse(e.getMessage().contains("Injected"));
        assertTrue(requestsTo("/cookie?crlf").isEmpty());
    }

    @Test
    void refusesCookieWithOtherControlCharacters() {
        for (String bad : List.of("a=\u0001", "a=\tb", "a=\u007f", "a=1\n")) {
            HttpFetchException e = Fetching.failure(fetcher, server.uri("/cookie?ctl"), trusted.withCookieHeader(Secret.of(bad)));
            assertEquals(FailureKind.INVALID_COOKIE, e.kind());
        }
        assertTrue(requestsTo("/cookie?ctl").isEmpty());
    }
}
