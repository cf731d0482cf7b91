package org.jmapserv.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoundsDrawsSoASlowRemoteCannotExhaustThreadsTest {

    @TempDir
    Path dir;

    @Test
    void aDrawLongerThanTheLimitIsAbandonedWith504AndOthersAreTurnedAwayWith503() throws Exception {
        ServerSettings.Limits limits = new ServerSettings.Limits(1, Duration.ofMillis(200), Duration.ofMillis(700), 1024);
        try (ServerFixture fx = new ServerFixture(dir, Map.of(), limits)) {
            fx.remote.delay(3000);
            CompletableFuture<HttpResponse<byte[]>> slow = CompletableFuture.supplyAsync(() -> {
                try {
                    return fx.get("/mapserv?map=CASCADE&mode=map&layers=all", "sid=x");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (fx.remote.received().isEmpty()) {
                assertTrue(System.nanoTime() < deadline, "the slow draw never reached the remote WMS");
                Thread.sleep(5);
            }
            HttpResponse<byte[]> busy = fx.get("/mapserv?map=LOCAL&mode=map&layers=all", null);
            assertEquals(503, busy.statusCode());
            assertTrue(ServerFixture.text(busy).contains("Server busy"));
            HttpResponse<byte[]> timedOut = slow.get();
            assertEquals(504, timedOut.statusCode());
            assertTrue(ServerFixture.text(timedOut).contains("was abandoned"));
        }
    }
}
