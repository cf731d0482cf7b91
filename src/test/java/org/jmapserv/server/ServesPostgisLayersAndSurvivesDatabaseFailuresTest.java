package org.jmapserv.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.ResultSet;
import java.sql.Statement;

import org.jmapserv.data.postgis.PostgisCluster;
import org.jmapserv.data.postgis.PostgisClusterExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The server draws PostGIS layers through its shared renderer; a layer whose database refuses it fails that request
 * with MapServer's per-layer message (layer, host and database named, password masked, no HTTP 500), bounded in
 * time, and the next request is served. Request values reach SQL only through VALIDATION and as bound values.
 */
@ExtendWith(PostgisClusterExtension.class)
class ServesPostgisLayersAndSurvivesDatabaseFailuresTest extends OnOneServer {

    static PostgisCluster pg;

    @BeforeAll
    static void maps(PostgisCluster cluster) throws Exception {
        pg = cluster;
        Files.writeString(dir.resolve("pg.map"), map(cluster.connection(), ""));
        Files.writeString(dir.resolve("pgbad.map"), map("host=127.0.0.1 port=" + cluster.port()
                + " dbname=gis user=postgres password=not-the-password connect_timeout=2", ""));
        Files.writeString(dir.resolve("pgsubst.map"), map(cluster.connection(),
                "FILTER (\"[kind]\" = \"%kind%\") VALIDATION \"kind\" \".*\" END"));
        Files.writeString(dir.resolve("pgbind.map"), map(cluster.connection(), "VALIDATION \"kind\" \".*\" END "
                + "BINDVALS \"1\" \"%kind%\" END").replace("geom from parcels",
                "geom from (select * from parcels where kind = $1) as q using unique gid using srid=4326"));
        Files.writeString(dir.resolve("pgstrict.map"), map(cluster.connection(),
                "FILTER (\"[kind]\" = \"%kind%\") VALIDATION \"kind\" \"^[a-z]+$\" \"default_kind\" \"farm\" END"));
    }

    private static String map(String connection, String extra) {
        return """
                MAP
                  NAME "pg"
                  EXTENT 0 0 120 100
                  SIZE 240 200
                  IMAGECOLOR 255 255 255
                  PROJECTION "init=epsg:4326" END
                  WEB METADATA "wms_title" "pg" "wms_srs" "EPSG:4326" "wms_enable_request" "*" END END
                  LAYER NAME "parcels" TYPE POLYGON STATUS ON
                    CONNECTIONTYPE POSTGIS
                    CONNECTION "%s"
                    DATA "geom from parcels"
                    PROCESSING "CLOSE_CONNECTION=DEFER"
                    METADATA "wms_title" "parcels" END
                    %s
                    CLASS STYLE COLOR 255 0 0 END END
                  END
                END
                """.formatted(connection, extra);
    }

    private static HttpResponse<byte[]> get(String map, String query) throws Exception {
        return fx.get("/mapserv?map=" + URLEncoder.encode(dir.resolve(map).toString(), StandardCharsets.UTF_8)
                + "&" + query, null);
    }

    @Test
    void drawsAPostgisLayer() throws Exception {
        HttpResponse<byte[]> r = get("pg.map", "mode=map&layers=all");
        assertEquals(200, r.statusCode());
        BufferedImage img = ServerFixture.image(r);
        assertEquals(0xffff0000, img.getRGB(10, 190), "parcel 0 (lon 0.5..9.5, lat 0.5..9.5) is red");
        assertEquals(0xffffffff, img.getRGB(230, 5), "north-east of every parcel is white");
    }

    @Test
    void failsTheRequestNotTheServerWhenTheDatabaseRefuses() throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<byte[]> bad = get("pgbad.map", "mode=map&layers=all");
        long ms = (System.nanoTime() - t0) / 1_000_000;
        String body = ServerFixture.text(bad);
        assertTrue(ms < 5000, "took " + ms + " ms");
        assertTrue(bad.statusCode() < 500, "status " + bad.statusCode());
        assertTrue(body.contains("msDrawMap(): Failed to draw layer named &#39;parcels&#39;."), body);
        assertTrue(body.contains("password authentication failed"), body);
        assertTrue(body.contains("host=127.0.0.1 port=" + pg.port() + " dbname=gis user=postgres"), body);
        assertFalse(body.contains("not-the-password"), body);
        String wms = ServerFixture.text(get("pgbad.map", "SERVICE=WMS&VERSION=1.1.1&REQUEST=GetMap&LAYERS=parcels"
                + "&SRS=EPSG:4326&BBOX=0,0,120,100&WIDTH=120&HEIGHT=100&FORMAT=image/png&STYLES="));
        assertTrue(wms.contains("ServiceException") && wms.contains("parcels") && !wms.contains("not-the-password"),
                wms);
        assertEquals(0xffff0000, ServerFixture.image(get("pg.map", "mode=map&layers=all")).getRGB(10, 190),
                "the next request is served");
    }

    @Test
    void requestValuesAreBoundNotPasted() throws Exception {
        BufferedImage farm = ServerFixture.image(get("pgsubst.map", "mode=map&layers=all&kind=farm"));
        assertEquals(0xffff0000, farm.getRGB(10 + 20, 190), "parcel 8 (i=1, j=0) is a farm");
        HttpResponse<byte[]> r = get("pgsubst.map", "mode=map&layers=all&kind="
                + URLEncoder.encode("x'); DROP TABLE parcels; --", StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), ServerFixture.text(r));
        assertEquals(0xffffffff, ServerFixture.image(r).getRGB(30, 190), "no parcel is called that");
        try (var c = pg.connect("gis"); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select count(*) from parcels")) {
            rs.next();
            assertEquals(98, rs.getInt(1), "the table is intact");
        }
        BufferedImage bound = ServerFixture.image(get("pgbind.map", "mode=map&layers=all&kind=farm"));
        assertEquals(0xffff0000, bound.getRGB(30, 190), "BINDVALS carry the request value as a parameter");
        HttpResponse<byte[]> evil = get("pgbind.map", "mode=map&layers=all&kind="
                + URLEncoder.encode("farm' OR '1'='1", StandardCharsets.UTF_8));
        assertEquals(0xffffffff, ServerFixture.image(evil).getRGB(30, 190), "quotes in a bound value are data");
        BufferedImage refused = ServerFixture.image(get("pgstrict.map", "mode=map&layers=all&kind="
                + URLEncoder.encode("farm' or 'a'='a", StandardCharsets.UTF_8)));
        assertEquals(0xffff0000, refused.getRGB(30, 190), "the invalid value is refused, the default applies");
        assertEquals(0xffffffff, refused.getRGB(10, 190), "parcel 0 is forest: filtered out by the default");
    }
}
