package org.jmapserv.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

/**
 * The preview page pans and zooms through mapext, starting from the map's EXTENT served at /extent.json (by alias
 * only; an unknown or refused alias gives null and reveals nothing), and draws a map without WMS metadata (the
 * README's samples/world.map) with its own layers instead of none. The page's script is exercised in Chromium by
 * PreviewPageShowsMapsAndTogglesLayersInChromiumTest where Chromium is installed.
 */
class PreviewPagePansAndZoomsThroughMapextTest extends OnOneServer {

    @Test
    void extentJsonGivesTheMapsExtentByAlias() throws Exception {
        HttpResponse<byte[]> r = fx.get("/extent.json?map=LOCAL", null);
        assertEquals(200, r.statusCode());
        assertEquals("[-180.0,-90.0,180.0,90.0]", ServerFixture.text(r));
        assertEquals("null", ServerFixture.text(fx.get("/extent.json?map=/etc/passwd", null)));
        assertEquals("null", ServerFixture.text(fx.get("/extent.json", null)));
    }

    @Test
    void thePageDrawsWithMapextAndFallsBackToTheMapsOwnLayers() throws Exception {
        String page = ServerFixture.text(fx.get("/", null));
        assertTrue(page.contains("params.mapext = ext.join(\" \")"), "pans and zooms through mapext");
        assertTrue(page.contains("addEventListener(\"wheel\"") && page.contains("mousedown"), "wheel zoom, drag pan");
        assertTrue(page.contains("useLayers = names.length > 0"), "no WMS layers: draws the map's own layers");
    }

    @Test
    void aMapextLikeThePagesIsDrawn() throws Exception {
        HttpResponse<byte[]> r = fx.get("/mapserv?map=LOCAL&mode=map&mapsize=600+400&mapext=-90+-45+90+45", null);
        assertEquals(200, r.statusCode());
        assertEquals(600, ServerFixture.image(r).getWidth());
    }
}
