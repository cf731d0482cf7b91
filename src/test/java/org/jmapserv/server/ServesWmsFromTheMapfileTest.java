package org.jmapserv.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.nio.file.Files;

import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.parse.MapfileReader;
import org.jmapserv.render.MapRenderer;
import org.jmapserv.render.RenderRequest;
import org.jmapserv.wms.client.WmsHttpProfiles;
import org.junit.jupiter.api.Test;

class ServesWmsFromTheMapfileTest extends OnOneServer {

    private static final String GETMAP = "/mapserv?map=LOCAL&SERVICE=WMS&REQUEST=GetMap&LAYERS=box&STYLES=&FORMAT=image/png"
            + "&WIDTH=360&HEIGHT=180";

    @Test
    void getCapabilities111ListsTheLayersWithTheRightContentType() throws Exception {
        HttpResponse<byte[]> r = fx.get("/mapserv?map=LOCAL&SERVICE=WMS&REQUEST=GetCapabilities&VERSION=1.1.1", null);
        assertEquals("application/vnd.ogc.wms_xml;charset=utf-8", type(r));
        String xml = ServerFixture.text(r);
        assertTrue(xml.contains("<WMT_MS_Capabilities version=\"1.1.1\">"));
        assertTrue(xml.contains("<Name>box</Name>") && xml.contains("<Title>Red box</Title>"));
        assertTrue(xml.contains("<SRS>EPSG:3857</SRS>"));
        assertTrue(xml.contains("<LatLonBoundingBox minx=\"-180.000000\" miny=\"-90.000000\" maxx=\"180.000000\" "
                + "maxy=\"90.000000\" />"), xml);
        assertTrue(xml.contains("map=LOCAL&amp;"), "online resource keeps the map alias");
    }

    @Test
    void getCapabilities130WritesLatLonOrderedBoxes() throws Exception {
        HttpResponse<byte[]> r = fx.get("/mapserv?map=LOCAL&SERVICE=WMS&REQUEST=GetCapabilities", null);
        assertEquals("text/xml;charset=utf-8", type(r));
        String xml = ServerFixture.text(r);
        assertTrue(xml.contains("<WMS_Capabilities version=\"1.3.0\""));
        assertTrue(xml.contains("<MaxWidth>4096</MaxWidth>"));
        assertTrue(xml.contains("minx=\"-90.000000\" miny=\"-180.000000\" maxx=\"90.000000\" maxy=\"180.000000\" />"), xml);
    }

    @Test
    void getMap111And130DrawTheSamePictureDespiteAxisOrder() throws Exception {
        BufferedImage a = ServerFixture.image(fx.get(GETMAP + "&VERSION=1.1.1&SRS=EPSG:4326&BBOX=-180,-90,180,90", null));
        BufferedImage b = ServerFixture.image(fx.get(GETMAP + "&VERSION=1.3.0&CRS=EPSG:4326&BBOX=-90,-180,90,180", null));
        for (BufferedImage img : new BufferedImage[] {a, b}) {
            assertEquals(0xffff0000, img.getRGB(210, 70), "lon 30 lat 20 is in the box");
            assertEquals(0xffffffff, img.getRGB(90, 135));
        }
    }

    @Test
    void transparentAndBgcolorAreHonoured() throws Exception {
        BufferedImage t = ServerFixture.image(fx.get(GETMAP + "&VERSION=1.1.1&SRS=EPSG:4326&BBOX=-180,-90,180,90"
                + "&TRANSPARENT=TRUE", null));
        assertEquals(0, t.getRGB(90, 135) >>> 24, "transparent background");
        BufferedImage g = ServerFixture.image(fx.get(GETMAP + "&VERSION=1.1.1&SRS=EPSG:4326&BBOX=-180,-90,180,90"
                + "&BGCOLOR=0x00FF00", null));
        assertEquals(0xff00ff00, g.getRGB(90, 135));
    }

    /** Jetty normalises known types ("text/xml;charset=utf-8"): compare without spaces, in lower case. */
    private static String type(HttpResponse<byte[]> r) {
        return r.headers().firstValue("Content-Type").orElse("").replace(" ", "").toLowerCase(java.util.Locale.ROOT);
    }

    private static void assertException(String query, String code, String contentType, String text) throws Exception {
        HttpResponse<byte[]> r = fx.get("/mapserv?map=LOCAL&SERVICE=WMS&REQUEST=GetMap&" + query, null);
        assertEquals(contentType.replace(" ", "").toLowerCase(java.util.Locale.ROOT), type(r));
        String xml = ServerFixture.text(r);
        assertTrue(xml.contains(code == null ? "<ServiceException>" : "<ServiceException code=\"" + code + "\">"), xml);
        assertTrue(xml.contains(text), xml);
    }

    @Test
    void badGetMapRequestsGetServiceExceptionsWithMapServersCodes() throws Exception {
        String ok = "STYLES=&FORMAT=image/png&WIDTH=10&HEIGHT=10";
        String se111 = "application/vnd.ogc.se_xml; charset=UTF-8";
        String se130 = "text/xml; charset=UTF-8";
        assertException("VERSION=1.1.1&SRS=EPSG:4326&BBOX=-180,-90,180,90&" + ok, "MissingParameterValue", se111,
                "Missing required parameter LAYERS");
        assertException("VERSION=1.3.0&LAYERS=nope&CRS=EPSG:4326&BBOX=-90,-180,90,180&" + ok, "LayerNotDefined", se130,
                "Invalid layer(s) given in the LAYERS parameter.");
        assertException("VERSION=1.1.1&LAYERS=box&SRS=EPSG:9999&BBOX=-180,-90,180,90&" + ok, "InvalidSRS", se111,
                "SRS must be valid for all requested layers.");
        assertException("VERSION=1.3.0&LAYERS=box&CRS=EPSG:9999&BBOX=-180,-90,180,90&" + ok, "InvalidSRS", se130,
                "CRS must be valid");
        assertException("VERSION=1.1.1&LAYERS=box&SRS=EPSG:4326&BBOX=-180,-90,180,90&STYLES=&FORMAT=image/foo"
                + "&WIDTH=10&HEIGHT=10", "InvalidFormat", se111, "Unsupported output format (image/foo).");
        assertException("VERSION=1.1.1&LAYERS=box&SRS=EPSG:4326&BBOX=-180,-90,180,90&STYLES=&FORMAT=image/png"
                + "&WIDTH=10000&HEIGHT=10", null, se111, "WIDTH and HEIGHT must be between 1 and 4096 pixels.");
        assertException("VERSION=1.3.0&LAYERS=box&CRS=EPSG:4326&BBOX=-90,-180&" + ok, null, se130,
                "Wrong number of arguments for BBOX.");
        assertException("VERSION=1.3.0&LAYERS=box&CRS=EPSG:4326&BBOX=-90,-180,90,180&FORMAT=image/png&WIDTH=1&HEIGHT=1",
                "MissingParameterValue", se130, "Missing required parameter STYLES");
    }

    @Test
    void unsupportedRequestsAndDisabledRequestsAreRefused() throws Exception {
        HttpResponse<byte[]> r = fx.get("/mapserv?map=LOCAL&SERVICE=WMS&REQUEST=Foo&VERSION=1.3.0", null);
        assertTrue(ServerFixture.text(r).contains("Incomplete or unsupported WMS request"));
        Files.writeString(dir.resolve("closed.map"), ServerFixture.localMap().replace("\"wms_enable_request\" \"*\"", ""));
        HttpResponse<byte[]> c = fx.get("/mapserv?map=" + dir.resolve("closed.map")
                + "&SERVICE=WMS&REQUEST=GetCapabilities", null);
        assertTrue(ServerFixture.text(c).contains("WMS request not enabled"));
    }

    @Test
    void ourWmsClientCascadesFromOurServer() throws Exception {
        String map = """
                MAP
                  NAME "client" EXTENT -180 -90 180 90 SIZE 360 180 IMAGECOLOR 255 255 255
                  PROJECTION "init=epsg:4326" END
                  LAYER NAME "cascaded" TYPE RASTER STATUS ON CONNECTIONTYPE WMS
                    CONNECTION "%s"
                    METADATA "wms_name" "box" "wms_srs" "EPSG:4326" "wms_server_version" "1.3.0"
                      "wms_format" "image/png" END
                  END
                END
                """.formatted(fx.uri("/mapserv?map=LOCAL&"));
        MapDef client = new MapfileReader().readString(map, "client.map", dir);
        BufferedImage img = MapRenderer.withRemoteLayers(fx.fetcher, WmsHttpProfiles.isolated())
                .render(client, RenderRequest.defaults()).image();
        assertEquals(0xffff0000, img.getRGB(210, 70), "the box, fetched through our WMS server");
        assertEquals(0xffffffff, img.getRGB(90, 135));
    }
}
