package org.jmapserv.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

class ServesMapModeOverHttpTest extends OnOneServer {

    @Test
    void drawsTheAliasedMapAsPngAtTheMapfileSize() throws Exception {
        HttpResponse<byte[]> r = fx.get("/mapserv?map=LOCAL&mode=map&layers=all", null);
        assertEquals(200, r.statusCode());
        assertEquals("image/png", r.headers().firstValue("Content-Type").orElse(""));
        BufferedImage img = ServerFixture.image(r);
        assertEquals(360, img.getWidth());
        assertEquals(180, img.getHeight());
        assertEquals(0xffff0000, img.getRGB(180 + 30, 90 - 20), "inside the box (lon 30, lat 20)");
        assertEquals(0xffffffff, img.getRGB(90, 135), "outside the box");
    }

    @Test
    void drawsOnlyDefaultLayersWhenNoLayerIsListedAsMapserv8Does() throws Exception {
        BufferedImage img = ServerFixture.image(fx.get("/mapserv?map=LOCAL&mode=map", null));
        assertEquals(0xffffffff, img.getRGB(180 + 30, 90 - 20), "the STATUS ON box is off without layers=");
    }

    @Test
    void honoursMapsizeMapextAndTheCgiBinPath() throws Exception {
        HttpResponse<byte[]> r = fx.get("/cgi-bin/mapserv?map=LOCAL&mode=map&layers=all&mapsize=100+50&mapext=0+0+60+30", null);
        BufferedImage img = ServerFixture.image(r);
        assertEquals(100, img.getWidth());
        assertEquals(50, img.getHeight());
        assertEquals(0xffff0000, img.getRGB(50, 25), "the whole view lies inside the box");
    }

    @Test
    void switchesOffLayersNotListedInLayers() throws Exception {
        BufferedImage img = ServerFixture.image(fx.get("/mapserv?map=LOCAL&mode=map&layers=other", null));
        assertEquals(0xffffffff, img.getRGB(210, 70));
        img = ServerFixture.image(fx.get("/mapserv?map=LOCAL&mode=map&layer=box", null));
        assertEquals(0xffff0000, img.getRGB(210, 70));
    }

    @Test
    void refusesMapsizeAboveMaxsizeWithMapservsMessage() throws Exception {
        HttpResponse<byte[]> r = fx.get("/mapserv?map=LOCAL&mode=map&mapsize=5000+5000", null);
        assertTrue(ServerFixture.text(r).contains("msCGILoadForm(): Web application error. Image size out of range."));
        assertEquals("text/html", r.headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void answersUnknownAndUnsupportedModesWithClearErrors() throws Exception {
        assertTrue(ServerFixture.text(fx.get("/mapserv?map=LOCAL&mode=foo", null))
                .contains("msCGISetMode(): Web application error. Invalid mode."));
        assertTrue(ServerFixture.text(fx.get("/mapserv?map=LOCAL&mode=legendicon", null))
                .contains("The specified mode &#39;LEGENDICON&#39; is not supported"));
    }

    @Test
    void ignoresPre8MapLayerEditsAsMapServer8Does() throws Exception {
        HttpResponse<byte[]> r = fx.get("/mapserv?map=LOCAL&mode=map&layers=all&map.layer%5Bbox%5D=STATUS+OFF", null);
        assertEquals(0xffff0000, ServerFixture.image(r).getRGB(210, 70));
    }

    @Test
    void reportsHealth() throws Exception {
        HttpResponse<byte[]> r = fx.get("/health", null);
        assertEquals(200, r.statusCode());
        assertTrue(ServerFixture.text(r).contains("\"status\":\"ok\""));
    }
}
