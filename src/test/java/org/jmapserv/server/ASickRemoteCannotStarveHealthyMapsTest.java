package org.jmapserv.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15's reproduction: four requests to a map whose remote WMS hangs took all four draw slots, so every other
 * map got 503 for as long as the remote hung. One map now holds at most half the slots (a bulkhead per mapfile).
 */
class ASickRemoteCannotStarveHealthyMapsTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(60)
    void aHealthyMapIsDrawnWhileFourDrawsWaitOnAHangingRemote() throws Exception {
        ServerSettings.Limits limits = new ServerSettings.Limits(4, Duration.ofMillis(300), Duration.ofSeconds(20),
                1024);
        try (ServerFixture fx = new ServerFixture(dir, Map.of(), limits)) {
            fx.remote.delay(4000);
            List<CompletableFuture<HttpResponse<byte[]>>> sick = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                sick.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        return fx.get("/mapserv?map=CASCADE&mode=map&layers=all", "sid=x");
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }));
            }
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (fx.remote.received().isEmpty()) {
                assertTrue(System.nanoTime() < deadline, "the sick draws never reached the remote WMS");
                Thread.sleep(5);
            }
            Thread.sleep(300);
            for (int i = 0; i < 3; i++) {
                long t0 = System.nanoTime();
                HttpResponse<byte[]> healthy = fx.get("/mapserv?map=LOCAL&mode=map&layers=all", null);
                assertEquals(200, healthy.statusCode(), ServerFixture.text(healthy));
                assertTrue(System.nanoTime() - t0 < 2_000_000_000L, "the healthy map waited on the sick one");
            }
            int drawn = 0;
            int turnedAway = 0;
            for (CompletableFuture<HttpResponse<byte[]>> f : sick) {
                HttpResponse<byte[]> r = f.get();
                if (r.statusCode() == 200) {
                    drawn++;
                } else if (r.statusCode() == 503 && ServerFixture.text(r).contains("of this map")) {
                    turnedAway++;
                }
            }
            assertEquals(2, drawn, "the sick map keeps its own half of the slots");
            assertEquals(2, turnedAway);
        }
    }
}
