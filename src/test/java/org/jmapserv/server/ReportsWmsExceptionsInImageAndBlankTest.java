package org.jmapserv.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

/**
 * GetMap errors in the EXCEPTIONS format asked for, as msWMSException: INIMAGE gives an image of the requested
 * size and format with the message written in black, BLANK the same image without text, under either version's
 * name; anything else the XML report.
 */
class ReportsWmsExceptionsInImageAndBlankTest extends OnOneServer {

    private static final String BAD_LAYER = "/mapserv?map=LOCAL&SERVICE=WMS&VERSION=1.1.1&REQUEST=GetMap"
            + "&LAYERS=nope&STYLES=&SRS=EPSG:4326&BBOX=0,0,10,10&WIDTH=300&HEIGHT=120&FORMAT=image/png";

    @Test
    void inimageWritesTheMessageOnAnImageOfTheRequestedSize() throws Exception {
        HttpResponse<byte[]> r = fx.get(BAD_LAYER + "&EXCEPTIONS=application/vnd.ogc.se_inimage", null);
        assertEquals(200, r.statusCode());
        assertEquals("image/png", r.headers().firstValue("Content-Type").orElse(""));
        BufferedImage img = ServerFixture.image(r);
        assertEquals(300, img.getWidth());
        assertEquals(120, img.getHeight());
        assertTrue(darkPixels(img, 0, 30) > 50, "text in the top rows");
        assertEquals(0xffffffff, img.getRGB(299, 119), "IMAGECOLOR below the text");
    }

    @Test
    void blankIsTheSameImageWithoutText() throws Exception {
        BufferedImage img = ServerFixture.image(fx.get(BAD_LAYER + "&EXCEPTIONS=application/vnd.ogc.se_blank", null));
        assertEquals(300, img.getWidth());
        assertEquals(0, darkPixels(img, 0, 120));
    }

    @Test
    void acceptsTheShortNamesAndTransparency() throws Exception {
        String v130 = BAD_LAYER.replace("VERSION=1.1.1", "VERSION=1.3.0").replace("SRS=", "CRS=");
        HttpResponse<byte[]> r = fx.get(v130 + "&TRANSPARENT=TRUE&EXCEPTIONS=BLANK", null);
        BufferedImage img = ServerFixture.image(r);
        assertEquals(0, img.getRGB(5, 5) >>> 24, "transparent, as the GetMap would have been");
        assertTrue(darkPixels(ServerFixture.image(fx.get(v130 + "&EXCEPTIONS=INIMAGE", null)), 0, 30) > 50);
    }

    @Test
    void anUnknownExceptionsFormatGivesTheXmlReport() throws Exception {
        HttpResponse<byte[]> r = fx.get(BAD_LAYER + "&EXCEPTIONS=bogus", null);
        assertEquals("application/vnd.ogc.se_xml; charset=UTF-8", r.headers().firstValue("Content-Type").orElse(""));
        assertTrue(ServerFixture.text(r).contains("code=\"LayerNotDefined\""), ServerFixture.text(r));
    }

    @Test
    void anOutOfRangeSizeGivesMapservs400By300AndAMissingOneTheMapfiles() throws Exception {
        HttpResponse<byte[]> r = fx.get(BAD_LAYER.replace("WIDTH=300", "WIDTH=999999") + "&EXCEPTIONS=INIMAGE", null);
        BufferedImage img = ServerFixture.image(r);
        assertEquals(400, img.getWidth());
        assertEquals(300, img.getHeight());
        img = ServerFixture.image(fx.get(BAD_LAYER.replace("&WIDTH=300", "") + "&EXCEPTIONS=INIMAGE", null));
        assertEquals(360, img.getWidth(), "mapfile SIZE");
        assertEquals(120, img.getHeight());
    }

    @Test
    void inimageUsesTheRequestedFormat() throws Exception {
        HttpResponse<byte[]> r = fx.get(BAD_LAYER.replace("image/png", "image/jpeg") + "&EXCEPTIONS=INIMAGE", null);
        assertEquals("image/jpeg", r.headers().firstValue("Content-Type").orElse(""));
        assertEquals(300, ServerFixture.image(r).getWidth());
    }

    private static int darkPixels(BufferedImage img, int y0, int y1) {
        int n = 0;
        for (int y = y0; y < y1 && y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int p = img.getRGB(x, y);
                if ((p >>> 24) > 200 && ((p >> 16 & 0xff) + (p >> 8 & 0xff) + (p & 0xff)) < 150) {
                    n++;
                }
            }
        }
        return n;
    }
}
