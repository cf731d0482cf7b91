package org.jmapserv.render.wms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.nio.file.Path;
import java.util.Base64;
import java.nio.charset.StandardCharsets;

import org.jmapserv.http.tls.CertificatePins;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.render.RenderException;
import org.jmapserv.render.RenderedMap;
import org.jmapserv.testsupport.FakeWmsHandler;
import org.jmapserv.testsupport.LocalHttpsServer;
import org.jmapserv.testsupport.TestCertificates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The thin slice of the project: a mapfile whose layer is {@code CONNECTIONTYPE WMS} over HTTPS, trusted through a
 * CA bundle named in the map's CONFIG, carrying the caller's cookie (RFC 42), drawn by the renderer where MapServer
 * would put it — and every way that can fail, each named by layer, cause and masked URL.
 */
class CascadesRemoteWmsLayersTest {

    private static final int RED = 0xff0000;
    private static final int WHITE = 0xffffff;

    @TempDir
    Path dir;
    private final TestCertificates pki = TestCertificates.create();
    private final FakeWmsHandler wms = new FakeWmsHandler()
            .layer("roads", new FakeWmsHandler.Feature(-5, 45, 5, 50, Color.RED));
    private LocalHttpsServer server;
    private CascadedWmsMaps maps;
    private Path caBundle;

    @BeforeEach
    void start() throws Exception {
        server = LocalHttpsServer.https(pki.serverContext(pki.server("localhost", "127.0.0.1")))
                .route("/wms", wms).start();
        caBundle = pki.writeCaBundle(dir.resolve("ca.pem"));
        maps = new CascadedWmsMaps();
    }

    @AfterEach
    void stop() {
        maps.close();
        server.close();
    }

    private String mapfile(String mapConfig, String layerMetadata, String webMetadata) {
        return """
                MAP
                  SIZE 400 300
                  EXTENT -10 40 10 55
                  IMAGECOLOR 255 255 255
                  PROJECTION "init=epsg:4326" END
                  %s
                  WEB METADATA %s END END
                  LAYER
                    NAME "roads"
                    TYPE RASTER
                    STATUS ON
                    CONNECTIONTYPE WMS
                    CONNECTION "%s"
                    METADATA
                      "wms_srs" "EPSG:4326"
                      "wms_name" "roads"
                      "wms_format" "image/png"
                      "wms_server_version" "1.1.1"
                      %s
                    END
                  END
                END
                """.formatted(mapConfig, webMetadata, server.uri("/wms?password=hunter2"), layerMetadata);
    }

    private String trusted() {
        return "CONFIG \"CURL_CA_BUNDLE\" \"" + caBundle + "\"";
    }

    @Test
    void drawsAnHttpsLayerTrustedThroughTheCaBundleWithTheForwardedCookie() throws Exception {
        String text = mapfile(trusted(), "\"ows_http_cookie\" \"forward\"", "\"http_cookie_data\" \"sid=s3cret\"");
        MapDef map = maps.read(text, dir);
        RenderedMap out = maps.render(map);
        assertEquals(RED, CascadedWmsMaps.colourAt(out, map, 0, 47.5));
        assertEquals(WHITE, CascadedWmsMaps.colourAt(out, map, -8, 42));
        assertEquals(1, wms.received().size());
        assertEquals("sid=s3cret", wms.received().get(0).header("cookie"));
        assertEquals("GetMap", wms.received().get(0).param("REQUEST"));
        assertTrue(out.warnings().isEmpty(), out.warnings().toString());
        assertTrue(maps.debug.stream().noneMatch(l -> l.contains("s3cret") || l.contains("hunter2")),
                "debug output must not show secrets: " + maps.debug);
    }

    @Test
    void sendsBasicCredentialsFromTheLayerMetadata() throws Exception {
        String expected = "Basic " + Base64.getEncoder().encodeToString("ana:pw".getBytes(StandardCharsets.UTF_8));
        wms.requiring(r -> expected.equals(r.header("authorization")));
        String text = mapfile(trusted(), "\"wms_auth_username\" \"ana\" \"wms_auth_password\" \"pw\"", "");
        MapDef map = maps.read(text, dir);
        assertEquals(RED, CascadedWmsMaps.colourAt(maps.render(map), map, 0, 47.5));
    }

    @Test
    void skipsAnUntrustedServerWithAWarningNamingLayerCauseAndMaskedUrl() throws Exception {
        MapDef map = maps.read(mapfile("", "", ""), dir);
        RenderedMap out = maps.render(map);
        assertEquals(WHITE, CascadedWmsMaps.colourAt(out, map, 0, 47.5));
        assertEquals(1, out.warnings().size());
        String w = out.warnings().get(0);
        assertTrue(w.startsWith("WMS layer 'roads': "), w);
        assertTrue(w.contains("not trusted"), w);
        assertTrue(w.contains("password=***") && !w.contains("hunter2"), w);
        assertTrue(wms.received().isEmpty(), "no request may reach an untrusted server");
    }

    @Test
    void skipsACorruptPngWithAWarningNamingTheLayerAndTheDamage() throws Exception {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(400, 300,
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img, "png", png);
        byte[] corrupt = png.toByteArray();
        corrupt[corrupt.length - 20] ^= 0x55;
        server.route("/bad", org.jmapserv.testsupport.Responders.bytes(200, "image/png", corrupt));
        MapDef map = maps.read(mapfile(trusted(), "", "").replace("/wms?", "/bad?"), dir);
        RenderedMap out = maps.render(map);
        assertEquals(WHITE, CascadedWmsMaps.colourAt(out, map, 0, 47.5));
        assertEquals(1, out.warnings().size());
        String w = out.warnings().get(0);
        assertTrue(w.startsWith("WMS layer 'roads': corrupt PNG image (PNG chunk IDAT fails its CRC check) (URL: "), w);
        assertFalse(w.contains("hunter2"), w);
    }

    @Test
    void failsTheMapWhenAnEssentialLayerFails() throws Exception {
        MapDef map = maps.read(mapfile("", "\"wms_essential\" \"1\"", ""), dir);
        RenderException e = assertThrows(RenderException.class, () -> maps.render(map));
        assertTrue(e.getMessage().contains("Failed to draw WMS layer named 'roads'"), e.getMessage());
        assertTrue(e.getMessage().contains("not trusted"), e.getMessage());
        assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
    }

    @Test
    void trustsASelfSignedServerThroughAPinnedKeyWithoutACaBundle() throws Exception {
        TestCertificates.Issued self = TestCertificates.selfSigned("localhost", "127.0.0.1");
        try (LocalHttpsServer pinned = LocalHttpsServer.https(pki.serverContext(self)).route("/wms", wms).start()) {
            String text = mapfile("", "\"wms_ssl_pinned_pubkey\" \"" + CertificatePins.publicKeyPin(self.certificate())
                    + "\"", "").replace(server.uri("/wms").toString(), pinned.uri("/wms").toString());
            MapDef map = maps.read(text, dir);
            assertEquals(RED, CascadedWmsMaps.colourAt(maps.render(map), map, 0, 47.5));
        }
    }

    @Test
    void reportsAServiceExceptionSentWithACharsetParameter() throws Exception {
        wms.failWithServiceException("LayerNotDefined", "text/xml; charset=UTF-8");
        MapDef map = maps.read(mapfile(trusted(), "", ""), dir);
        RenderedMap out = maps.render(map);
        assertEquals(1, out.warnings().size());
        assertTrue(out.warnings().get(0).contains("ServiceException (code LayerNotDefined)"),
                out.warnings().get(0));
    }

    @Test
    void refusesACookieWithAControlCharacterBeforeAnyRequest() throws Exception {
        MapDef map = maps.read(mapfile(trusted(), "\"ows_http_cookie\" \"forward\"", ""), dir);
        var web = map.web().toBuilder();
        web.metadata = map.web().metadata().with("http_cookie_data", "sid=1\r\nX-Injected: yes");
        var b = map.toBuilder();
        b.web = web.build();
        RenderedMap out = maps.render(b.build());
        assertEquals(1, out.warnings().size());
        assertTrue(out.warnings().get(0).toLowerCase().contains("cookie"), out.warnings().get(0));
        assertFalse(out.warnings().get(0).contains("sid=1"), "the cookie value is a secret");
        assertTrue(wms.received().isEmpty());
    }

    @Test
    void answersADigestChallengeWithTheLayersCredentials() throws Exception {
        try (LocalHttpsServer digest = LocalHttpsServer.https(pki.serverContext(pki.server("localhost")))
                .route("/wms", new org.jmapserv.testsupport.DigestAuthEndpoint("ana", "pw", wms)).start()) {
            String text = mapfile(trusted(), "\"wms_auth_type\" \"digest\" \"wms_auth_username\" \"ana\""
                    + " \"wms_auth_password\" \"pw\"", "").replace(server.uri("/wms").toString(),
                    digest.uri("/wms").toString());
            MapDef map = maps.read(text, dir);
            RenderedMap out = maps.render(map);
            assertTrue(out.warnings().isEmpty(), out.warnings().toString());
            assertEquals(RED, CascadedWmsMaps.colourAt(out, map, 0, 47.5));
            assertTrue(wms.received().get(0).header("authorization").startsWith("Digest "));
        }
    }

    @Test
    void sendsALiteralCookieFromTheLayer() throws Exception {
        MapDef map = maps.read(mapfile(trusted(), "\"wms_http_cookie\" \"a=1; b=2\"",
                "\"http_cookie_data\" \"caller=x\""), dir);
        maps.render(map);
        assertEquals("a=1; b=2", wms.received().get(0).header("cookie"));
    }

    @Test
    void drawsAJpegAnswerWhenTheLayerAsksForJpeg() throws Exception {
        MapDef map = maps.read(mapfile(trusted(), "", "").replace("\"image/png\"", "\"image/jpeg\""), dir);
        RenderedMap out = maps.render(map);
        assertTrue(out.warnings().isEmpty(), out.warnings().toString());
        int c = CascadedWmsMaps.colourAt(out, map, 0, 47.5);
        assertTrue((c >> 16 & 255) > 200 && (c >> 8 & 255) < 60, Integer.toHexString(c));
        assertEquals("image/jpeg", wms.received().get(0).param("FORMAT"));
    }

    @Test
    void mergesTwoAdjacentLayersOfOneServerIntoOneGetMapAndDrawsBoth() throws Exception {
        wms.layer("rails", new FakeWmsHandler.Feature(-9, 41, -6, 43, Color.BLUE));
        String one = mapfile(trusted(), "", "");
        String second = one.substring(one.indexOf("  LAYER"), one.lastIndexOf("END")).replace("\"roads\"",
                "\"rails\"");
        String text = one.substring(0, one.lastIndexOf("END")) + second + "END\n";
        MapDef map = maps.read(text, dir);
        RenderedMap out = maps.render(map);
        assertEquals(1, wms.received().size(), "one GetMap for both layers");
        assertEquals("roads,rails", wms.received().get(0).param("LAYERS"));
        assertEquals(RED, CascadedWmsMaps.colourAt(out, map, 0, 47.5));
        assertEquals(0x0000ff, CascadedWmsMaps.colourAt(out, map, -7.5, 42));
    }

    @Test
    void reprojectsTheImageWhenTheServerLacksTheMapsCrs() throws Exception {
        String text = mapfile(trusted(), "", "")
                .replace("EXTENT -10 40 10 55", "EXTENT -1113195 4865942 1113195 7361866")
                .replace("\"init=epsg:4326\"", "\"init=epsg:3857\"");
        MapDef map = maps.read(text, dir);
        RenderedMap out = maps.render(map);
        assertEquals("EPSG:4326", wms.received().get(0).param("SRS"));
        assertEquals(RED, CascadedWmsMaps.colourAt(out, map, 0, 6_000_000), "lat 47.3 in Mercator");
        assertEquals(WHITE, CascadedWmsMaps.colourAt(out, map, 0, 5_000_000), "lat 40.9: outside the feature");
    }
}
