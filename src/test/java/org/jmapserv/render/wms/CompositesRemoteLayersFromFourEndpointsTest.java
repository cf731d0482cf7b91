package org.jmapserv.render.wms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.CyclicBarrier;

import javax.imageio.ImageIO;

import org.jmapserv.http.tls.CertificatePins;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.render.RenderedMap;
import org.jmapserv.testsupport.FakeWmsHandler;
import org.jmapserv.testsupport.LocalHttpsServer;
import org.jmapserv.testsupport.TestCertificates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Four WMS layers from four HTTPS endpoints — open (CA-signed), self-signed and pinned, basic auth, session cookie —
 * plus a local layer on top, in layer order. The expected image is the same map with the four rectangles drawn as
 * local inline polygons. The four servers only answer once all four requests are in flight, so the test also proves
 * that the remote layers are fetched in parallel. Tolerance: at most 1 % of pixels may differ by more than 48 in any
 * channel (the remote rectangles are drawn without antialiasing, the local ones with it); on failure the expected,
 * actual and diff images are written to target/regression/.
 */
class CompositesRemoteLayersFromFourEndpointsTest {

    @TempDir
    Path dir;

    private static final double[][] RECTS = {{-9, 41, -1, 49}, {-4, 44, 4, 52}, {1, 42, 9, 50}, {-6, 46, 6, 54}};
    private static final Color[] COLOURS = {new Color(200, 30, 30), new Color(30, 160, 30), new Color(30, 60, 200),
        new Color(220, 180, 0)};

    @Test
    void drawsFourRemoteLayersInOrderWithALocalLayerOnTop() throws Exception {
        TestCertificates pki = TestCertificates.create();
        TestCertificates.Issued self = TestCertificates.selfSigned("localhost", "127.0.0.1");
        CyclicBarrier together = new CyclicBarrier(4);
        FakeWmsHandler[] handlers = new FakeWmsHandler[4];
        for (int i = 0; i < 4; i++) {
            double[] r = RECTS[i];
            handlers[i] = new FakeWmsHandler().awaiting(together)
                    .layer("l" + i, new FakeWmsHandler.Feature(r[0], r[1], r[2], r[3], COLOURS[i]));
        }
        String basic = "Basic " + Base64.getEncoder().encodeToString("u:p".getBytes(StandardCharsets.UTF_8));
        handlers[2].requiring(r -> basic.equals(r.header("authorization")));
        handlers[3].requiring(r -> "session=abc".equals(r.header("cookie")));
        Path ca = pki.writeCaBundle(dir.resolve("ca.pem"));
        try (LocalHttpsServer open = https(pki, pki.server("localhost"), handlers[0]);
                LocalHttpsServer pinned = LocalHttpsServer.https(pki.serverContext(self)).route("/wms", handlers[1])
                        .start();
                LocalHttpsServer auth = https(pki, pki.server("localhost"), handlers[2]);
                LocalHttpsServer cookie = https(pki, pki.server("localhost"), handlers[3]);
                CascadedWmsMaps maps = new CascadedWmsMaps()) {
            String remote = layer(0, open, "") + layer(1, pinned, "\"wms_ssl_pinned_pubkey\" \""
                    + CertificatePins.publicKeyPin(self.certificate()) + "\"")
                    + layer(2, auth, "\"wms_auth_username\" \"u\" \"wms_auth_password\" \"p\"")
                    + layer(3, cookie, "\"ows_http_cookie\" \"forward\"");
            MapDef actualMap = maps.read(map(ca, remote), dir);
            RenderedMap actual = maps.render(actualMap);
            StringBuilder local = new StringBuilder();
            for (int i = 0; i < 4; i++) {
                local.append(localRect(i));
            }
            RenderedMap expected = maps.render(maps.read(map(ca, local.toString()), dir));
            assertTrue(actual.warnings().isEmpty(), actual.warnings().toString());
            for (FakeWmsHandler h : handlers) {
                assertEquals(1, h.received().size());
            }
            assertSimilar(expected.image(), actual.image(), "four-endpoints");
        }
    }

    private static LocalHttpsServer https(TestCertificates pki, TestCertificates.Issued cert, FakeWmsHandler h) {
        return LocalHttpsServer.https(pki.serverContext(cert)).route("/wms", h).start();
    }

    private static String map(Path ca, String layers) {
        return """
                MAP
                  SIZE 400 300
                  EXTENT -10 40 10 55
                  IMAGECOLOR 255 255 255
                  PROJECTION "init=epsg:4326" END
                  CONFIG "CURL_CA_BUNDLE" "%s"
                  WEB METADATA "http_cookie_data" "session=abc" END END
                %s
                  LAYER NAME "top" TYPE POLYGON STATUS ON
                    FEATURE POINTS -2 43 2 43 2 47 -2 47 -2 43 END END
                    CLASS STYLE COLOR 0 0 0 END END
                  END
                END
                """.formatted(ca, layers);
    }

    private static String layer(int i, LocalHttpsServer server, String extra) {
        return """
                  LAYER NAME "l%d" TYPE RASTER STATUS ON CONNECTIONTYPE WMS
                    CONNECTION "%s"
                    METADATA "wms_srs" "EPSG:4326" "wms_name" "l%d" "wms_format" "image/png" %s END
                  END
                """.formatted(i, server.uri("/wms"), i, extra);
    }

    private static String localRect(int i) {
        double[] r = RECTS[i];
        Color c = COLOURS[i];
        return """
                  LAYER NAME "l%d" TYPE POLYGON STATUS ON
                    FEATURE POINTS %s %s %s %s %s %s %s %s %s %s END END
                    CLASS STYLE COLOR %d %d %d END END
                  END
                """.formatted(i, r[0], r[1], r[2], r[1], r[2], r[3], r[0], r[3], r[0], r[1], c.getRed(), c.getGreen(),
                c.getBlue());
    }

    private static void assertSimilar(BufferedImage expected, BufferedImage actual, String name) throws IOException {
        int w = expected.getWidth();
        int h = expected.getHeight();
        BufferedImage diff = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int differing = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int a = expected.getRGB(x, y);
                int b = actual.getRGB(x, y);
                int d = Math.max(Math.abs((a >> 16 & 255) - (b >> 16 & 255)), Math.max(
                        Math.abs((a >> 8 & 255) - (b >> 8 & 255)), Math.abs((a & 255) - (b & 255))));
                if (d > 48) {
                    differing++;
                    diff.setRGB(x, y, 0xff0000);
                }
            }
        }
        double share = 100.0 * differing / (w * h);
        if (share > 1.0) {
            Path out = Path.of("target/regression");
            Files.createDirectories(out);
            ImageIO.write(expected, "png", out.resolve(name + "-expected.png").toFile());
            ImageIO.write(actual, "png", out.resolve(name + "-actual.png").toFile());
            ImageIO.write(diff, "png", out.resolve(name + "-diff.png").toFile());
        }
        assertTrue(share <= 1.0, String.format("%.2f %% of pixels differ (tolerance 1 %%)", share));
    }
}
