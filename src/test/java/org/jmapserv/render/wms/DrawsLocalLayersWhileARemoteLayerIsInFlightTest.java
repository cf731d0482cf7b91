package org.jmapserv.render.wms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jmapserv.http.HttpFetcher;
import org.jmapserv.http.settings.HttpProfileResolver;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.model.Metadata;
import org.jmapserv.mapfile.parse.MapfileReader;
import org.jmapserv.render.MapRenderer;
import org.jmapserv.render.RenderRequest;
import org.jmapserv.render.RenderedMap;
import org.jmapserv.testsupport.FakeWmsHandler;
import org.jmapserv.testsupport.LocalHttpsServer;
import org.jmapserv.testsupport.TestCertificates;
import org.jmapserv.wms.client.WmsHttpProfiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5: local layers are drawn while the WMS requests are under way, even those above a WMS layer, and the map
 * still shows them in layer order. The server holds its answer until the local layer has been drawn (announced by
 * its per-layer debug line), so an implementation that waited for the WMS image first would see the server give
 * up after its bounded wait.
 */
class DrawsLocalLayersWhileARemoteLayerIsInFlightTest {

    @TempDir
    Path dir;

    @Test
    void drawsTheLocalLayerAboveAWmsLayerBeforeTheWmsAnswerArrivesAndKeepsItOnTop() throws Exception {
        TestCertificates pki = TestCertificates.create();
        CountDownLatch localDrawn = new CountDownLatch(1);
        AtomicBoolean answeredAfterLocal = new AtomicBoolean();
        FakeWmsHandler wms = new FakeWmsHandler().layer("base", new FakeWmsHandler.Feature(-8, 42, 8, 53, Color.RED));
        Path ca = pki.writeCaBundle(dir.resolve("ca.pem"));
        try (LocalHttpsServer server = LocalHttpsServer.https(pki.serverContext(pki.server("localhost")))
                .route("/wms", ex -> {
                    try {
                        answeredAfterLocal.set(localDrawn.await(10, TimeUnit.SECONDS));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    wms.handle(ex);
                }).start();
                HttpFetcher http = new HttpFetcher()) {
            MapRenderer renderer = MapRenderer.withRemoteLayers(http,
                    new WmsHttpProfiles(new HttpProfileResolver(Map.of(), null, null, w -> { }), Metadata.EMPTY));
            MapDef map = new MapfileReader().readString("""
                    MAP SIZE 400 300 EXTENT -10 40 10 55 IMAGECOLOR 255 255 255
                      PROJECTION "init=epsg:4326" END
                      CONFIG "CURL_CA_BUNDLE" "%s"
                      LAYER NAME "base" TYPE RASTER STATUS ON CONNECTIONTYPE WMS CONNECTION "%s"
                        METADATA "wms_srs" "EPSG:4326" "wms_name" "base" "wms_format" "image/png" END
                      END
                      LAYER NAME "roads" TYPE POLYGON STATUS ON
                        FEATURE POINTS -2 44 12 44 12 50 -2 50 -2 44 END END
                        CLASS STYLE COLOR 0 0 255 END END
                      END
                    END
                    """.formatted(ca, server.uri("/wms")), dir.resolve("test.map").toString(), dir);
            RenderedMap out = renderer.render(map, RenderRequest.defaults().withDebug(2, null, Map.of(), line -> {
                if (line.contains("Layer 1 (roads)")) {
                    localDrawn.countDown();
                }
            }));
            assertTrue(answeredAfterLocal.get(), "the local layer was drawn while the WMS request was in flight");
            assertTrue(out.warnings().isEmpty(), out.warnings().toString());
            assertEquals(0x0000ff, CascadedWmsMaps.colourAt(out, map, 0, 47), "local layer over the WMS image");
            assertEquals(0xff0000, CascadedWmsMaps.colourAt(out, map, -5, 47), "WMS image alone");
            assertEquals(0x0000ff, CascadedWmsMaps.colourAt(out, map, 9.5, 47), "local layer alone");
            assertEquals(0xffffff, CascadedWmsMaps.colourAt(out, map, -9, 41), "background");
        }
    }
}
