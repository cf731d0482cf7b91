package org.jmapserv.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The server draws OGR and FlatGeobuf layers in mapserv map mode and as a WMS, and a corrupt or missing datasource
 * fails only its request, with mapserv's message naming the layer and the file — never an HTTP 500 or a stack trace;
 * the next request is served.
 */
class ServesOgrLayersAndSurvivesBrokenOnesTest extends OnOneServer {

    private static final Path OGR = Path.of("test-data/ogr").toAbsolutePath();

    private static String map(String extraLayer) {
        return """
                MAP
                  NAME "ogr"
                  EXTENT 9.2 39.6 20.2 47.2
                  SIZE 200 150
                  IMAGECOLOR 255 255 255
                  SHAPEPATH "%s"
                  PROJECTION "init=epsg:4326" END
                  WEB METADATA "wms_title" "ogr" "wms_srs" "EPSG:4326" "wms_enable_request" "*" END END
                  LAYER NAME "countries" TYPE POLYGON STATUS ON
                    CONNECTIONTYPE OGR CONNECTION "world.gpkg" DATA "countries"
                    METADATA "wms_title" "countries" END
                    CLASS STYLE COLOR 255 0 0 END END
                  END
                  LAYER NAME "roads" TYPE LINE STATUS ON
                    CONNECTIONTYPE FLATGEOBUF DATA "roads.fgb"
                    METADATA "wms_title" "roads" END
                    CLASS STYLE COLOR 0 0 255 WIDTH 3 END END
                  END
                  %s
                END
                """.formatted(OGR, extraLayer);
    }

    @BeforeAll
    static void writeMaps() throws Exception {
        Files.writeString(dir.resolve("ogr.map"), map(""));
        Files.write(dir.resolve("broken.gpkg"), "SQLite format 3\0 but then garbage".getBytes());
        Files.writeString(dir.resolve("broken.map"), map("""
                LAYER NAME "bad" TYPE POLYGON STATUS ON
                  CONNECTIONTYPE OGR CONNECTION "%s" DATA "x"
                  CLASS STYLE COLOR 0 255 0 END END
                END
                """.formatted(dir.resolve("broken.gpkg"))));
        Files.writeString(dir.resolve("missing.map"), map("""
                LAYER NAME "gone" TYPE POINT STATUS ON
                  CONNECTIONTYPE FLATGEOBUF DATA "%s"
                  CLASS STYLE COLOR 0 255 0 END END
                END
                """.formatted(dir.resolve("gone.fgb"))));
    }

    private static int redPixels(BufferedImage img) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                n += (img.getRGB(x, y) & 0xffffff) == 0xff0000 ? 1 : 0;
            }
        }
        return n;
    }

    @Test
    void drawsGeoPackageAndFlatGeobufLayersInMapMode() throws Exception {
        HttpResponse<byte[]> r = fx.get("/mapserv?map=" + dir.resolve("ogr.map") + "&mode=map&layers=all", null);
        assertEquals(200, r.statusCode());
        assertEquals("image/png", r.headers().firstValue("Content-Type").orElse(""));
        assertTrue(redPixels(ServerFixture.image(r)) > 5000, "the GeoPackage countries are drawn");
    }

    @Test
    void servesOgrLayersAsWmsGetMap() throws Exception {
        HttpResponse<byte[]> r = fx.get("/mapserv?map=" + dir.resolve("ogr.map") + "&SERVICE=WMS&VERSION=1.1.1"
                + "&REQUEST=GetMap&LAYERS=countries&STYLES=&SRS=EPSG:4326&BBOX=9.2,39.6,20.2,47.2&WIDTH=200&HEIGHT=150"
                + "&FORMAT=image/png", null);
        assertEquals("image/png", r.headers().firstValue("Content-Type").orElse(""));
        assertTrue(redPixels(ServerFixture.image(r)) > 5000);
    }

    @Test
    void aCorruptGeoPackageFailsItsRequestWithTheLayerAndFileAndTheServerGoesOn() throws Exception {
        HttpResponse<byte[]> r = fx.get("/mapserv?map=" + dir.resolve("broken.map") + "&mode=map&layers=all", null);
        String body = ServerFixture.text(r);
        assertEquals(200, r.statusCode(), body);
        assertTrue(body.contains("msDrawMap(): Failed to draw layer named &#39;bad&#39;."), body);
        assertTrue(body.contains("broken.gpkg"), body);
        assertFalse(body.contains("Exception") || body.contains("\tat "), body);
        HttpResponse<byte[]> ok = fx.get("/mapserv?map=" + dir.resolve("broken.map") + "&mode=map&layers=countries+roads", null);
        assertEquals("image/png", ok.headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void aMissingFlatGeobufNamesTheLayerAndFile() throws Exception {
        String body = ServerFixture.text(fx.get("/mapserv?map=" + dir.resolve("missing.map") + "&mode=map&layers=all", null));
        assertTrue(body.contains("Failed to draw layer named &#39;gone&#39;") && body.contains("gone.fgb")
                && body.contains("File not found"), body);
    }
}
