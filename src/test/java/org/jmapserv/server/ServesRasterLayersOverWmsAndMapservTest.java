package org.jmapserv.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.jmapserv.mapfile.model.ConfigFileDef;
import org.jmapserv.mapfile.model.Metadata;
import org.jmapserv.mapfile.parse.MapfileReader;
import org.jmapserv.render.MapRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The WMS server and the mapserv endpoint draw TYPE RASTER layers like any other: a GetMap on the raster's own
 * grid returns its pixels, and a layer whose file is missing gets a WMS exception while the server keeps serving.
 */
class ServesRasterLayersOverWmsAndMapservTest {

    @TempDir
    static Path dir;
    static EmbeddedServer server;
    static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        Path rasters = Path.of("test-data/rasters").toAbsolutePath();
        String map = """
                MAP
                  NAME "rasters"
                  EXTENT 400000 5000000 404000 5003000
                  SIZE 160 120
                  IMAGECOLOR 255 255 255
                  SHAPEPATH "%s"
                  PROJECTION "init=epsg:32633" END
                  WEB METADATA "wms_title" "Rasters" "wms_srs" "EPSG:32633" "wms_enable_request" "*" END END
                  LAYER NAME "rgb" TYPE RASTER STATUS ON DATA "rgb.tif" METADATA "wms_title" "RGB" END END
                  LAYER NAME "gone" TYPE RASTER STATUS OFF DATA "gone.tif" METADATA "wms_title" "Gone" END END
                END
                """.formatted(rasters);
        Files.writeString(dir.resolve("rasters.map"), map);
        ConfigFileDef.Builder cfg = new ConfigFileDef.Builder();
        cfg.maps = Metadata.of(List.of(new Metadata.Entry("RASTERS", dir.resolve("rasters.map").toString())));
        cfg.env = Metadata.of(List.of(new Metadata.Entry("MS_MAP_PATTERN",
                "^" + java.util.regex.Pattern.quote(dir.toString() + "/"))));
        ServerSettings settings = new ServerSettings(cfg.build(), Map.of(), ServerSettings.Limits.defaults());
        MapservHandler handler = new MapservHandler(settings, new MapfileCache(new MapfileReader()),
                MapRenderer.standard());
        server = new EmbeddedServer(handler, "127.0.0.1", 0, null, line -> { }).start();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static HttpResponse<byte[]> get(String q) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + q)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void getMapOnTheRastersGridReturnsItsPixels() throws Exception {
        HttpResponse<byte[]> r = get("/mapserv?map=RASTERS&SERVICE=WMS&VERSION=1.1.1&REQUEST=GetMap&LAYERS=rgb"
                + "&STYLES=&SRS=EPSG:32633&BBOX=400000,5000000,404000,5003000&WIDTH=160&HEIGHT=120&FORMAT=image/png");
        assertEquals(200, r.statusCode());
        BufferedImage img = ImageIO.read(new java.io.ByteArrayInputStream(r.body()));
        BufferedImage src = ImageIO.read(Path.of("test-data/rasters/rgb.tif").toFile());
        for (int[] p : new int[][] {{0, 0}, {37, 5}, {80, 60}, {159, 119}}) {
            assertEquals(src.getRGB(p[0], p[1]) & 0xffffff, img.getRGB(p[0], p[1]) & 0xffffff, "pixel " + p[0]
                    + "," + p[1]);
        }
    }

    @Test
    void mapservModeMapDrawsTheRaster() throws Exception {
        HttpResponse<byte[]> r = get("/mapserv?map=RASTERS&mode=map&layers=rgb");
        assertEquals(200, r.statusCode());
        BufferedImage img = ImageIO.read(new java.io.ByteArrayInputStream(r.body()));
        assertTrue((img.getRGB(80, 60) & 0xffffff) != 0xffffff, "the raster covers the map");
    }

    @Test
    void aMissingRasterIsAWmsExceptionAndTheServerKeepsServing() throws Exception {
        HttpResponse<byte[]> r = get("/mapserv?map=RASTERS&SERVICE=WMS&VERSION=1.1.1&REQUEST=GetMap&LAYERS=gone"
                + "&STYLES=&SRS=EPSG:32633&BBOX=400000,5000000,404000,5003000&WIDTH=160&HEIGHT=120&FORMAT=image/png");
        String body = new String(r.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(r.statusCode() < 500, "status " + r.statusCode());
        assertTrue(body.contains("Failed to draw layer named &#39;gone&#39;") && body.contains("gone.tif"), body);
        assertEquals(200, get("/mapserv?map=RASTERS&mode=map&layers=rgb").statusCode());
    }
}
