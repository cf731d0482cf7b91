package org.jmapserv.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jmapserv.testsupport.LocalHttpsServer;
import org.jmapserv.testsupport.Responders;
import org.jmapserv.testsupport.TestCertificates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One pool per connection key, at most maxPools of them: the least recently used is closed. */
class CapsConnectionPoolsTest {
    private static ConnectionKey key(int connectSeconds) {
        return HttpProfile.defaults()
                .withTimeouts(new Timeouts(Duration.ofSeconds(30), Duration.ofSeconds(connectSeconds), Duration.ofSeconds(30)))
                .connectionKey();
    }

    private static ClientPools pools(int max, List<String> debug) {
        return new ClientPools(max, k -> PooledClient.create(k, 2), debug::add);
    }

    @Test
    void closesTheLeastRecentlyUsedPoolBeyondTheCap() throws Exception {
        List<String> debug = new CopyOnWriteArrayList<>();
        try (ClientPools pools = pools(2, debug)) {
            PooledClient one = pools.acquire(key(1));
            pools.release(one);
            PooledClient two = pools.acquire(key(2));
            pools.release(two);
            assertSame(one, pools.acquire(key(1)), "same key, same pool");
            pools.release(one);
            PooledClient three = pools.acquire(key(3));
            pools.release(three);
            assertEquals(2, pools.size());
            assertTrue(two.isClosed(), "pool two was least recently used");
            assertFalse(one.isClosed());
            assertFalse(three.isClosed());
            assertTrue(debug.stream().anyMatch(l -> l.contains("least recently used connection pool")), debug.toString());
            PooledClient twoAgain = pools.acquire(key(2));
            assertNotSame(two, twoAgain, "an evicted key gets a fresh pool");
            pools.release(twoAgain);
            assertTrue(one.isClosed(), "and pushes out the next least recently used");
        }
    }

    @Test
    void keepsAPoolThatIsInUseOpenUntilItsRequestFinishes() throws Exception {
        try (ClientPools pools = pools(1, new CopyOnWriteArrayList<>())) {
            PooledClient busy = pools.acquire(key(1));
            PooledClient other = pools.acquire(key(2));
            assertEquals(1, pools.size());
            assertFalse(busy.isClosed(), "a request is still using it");
            pools.release(busy);
            assertTrue(busy.isClosed(), "closed once released");
            pools.release(other);
            assertFalse(other.isClosed());
        }
    }

    @Test
    void closesEveryPoolWithTheFetcherSet() throws Exception {
        ClientPools pools = pools(4, new CopyOnWriteArrayList<>());
        PooledClient a = pools.acquire(key(1));
        pools.release(a);
        PooledClient busy = pools.acquire(key(2));
        pools.close();
        assertTrue(a.isClosed());
        assertTrue(busy.isClosed());
    }

    @Test
    void aFetcherCappedAtOnePoolStillServesAlternatingProfiles(@TempDir Path dir) throws Exception {
        TestCertificates pki = TestCertificates.create();
        try (LocalHttpsServer server = LocalHttpsServer.https(pki.serverContext(pki.server("localhost")))
                .route("/", Responders.text(200, "ok")).start();
             HttpFetcher fetcher = new HttpFetcher(HttpFetcher.Options.defaults().withMaxPools(1))) {
            HttpProfile a = Fetching.quickProfile().withTrust(new TrustSettings(pki.writeCaBundle(dir.resolve("ca.pem")), List.of(), List.of()));
            HttpProfile b = a.withCompression(false);
            for (int i = 0; i < 3; i++) {
                assertEquals(200, Fetching.get(fetcher, server.uri("/?a" + i), a).status());
                assertEquals(200, Fetching.get(fetcher, server.uri("/?b" + i), b).status());
            }
            assertEquals(1, fetcher.openPools());
            assertEquals(6, server.received().size());
        }
    }
}
