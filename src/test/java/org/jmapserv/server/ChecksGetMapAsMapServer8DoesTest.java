package org.jmapserv.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.nio.file.Files;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * GetMap checked as Debian's mapserv 8.0 checks it (msWMSLoadGetMapParams): the SRS/CRS must be valid for the map
 * or for every requested layer (layer wms_srs, else its PROJECTION), with code InvalidSRS in 1.3.0 too; a BBOX
 * that does not fit WIDTH/HEIGHT is stretched into them; and the order and wording of its other refusals.
 */
class ChecksGetMapAsMapServer8DoesTest extends OnOneServer {

    /** Map lists only EPSG:4326; "a" adds EPSG:3857, "b" lists nothing, "c" is in EPSG:3857 by PROJECTION. */
    private static final String MAP = """
            MAP
              NAME "o"
              EXTENT -180 -90 180 90
              SIZE 360 180
              IMAGECOLOR 255 255 255
              PROJECTION "init=epsg:4326" END
              WEB METADATA "wms_title" "O" "wms_srs" "EPSG:4326" "wms_enable_request" "*" END END
              LAYER NAME "a" TYPE POLYGON STATUS ON
                METADATA "wms_srs" "EPSG:4326 EPSG:3857" END
                FEATURE POINTS 0 0 0 40 60 40 60 0 0 0 END END
                CLASS STYLE COLOR 255 0 0 END END
              END
              LAYER NAME "b" TYPE POLYGON STATUS ON
                FEATURE POINTS -60 -40 -60 0 0 0 0 -40 -60 -40 END END
                CLASS STYLE COLOR 0 0 255 END END
              END
              LAYER NAME "c" TYPE POLYGON STATUS ON
                PROJECTION "init=epsg:3857" END
                FEATURE POINTS 0 0 0 4000000 6000000 4000000 6000000 0 0 0 END END
                CLASS STYLE COLOR 0 255 0 END END
              END
            END
            """;

    /** Runs after {@link OnOneServer#start()}: the shared server is up. */
    @BeforeAll
    static void prepare() throws Exception {
        Files.writeString(dir.resolve("o.map"), MAP);
    }

    private static HttpResponse<byte[]> getMap(String query) throws Exception {
        return fx.get("/mapserv?map=" + dir.resolve("o.map") + "&SERVICE=WMS&REQUEST=GetMap&FORMAT=image/png&" + query,
                null);
    }

    private static boolean isPng(HttpResponse<byte[]> r) {
        return r.headers().firstValue("Content-Type").orElse("").startsWith("image/png");
    }

    private static void assertRefused(HttpResponse<byte[]> r, String code, String text) {
        String xml = ServerFixture.text(r);
        assertTrue(xml.contains(code == null ? "<ServiceException>" : "<ServiceException code=\"" + code + "\">"), xml);
        assertTrue(xml.contains(text), xml);
    }

    @Test
    void aCrsOutsideTheMapListIsServedWhenEveryRequestedLayerListsIt() throws Exception {
        String q = "VERSION=1.1.1&STYLES=&SRS=EPSG:3857&BBOX=-2e7,-2e7,2e7,2e7&WIDTH=100&HEIGHT=100&LAYERS=";
        assertTrue(isPng(getMap(q + "a")), "layer a lists EPSG:3857 in wms_srs");
        assertTrue(isPng(getMap(q + "c")), "layer c is in EPSG:3857 by its PROJECTION");
        assertRefused(getMap(q + "a,b"), "InvalidSRS",
                "msWMSLoadGetMapParams(): WMS server error. Invalid SRS given : SRS must be valid for all requested layers.");
    }

    @Test
    void version130RefusesWithCodeInvalidSrsAndSaysCrs() throws Exception {
        HttpResponse<byte[]> r = getMap("VERSION=1.3.0&STYLES=&CRS=EPSG:3857&BBOX=-2e7,-2e7,2e7,2e7&WIDTH=100&HEIGHT=100"
                + "&LAYERS=a,b");
        assertRefused(r, "InvalidSRS", "Invalid CRS given : CRS must be valid for all requested layers.");
    }

    @Test
    void crs84IsNotCheckedAgainstTheLists() throws Exception {
        assertTrue(isPng(getMap("VERSION=1.3.0&STYLES=&CRS=CRS:84&BBOX=-180,-90,180,90&WIDTH=100&HEIGHT=100&LAYERS=b")));
    }

    @Test
    void aLayerWithoutProjectionStaysInTheMapfileCrsWhenAnotherIsRequested() throws Exception {
        Files.writeString(dir.resolve("o3857.map"), MAP.replace("\"wms_srs\" \"EPSG:4326\"",
                "\"wms_srs\" \"EPSG:4326 EPSG:3857\""));
        HttpResponse<byte[]> r = fx.get("/mapserv?map=" + dir.resolve("o3857.map") + "&SERVICE=WMS&REQUEST=GetMap"
                + "&FORMAT=image/png&VERSION=1.1.1&STYLES=&SRS=EPSG:3857&BBOX=-2e7,-2e7,2e7,2e7&WIDTH=200&HEIGHT=200"
                + "&LAYERS=b", null);
        assertTrue(isPng(r), ServerFixture.text(r));
        // b spans lon -60..0, lat -40..0: mapserv 8.0 draws it at x 66..98, y 100..123 of 200 in web mercator, not a dot at the centre
        int[] blue = bounds(ServerFixture.image(r), 0x0000ff);
        assertTrue(blue[0] >= 65 && blue[0] <= 68 && blue[2] >= 97 && blue[2] <= 100, java.util.Arrays.toString(blue));
        assertTrue(blue[3] >= 120 && blue[3] <= 126, java.util.Arrays.toString(blue));
    }

    @Test
    void capabilitiesListEachLayersOwnCrsList() throws Exception {
        String xml = ServerFixture.text(fx.get("/mapserv?map=" + dir.resolve("o.map")
                + "&SERVICE=WMS&REQUEST=GetCapabilities&VERSION=1.3.0", null));
        String a = xml.substring(xml.indexOf("<Name>a</Name>"), xml.indexOf("<Name>b</Name>"));
        String bLayer = xml.substring(xml.indexOf("<Name>b</Name>"), xml.indexOf("<Name>c</Name>"));
        String c = xml.substring(xml.indexOf("<Name>c</Name>"));
        assertTrue(a.contains("<CRS>EPSG:4326</CRS>") && a.contains("<CRS>EPSG:3857</CRS>"), a);
        assertFalse(bLayer.contains("<CRS>"), "b has no list of its own: " + bLayer);
        assertTrue(c.contains("<CRS>EPSG:3857</CRS>") && !c.contains("<CRS>EPSG:4326</CRS>"), c);
    }

    @Test
    void aBboxThatDoesNotFitTheSizeIsStretchedIntoIt() throws Exception {
        // 360 x 180 degrees into 100 x 100 pixels: mapserv 8.0 draws box 0..60 x 0..40 at x 50..65, y 28..49
        HttpResponse<byte[]> r = getMap("VERSION=1.1.1&STYLES=&SRS=EPSG:4326&BBOX=-180,-90,180,90&WIDTH=100&HEIGHT=100"
                + "&LAYERS=a");
        BufferedImage img = ServerFixture.image(r);
        assertEquals(100, img.getWidth());
        assertEquals(100, img.getHeight());
        int[] red = bounds(img, 0xff0000);
        assertEquals(100 * 180 / 360, red[0], 1.0, "x from lon 0 of 360 degrees over 100 px: " + java.util.Arrays.toString(red));
        assertEquals(100 * 240 / 360, red[2], 1.5);
        assertEquals(100 * 50 / 180, red[1], 1.0, "y from lat 40 of 180 degrees over 100 px: stretched, not squared");
        // lat 0 lands on a pixel edge: mapserv's faked-extent drawing fills row 49, ours stops at 48
        assertEquals(100 * 90 / 180, red[3], 2.0, java.util.Arrays.toString(red));
    }

    @Test
    void withinOnePixelOfSquareTheExtentIsSquaredAsUsual() throws Exception {
        BufferedImage a = ServerFixture.image(getMap("VERSION=1.1.1&STYLES=&SRS=EPSG:4326&BBOX=-180,-90,180,90"
                + "&WIDTH=200&HEIGHT=101&LAYERS=a"));
        int[] red = bounds(a, 0xff0000);
        // square pixels of 360/200 degrees: lat 0..40 spans 22 px, not the 22.4 a stretch to 101 rows would give
        assertEquals(red[2] - red[0] + 1, 33, 1.0);
        assertEquals(red[3] - red[1] + 1, 22, 1.0);
    }

    @Test
    void theEdgeBasedBboxIsMovedInByHalfAPixelUnlessBboxPixelIsPoint() throws Exception {
        // BBOX 0,0,100,100 at 10 x 10: box a (lat 0..40) reaches into the bottom row only if the BBOX is taken as
        // pixel edges (mapserv 8.0: row 9 pinkish); as pixel centres (BBOX_PIXEL_IS_POINT) lat 0 is row 9's centre
        String q = "VERSION=1.1.1&STYLES=&SRS=EPSG:4326&BBOX=0,0,100,100&WIDTH=10&HEIGHT=10&LAYERS=a";
        BufferedImage edges = ServerFixture.image(getMap(q));
        BufferedImage centres = ServerFixture.image(getMap(q + "&BBOX_PIXEL_IS_POINT=TRUE"));
        assertTrue((edges.getRGB(0, 9) & 0xffffff) != 0xffffff, "bottom row partly covered");
        assertEquals(0xffffff, centres.getRGB(0, 9) & 0xffffff, "bottom row's centre is the box's edge");
    }

    @Test
    void refusalsComeInMapserversOrderWithItsWording() throws Exception {
        String bad = "VERSION=1.1.1&STYLES=&SRS=EPSG:9999&BBOX=-180,-90,180,90&WIDTH=100000&HEIGHT=100";
        assertRefused(getMap(bad + "&LAYERS=nope"), "LayerNotDefined", "Invalid layer(s) given in the LAYERS parameter.");
        assertRefused(getMap(bad + "&LAYERS=a"), "InvalidSRS", "Invalid SRS given");
        assertRefused(getMap("VERSION=1.1.1&STYLES=&SRS=EPSG:4326&BBOX=-180,-90,180,90&HEIGHT=100&LAYERS=a"),
                "MissingParameterValue", "Missing required parameter WIDTH");
        assertRefused(getMap("VERSION=1.1.1&SRS=EPSG:4326&BBOX=-180,-90,180,90&WIDTH=10&HEIGHT=10&LAYERS=a"),
                "MissingParameterValue", "Missing required parameter STYLES. Note to service administrators: defining"
                        + " the &quot;wms_allow_getmap_without_styles&quot; &quot;true&quot; MAP.WEB.METADATA item");
        assertRefused(getMap("VERSION=1.1.1&STYLES=&SRS=EPSG:4326&BBOX=-180,-90,180,90&WIDTH=10&HEIGHT=10&LAYERS="),
                "LayerNotDefined", "Invalid layer(s) given in the LAYERS parameter.");
        assertRefused(getMap("VERSION=1.1.1&STYLES=&SRS=EPSG:4326&BBOX=-180,-90,180,90&WIDTH=abc&HEIGHT=10&LAYERS=a"),
                null, "Image size out of range, WIDTH and HEIGHT must be between 1 and 4096 pixels.");
        HttpResponse<byte[]> foo = getMap("VERSION=1.3.0&STYLES=&CRS=FOO:1&BBOX=-180,-90,180,90&WIDTH=10&HEIGHT=10&LAYERS=a");
        assertRefused(foo, null, "msProcessProjection(): Projection library error.");
        assertTrue(ServerFixture.text(foo).contains("for &quot;FOO:1&quot;"), ServerFixture.text(foo));
    }

    @Test
    void layerNamesMatchWithoutCaseAndTheMapNameMeansEveryLayer() throws Exception {
        String q = "VERSION=1.3.0&STYLES=&CRS=EPSG:4326&BBOX=-90,-180,90,180&WIDTH=360&HEIGHT=180&LAYERS=";
        int[] red = bounds(ServerFixture.image(getMap(q + "A")), 0xff0000);
        assertTrue(red[0] >= 0, "layer A is layer a");
        BufferedImage all = ServerFixture.image(getMap(q + "O"));
        assertTrue(bounds(all, 0xff0000)[0] >= 0 && bounds(all, 0x0000ff)[0] >= 0, "map name O draws every layer");
        assertFalse(bounds(ServerFixture.image(getMap(q + "a")), 0x0000ff)[0] >= 0, "only a was asked for");
    }

    /** minX, minY, maxX, maxY of the pixels with exactly this RGB, or -1s. */
    private static int[] bounds(BufferedImage img, int rgb) {
        int[] b = {-1, -1, -1, -1};
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xffffff) == rgb) {
                    b[0] = b[0] < 0 ? x : Math.min(b[0], x);
                    b[1] = b[1] < 0 ? y : Math.min(b[1], y);
                    b[2] = Math.max(b[2], x);
                    b[3] = Math.max(b[3], y);
                }
            }
        }
        return b;
    }
}
