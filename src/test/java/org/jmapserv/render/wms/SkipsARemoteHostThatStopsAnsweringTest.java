package org.jmapserv.render.wms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import javax.imageio.ImageIO;

import org.jmapserv.http.HostBreaker;
import org.jmapserv.http.HttpFetcher;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.parse.MapfileReader;
import org.jmapserv.render.MapRenderer;
import org.jmapserv.render.RenderRequest;
import org.jmapserv.render.RenderedMap;
import org.jmapserv.testsupport.FakeWmsHandler;
import org.jmapserv.testsupport.LocalHttpsServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The per-host circuit breaker, with real servers on 127.0.0.1: a map cascades a layer from a host that hangs and
 * one from a healthy host. The first draws wait out the sick layer's timeout; once the host has failed twice in
 * a row it is skipped at once, with a message naming the layer and the host, while the healthy layer is drawn
 * every time; after the cool-down one trial request finds the host back and its layer is drawn again.
 */
class SkipsARemoteHostThatStopsAnsweringTest {

    private static final long TIMEOUT_MILLIS = 2000;

    @TempDir
    Path dir;

    @Test
    @Timeout(60)
    void aHostThatKeepsTimingOutIsSkippedQuicklyAndRetriedAfterTheCoolDown() throws Exception {
        FakeWmsHandler sick = new FakeWmsHandler().layer("sick", new FakeWmsHandler.Feature(-180, -90, 0, 90,
                Color.BLUE)).delay(30_000);
        FakeWmsHandler healthy = new FakeWmsHandler().layer("healthy", new FakeWmsHandler.Feature(0, -90, 180, 90,
                Color.GREEN));
        HostBreaker.Settings breaker = new HostBreaker.Settings(2, Duration.ofSeconds(3));
        try (LocalHttpsServer sickServer = LocalHttpsServer.http().route("/wms", sick).start();
             LocalHttpsServer healthyServer = LocalHttpsServer.http().route("/wms", healthy).start();
             HttpFetcher fetcher = new HttpFetcher(HttpFetcher.Options.defaults().withBreaker(breaker))) {
            Path mapfile = dir.resolve("cascade.map");
            Files.writeString(mapfile, map(sickServer.uri("/wms?").toString(), healthyServer.uri("/wms?").toString()));
            MapDef map = new MapfileReader().read(mapfile);
            MapRenderer renderer = MapRenderer.withRemoteLayers(fetcher,
                    org.jmapserv.wms.client.WmsHttpProfiles.isolated());
            String host = sickServer.uri("/").getHost() + ":" + sickServer.uri("/").getPort();

            for (int i = 0; i < 2; i++) {
                Draw d = draw(renderer, map);
                assertTrue(d.millis >= TIMEOUT_MILLIS - 100, "draw " + i + " waits out the timeout: " + d.millis);
                assertTrue(d.warnings.stream().anyMatch(w -> w.contains("WMS layer 'sick'") && w.contains("timeout")),
                        "draw " + i + ": " + d.warnings);
                assertHealthyDrawnSickNot(d);
            }

            Draw skipped = draw(renderer, map);
            assertTrue(skipped.millis < TIMEOUT_MILLIS / 2, "the sick host is skipped at once: " + skipped.millis
                    + " ms");
            String w = skipped.warnings.stream().filter(x -> x.contains("WMS layer 'sick'")).findFirst()
                    .orElseThrow(() -> new AssertionError("no warning for the skipped layer: " + skipped.warnings));
            assertTrue(w.contains("host " + host + " skipped: its last 2 requests got no answer"), w);
            assertTrue(w.contains("cool-down"), w);
            assertFalse(skipped.warnings.stream().anyMatch(x -> x.contains("'healthy'")), skipped.warnings.toString());
            assertHealthyDrawnSickNot(skipped);
            int sentToSick = sick.received().size();
            assertEquals(2, sentToSick, "nothing is sent to a skipped host");

            sick.delay(0); // the host recovers; the breaker only finds out with its trial after the cool-down
            Thread.sleep(breaker.coolDown().toMillis() + 300);
            Draw back = draw(renderer, map);
            assertEquals(List.of(), back.warnings, "the trial request finds the host back");
            assertEquals(Color.BLUE.getRGB(), back.image.getRGB(90, 90), "the sick host's layer is drawn again");
            assertEquals(Color.GREEN.getRGB(), back.image.getRGB(270, 90));
        }
    }

    private static void assertHealthyDrawnSickNot(Draw d) {
        assertEquals(Color.GREEN.getRGB(), d.image.getRGB(270, 90), "the healthy host's layer is drawn");
        assertEquals(Color.WHITE.getRGB(), d.image.getRGB(90, 90), "the sick host's layer is missing");
    }

    private record Draw(long millis, List<String> warnings, BufferedImage image) {
    }

    private static Draw draw(MapRenderer renderer, MapDef map) throws Exception {
        long t0 = System.nanoTime();
        RenderedMap r = renderer.render(map, RenderRequest.defaults());
        long millis = (System.nanoTime() - t0) / 1_000_000;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        r.write(out);
        return new Draw(millis, r.warnings(), ImageIO.read(new ByteArrayInputStream(out.toByteArray())));
    }

    private static String map(String sickUrl, String healthyUrl) {
        return """
                MAP
                  NAME "cascade"
                  EXTENT -180 -90 180 90
                  SIZE 360 180
                  IMAGECOLOR 255 255 255
                  PROJECTION "init=epsg:4326" END
                  LAYER NAME "sick" TYPE RASTER STATUS ON
                    CONNECTIONTYPE WMS CONNECTION "%s"
                    METADATA "wms_name" "sick" "wms_srs" "EPSG:4326" "wms_server_version" "1.1.1"
                      "wms_format" "image/png" "wms_connectiontimeout" "%s" END
                  END
                  LAYER NAME "healthy" TYPE RASTER STATUS ON
                    CONNECTIONTYPE WMS CONNECTION "%s"
                    METADATA "wms_name" "healthy" "wms_srs" "EPSG:4326" "wms_server_version" "1.1.1"
                      "wms_format" "image/png" END
                  END
                END
                """.formatted(sickUrl, TIMEOUT_MILLIS / 1000.0, healthyUrl);
    }
}
