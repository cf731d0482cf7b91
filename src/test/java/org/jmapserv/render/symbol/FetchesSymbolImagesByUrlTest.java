package org.jmapserv.render.symbol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jmapserv.http.HttpFetcher;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.parse.MapfileReader;
import org.jmapserv.render.MapRenderer;
import org.jmapserv.render.RenderException;
import org.jmapserv.render.RenderRequest;
import org.jmapserv.testsupport.LocalHttpsServer;
import org.jmapserv.testsupport.Responders;
import org.jmapserv.testsupport.TestCertificates;
import org.jmapserv.wms.client.WmsHttpProfiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SYMBOL IMAGE "https://..." is fetched through our HTTP client (a real HTTPS server on 127.0.0.1, trusted only
 * through CONFIG "CURL_CA_BUNDLE"), draws exactly as the same image read from a file, and fails clearly when the
 * server is not trusted, answers an error, or the renderer has no HTTP client.
 */
class FetchesSymbolImagesByUrlTest {

    @TempDir
    static Path dir;
    private static LocalHttpsServer server;
    private static Path ca;
    private static final HttpFetcher HTTP = new HttpFetcher();

    @BeforeAll
    static void start() throws Exception {
        TestCertificates certs = TestCertificates.create();
        ca = certs.writeCaBundle(dir.resolve("ca.pem"));
        byte[] png = Files.readAllBytes(Path.of("test-data/symbols/marker.png"));
        byte[] svg = Files.readAllBytes(Path.of("test-data/symbols/flag.svg"));
        server = LocalHttpsServer.https(certs.serverContext(certs.server("localhost", "127.0.0.1")))
                .route("/marker.png", Responders.bytes(200, "image/png", png))
                .route("/flag.svg", Responders.bytes(200, "image/svg+xml", svg))
                .route("/missing.png", Responders.text(404, "no"))
                .start();
    }

    @AfterAll
    static void stop() {
        server.close();
        HTTP.close();
    }

    private static MapDef map(String name, String marker, String flag, boolean trusted) throws Exception {
        Path p = dir.resolve(name + ".map");
        Files.writeString(p, """
                MAP
                  SIZE 80 40
                  EXTENT 0 0 80 40
                  IMAGECOLOR 255 255 255
                  %s
                  SYMBOL NAME "m" TYPE PIXMAP IMAGE "%s" END
                  SYMBOL NAME "f" TYPE SVG IMAGE "%s" END
                  LAYER
                    NAME "p" TYPE POINT STATUS ON
                    FEATURE POINTS 20 20 END END
                    CLASS STYLE SYMBOL "m" SIZE 16 END END
                  END
                  LAYER
                    NAME "q" TYPE POINT STATUS ON
                    FEATURE POINTS 60 20 END END
                    CLASS STYLE SYMBOL "f" SIZE 24 END END
                  END
                END
                """.formatted(trusted ? "CONFIG \"CURL_CA_BUNDLE\" \"" + ca + "\"" : "", marker, flag));
        return new MapfileReader().read(p);
    }

    private static int[] pixels(BufferedImage img) {
        return ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
    }

    @Test
    void urlSymbolsDrawLikeTheSameFiles() throws Exception {
        MapRenderer remote = MapRenderer.withRemoteLayers(HTTP, WmsHttpProfiles.isolated());
        BufferedImage fetched = remote.render(map("remote", server.uri("/marker.png").toString(),
                server.uri("/flag.svg").toString(), true), RenderRequest.defaults()).image();
        BufferedImage local = MapRenderer.standard().render(map("local",
                Path.of("test-data/symbols/marker.png").toAbsolutePath().toString(),
                Path.of("test-data/symbols/flag.svg").toAbsolutePath().toString(), false),
                RenderRequest.defaults()).image();
        assertArrayEquals(pixels(local), pixels(fetched));
        assertTrue(java.util.Arrays.stream(pixels(fetched)).anyMatch(p -> p != 0xffffffff), "something is drawn");
        assertTrue(server.received().stream().anyMatch(r -> r.pathAndQuery().contains("/marker.png")),
                server.received().toString());
    }

    @Test
    void untrustedServerFailsNamingTheSymbolAndUrl() throws Exception {
        MapRenderer remote = MapRenderer.withRemoteLayers(HTTP, WmsHttpProfiles.isolated());
        MapDef m = map("untrusted", server.uri("/marker.png").toString() + "?token=secret",
                Path.of("test-data/symbols/flag.svg").toAbsolutePath().toString(), false);
        RenderException e = assertThrows(RenderException.class, () -> remote.render(m, RenderRequest.defaults()));
        assertTrue(e.getMessage().contains("symbol 'm'") && e.getMessage().contains("/marker.png"), e.getMessage());
        assertFalse(e.getMessage().contains("secret"), "secrets are masked: " + e.getMessage());
    }

    @Test
    void httpErrorFailsTheMap() throws Exception {
        MapRenderer remote = MapRenderer.withRemoteLayers(HTTP, WmsHttpProfiles.isolated());
        MapDef m = map("missing", server.uri("/missing.png").toString(),
                Path.of("test-data/symbols/flag.svg").toAbsolutePath().toString(), true);
        RenderException e = assertThrows(RenderException.class, () -> remote.render(m, RenderRequest.defaults()));
        assertTrue(e.getMessage().contains("HTTP status 404"), e.getMessage());
    }

    @Test
    void rendererWithoutHttpClientRefusesUrlSymbols() throws Exception {
        MapDef m = map("nohttp", server.uri("/marker.png").toString(), server.uri("/flag.svg").toString(), true);
        RenderException e = assertThrows(RenderException.class,
                () -> MapRenderer.standard().render(m, RenderRequest.defaults()));
        assertTrue(e.getMessage().contains("no HTTP client"), e.getMessage());
    }
}
