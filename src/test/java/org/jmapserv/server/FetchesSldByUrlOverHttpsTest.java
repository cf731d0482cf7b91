package org.jmapserv.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import javax.imageio.ImageIO;

import org.jmapserv.http.HttpFetcher;
import org.jmapserv.mapfile.model.ConfigFileDef;
import org.jmapserv.mapfile.parse.MapfileReader;
import org.jmapserv.render.MapRenderer;
import org.jmapserv.testsupport.LocalHttpsServer;
import org.jmapserv.testsupport.Responders;
import org.jmapserv.testsupport.TestCertificates;
import org.jmapserv.wms.client.WmsHttpProfiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code SLD=<url>} on GetMap and GetLegendGraphic (msSLDApplySLDURL), fetched from a real HTTPS server on 127.0.0.1
 * through jmapserv's HTTP client, trusted only through the map's CONFIG "CURL_CA_BUNDLE". References are Debian
 * MapServer 8.0's answers to the same mapfile (test-data/wms/sldurl.map) and SLD served over HTTP
 * (test-data/wms/expected/sldurl-*, the URL's base replaced by {@code @BASE@}): the image drawn with the fetched SLD,
 * the legend, and the exception texts for a 404, an empty document and one over {@code wms_remote_sld_max_bytes}.
 */
class FetchesSldByUrlOverHttpsTest {

    private static final Path WMS = AnswersWmsRequestsLikeMapServer8Test.WMS;
    private static final String GETMAP = "SERVICE=WMS&VERSION=1.1.1&REQUEST=GetMap&LAYERS=countries&STYLES="
            + "&SRS=EPSG:4326&BBOX=9,39,19,47&WIDTH=200&HEIGHT=160&FORMAT=image/png";
    private static final String LEGEND = "SERVICE=WMS&VERSION=1.1.1&REQUEST=GetLegendGraphic&LAYER=countries"
            + "&FORMAT=image/png";

    @TempDir
    static Path dir;
    static LocalHttpsServer trusted;
    static LocalHttpsServer untrusted;
    static HttpFetcher fetcher;
    static MapservHandler handler;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        TestCertificates certs = TestCertificates.create();
        Path ca = certs.writeCaBundle(dir.resolve("ca.pem"));
        byte[] sld = Files.readAllBytes(WMS.resolve("sld/poly.sld"));
        String big = new String(sld, StandardCharsets.UTF_8).replace("<NamedLayer>", "<!--" + "x".repeat(3000)
                + "--><NamedLayer>");
        trusted = LocalHttpsServer.https(certs.serverContext(certs.server("localhost", "127.0.0.1")))
                .route("/poly.sld", Responders.bytes(200, "application/xml", sld))
                .route("/empty.sld", Responders.bytes(200, "application/xml", new byte[0]))
                .route("/big.sld", Responders.bytes(200, "application/xml", big.getBytes(StandardCharsets.UTF_8)))
                .route("/missing.sld", Responders.text(404, "not here"))
                .route("/mark.png", Responders.bytes(200, "image/png", Files.readAllBytes(WMS.resolve("sld/mark.png"))))
                .start();
        TestCertificates other = TestCertificates.create();
        untrusted = LocalHttpsServer.https(other.serverContext(other.server("localhost", "127.0.0.1")))
                .route("/poly.sld", Responders.bytes(200, "application/xml", sld)).start();
        base = trusted.uri("/").toString();
        // the committed mapfile, with the CA bundle of this run's test certificates
        String map = Files.readString(WMS.resolve("sldurl.map")).replace("SHAPEPATH \"../data\"",
                "SHAPEPATH \"" + WMS.resolve("../data").normalize() + "\"\n  CONFIG \"CURL_CA_BUNDLE\" \"" + ca + "\"")
                .replace("FONTSET \"../fonts/fonts.txt\"", "FONTSET \"" + WMS.resolve("../fonts/fonts.txt").normalize()
                        + "\"");
        Files.writeString(dir.resolve("sldurl.map"), map);
        fetcher = new HttpFetcher();
        ServerSettings settings = ServerSettings.of(new ConfigFileDef.Builder().build(), Map.of("MS_MAP_PATTERN",
                "^" + java.util.regex.Pattern.quote(dir + "/")));
        handler = new MapservHandler(settings, new MapfileCache(new MapfileReader()),
                MapRenderer.withRemoteLayers(fetcher, WmsHttpProfiles.isolated()));
    }

    @AfterAll
    static void stop() {
        trusted.close();
        untrusted.close();
        fetcher.close();
    }

    private static MapservResponse ask(String query) {
        return handler.handle(MapservRequest.get("map=" + dir.resolve("sldurl.map") + "&" + query, null,
                "http://localhost/mapserv"));
    }

    @Test
    void drawsGetMapWithTheFetchedSldAs8Does() throws Exception {
        MapservResponse r = ask(GETMAP + "&SLD=" + base + "poly.sld");
        assertEquals("image/png", r.contentType(), r.bodyText());
        assertSimilar("sldurl-getmap.png", r);
        assertFalse(differsLittle(read(r), read(ask(GETMAP))), "the SLD changed the drawing");
        assertTrue(trusted.received().stream().anyMatch(q -> q.pathAndQuery().equals("/poly.sld")));
    }

    @Test
    void drawsTheLegendOfTheFetchedSld() throws Exception {
        assertSimilar("sldurl-legend.png", ask(LEGEND + "&SLD=" + base + "poly.sld"));
    }

    @Test
    void aLegendIgnoresAnSldThatCannotBeFetchedAs8Does() throws Exception {
        assertSimilar("sldurl-legend-404.png", ask(LEGEND + "&SLD=" + base + "missing.sld"));
    }

    @Test
    void reportsA404As8Does() throws Exception {
        assertSameException("sldurl-404.xml", ask(GETMAP + "&SLD=" + base + "missing.sld"));
    }

    @Test
    void reportsAnEmptyDocumentAs8Does() throws Exception {
        assertSameException("sldurl-empty.xml", ask(GETMAP + "&SLD=" + base + "empty.sld"));
    }

    @Test
    void capsTheDocumentAtRemoteSldMaxBytesAs8Does() throws Exception {
        assertSameException("sldurl-too-large.xml", ask(GETMAP + "&SLD=" + base + "big.sld"));
    }

    @Test
    void neverTrustsACertificateOutsideTheBundle() {
        MapservResponse r = ask(GETMAP + "&SLD=" + untrusted.uri("/poly.sld"));
        assertEquals(200, r.status());
        assertTrue(r.bodyText().contains("msSLDApplySLDURL: WMS server error. Could not open SLD "), r.bodyText());
        assertTrue(untrusted.received().isEmpty(), "no request gets through an untrusted TLS handshake");
    }

    @Test
    void masksCredentialsAndRefusesOtherSchemes() {
        String withSecret = base.replace("https://", "https://user:s3cret@") + "missing.sld";
        MapservResponse r = ask(GETMAP + "&SLD=" + withSecret);
        assertTrue(r.bodyText().contains("status 404"), r.bodyText());
        assertFalse(r.bodyText().contains("s3cret"), r.bodyText());
        MapservResponse file = ask(GETMAP + "&SLD=file:///etc/passwd");
        assertTrue(file.bodyText().contains("Could not open SLD file:///etc/passwd"), file.bodyText());
        assertFalse(file.bodyText().contains("root:"), file.bodyText());
    }

    @Test
    void drawsAnExternalGraphicFetchedOverHttpsAs8Does() throws Exception {
        String sld = Files.readString(WMS.resolve("sld/external-graphic.sld")).strip().replace("@BASE@", base);
        MapservResponse r = ask(CITIES + "&SLD_BODY=" + java.net.URLEncoder.encode(sld, StandardCharsets.UTF_8));
        assertEquals("image/png", r.contentType(), r.bodyText());
        assertSimilar("sld-external-graphic.png", r);
        assertTrue(trusted.received().stream().anyMatch(q -> q.pathAndQuery().equals("/mark.png")));
    }

    @Test
    void refusesAnExternalGraphicOutsideTheValidationPattern() throws Exception {
        String sld = Files.readString(WMS.resolve("sld/external-graphic.sld")).strip()
                .replace("@BASE@", "https://example.org/");
        MapservResponse r = ask(CITIES + "&SLD_BODY=" + java.net.URLEncoder.encode(sld, StandardCharsets.UTF_8));
        assertTrue(r.bodyText().contains("SLD ExternalGraphic OnlineResource value fails to validate against "
                + "sld_external_graphic VALIDATION"), r.bodyText());
    }

    private static final String CITIES = "SERVICE=WMS&VERSION=1.1.1&REQUEST=GetMap&LAYERS=cities&STYLES="
            + "&SRS=EPSG:4326&BBOX=9,39,19,47&WIDTH=200&HEIGHT=160&FORMAT=image/png";

    private static void assertSameException(String reference, MapservResponse ours) throws Exception {
        String theirs = Files.readString(WMS.resolve("expected/" + reference)).replace("@BASE@", base);
        assertEquals(200, ours.status());
        assertEquals("application/vnd.ogc.se_xml; charset=UTF-8", ours.contentType());
        assertEquals(XmlCanon.of(theirs, e -> false),
                XmlCanon.of(ours.body(), e -> false));
    }

    private static void assertSimilar(String reference, MapservResponse ours) throws Exception {
        BufferedImage theirs = ImageIO.read(WMS.resolve("expected/" + reference).toFile());
        BufferedImage img = read(ours);
        assertEquals(theirs.getWidth(), img.getWidth(), 4.0, "width");
        assertEquals(theirs.getHeight(), img.getHeight(), 8.0, "height");
        if (theirs.getWidth() == img.getWidth() && theirs.getHeight() == img.getHeight()) {
            double share = AnswersWmsRequestsLikeMapServer8Test.differingShare(theirs, img);
            if (share > 0.01) {
                Files.createDirectories(Path.of("target/wms-diff"));
                ImageIO.write(img, "png", Path.of("target/wms-diff/" + reference).toFile());
            }
            assertTrue(share <= 0.01, reference + ": " + share * 100 + " % of pixels differ (tolerance 1 %), ours in "
                    + "target/wms-diff/" + reference);
        }
    }

    private static boolean differsLittle(BufferedImage a, BufferedImage b) {
        return AnswersWmsRequestsLikeMapServer8Test.differingShare(a, b) <= 0.01;
    }

    private static BufferedImage read(MapservResponse r) throws Exception {
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(r.body()));
        assertNotNull(img, r.bodyText());
        return img;
    }
}
