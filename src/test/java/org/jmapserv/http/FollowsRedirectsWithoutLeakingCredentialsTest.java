package org.jmapserv.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jmapserv.testsupport.LocalHttpsServer;
import org.jmapserv.testsupport.RecordedRequest;
import org.jmapserv.testsupport.Responders;
import org.jmapserv.testsupport.TestCertificates;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FollowsRedirectsWithoutLeakingCredentialsTest {
    static HttpFetcher fetcher;
    static LocalHttpsServer origin;
    static LocalHttpsServer otherPort;
    static LocalHttpsServer otherHost;
    static LocalHttpsServer plain;
    static HttpProfile withSecrets;

    @BeforeAll
    static void setUp(@TempDir Path dir) throws Exception {
        TestCertificates pki = TestCertificates.create();
        fetcher = new HttpFetcher();
        otherPort = LocalHttpsServer.https(pki.serverContext(pki.server("localhost", "127.0.0.1")))
                .route("/target", Responders.text(200, "other port")).start();
        otherHost = LocalHttpsServer.https(pki.serverContext(pki.server("localhost", "127.0.0.1"))).hostName("127.0.0.1")
                .route("/target", Responders.text(200, "other host"))
                .route("/back", Responders.redirectTo(() -> origin.uri("/final"))).start();
        plain = LocalHttpsServer.http().route("/target", Responders.text(200, "plain")).start();
        origin = LocalHttpsServer.https(pki.serverContext(pki.server("localhost", "127.0.0.1")))
                .route("/same", Responders.redirect(302, "/final?from=same"))
                .route("/final", Responders.text(200, "final"))
                .route("/to-other-port", Responders.redirectTo(() -> otherPort.uri("/target")))
                .route("/to-other-host", Responders.redirectTo(() -> otherHost.uri("/target")))
                .route("/via-other-host", Responders.redirectTo(() -> otherHost.uri("/back")))
                .route("/to-plain", Responders.redirectTo(() -> plain.uri("/target")))
                .route("/loop", Responders.redirect(307, "/loop"))
                .start();
        withSecrets = Fetching.quickProfile()
                .withTrust(new TrustSettings(pki.writeCaBundle(dir.resolve("ca.pem")), List.of(), List.of()))
                .withAuth(new AuthSettings(AuthScheme.BASIC, "alice", Secret.of("pw")))
                .withCookieHeader(Secret.of("sid=42"));
    }

    @AfterAll
    static void tearDown() {
        for (LocalHttpsServer s : List.of(origin, otherPort, otherHost, plain)) {
            s.close();
        }
        fetcher.close();
    }

    private static RecordedRequest lastTo(LocalHttpsServer s, String prefix) {
        List<RecordedRequest> r = s.received().stream().filter(x -> x.pathAndQuery().startsWith(prefix)).toList();
        return r.get(r.size() - 1);
    }

    @Test
    void sameOriginRedirectKeepsAuthorizationAndCookie() throws Exception {
        FetchResult r = Fetching.get(fetcher, origin.uri("/same"), withSecrets);
        assertEquals(1, r.redirectCount());
        assertEquals(origin.uri("/final?from=same"), r.finalUri());
        RecordedRequest last = lastTo(origin, "/final?from=same");
        assertTrue(last.header("Authorization").isPresent());
        assertEquals("sid=42", last.header("Cookie").orElseThrow());
    }

    @Test
    void otherPortOnSameHostKeepsCookieButDropsAuthorization() throws Exception {
        FetchResult r = Fetching.get(fetcher, origin.uri("/to-other-port"), withSecrets);
        assertEquals("other port", new String(r.body()));
        RecordedRequest seen = lastTo(otherPort, "/target");
        assertFalse(seen.header("Authorization").isPresent());
        assertEquals("sid=42", seen.header("Cookie").orElseThrow());
    }

    @Test
    void crossHostRedirectDropsAuthorizationAndCookie() throws Exception {
        FetchResult r = Fetching.get(fetcher, origin.uri("/to-other-host"), withSecrets);
        assertEquals("other host", new String(r.body()));
        RecordedRequest seen = lastTo(otherHost, "/target");
        assertFalse(seen.header("Authorization").isPresent());
        assertFalse(seen.header("Cookie").isPresent());
        assertFalse(seen.header("Proxy-Authorization").isPresent());
    }

    @Test
    void credentialsComeBackWhenTheChainReturnsToTheFirstOrigin() throws Exception {
        FetchResult r = Fetching.get(fetcher, origin.uri("/via-other-host"), withSecrets);
        assertEquals(2, r.redirectCount());
        assertFalse(lastTo(otherHost, "/back").header("Authorization").isPresent());
        assertTrue(lastTo(origin, "/final").header("Authorization").isPresent());
    }

    @Test
    void redirectLoopStopsAfterTenRedirects() {
        int before = (int) origin.received().stream().filter(x -> x.pathAndQuery().equals("/loop")).count();
        HttpFetchException e = Fetching.failure(fetcher, origin.uri("/loop"), withSecrets);
        assertEquals(FailureKind.TOO_MANY_REDIRECTS, e.kind());
        long after = origin.received().stream().filter(x -> x.pathAndQuery().equals("/loop")).count();
        assertEquals(11, after - before, "the first request plus 10 followed redirects, as curl's MAXREDIRS 10");
    }

    @Test
    void refusesRedirectFromHttpsToHttp() {
        HttpFetchException e = Fetching.failure(fetcher, origin.uri("/to-plain"), withSecrets);
        assertEquals(FailureKind.INSECURE_REDIRECT, e.kind());
        assertTrue(e.getMessage().contains("redirect from https to http"));
        assertTrue(plain.received().isEmpty());
    }
}
