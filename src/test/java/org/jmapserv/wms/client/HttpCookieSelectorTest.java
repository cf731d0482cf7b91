package org.jmapserv.wms.client;

import static org.jmapserv.wms.client.WmsTestMaps.map;
import static org.jmapserv.wms.client.WmsTestMaps.metadata;
import static org.jmapserv.wms.client.WmsTestMaps.wmsLayer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.jmapserv.mapfile.model.LayerDef;
import org.junit.jupiter.api.Test;

/** MapServer RFC 42: which Cookie header a WMS layer's request carries. */
class HttpCookieSelectorTest {

    @Test
    void forwardsTheCallersCookiesWhenTheLayerSaysForward() {
        LayerDef layer = wmsLayer("a", "https://h/", "ows_http_cookie", "forward");
        assertEquals("sid=42; lang=en", HttpCookieSelector.select(layer,
                map(null, metadata("http_cookie_data", "sid=42; lang=en"), layer)));
    }

    @Test
    void sendsALiteralCookieValueAsIs() {
        LayerDef layer = wmsLayer("a", "https://h/", "wms_http_cookie", "a=1; b=2");
        assertEquals("a=1; b=2", HttpCookieSelector.select(layer, map(null, metadata(), layer)));
    }

    @Test
    void layerSettingBeatsTheMapsAndWmsBeatsOws() {
        LayerDef layer = wmsLayer("a", "https://h/", "wms_http_cookie", "layer=1", "ows_http_cookie", "ows=1");
        assertEquals("layer=1", HttpCookieSelector.select(layer,
                map(null, metadata("ows_http_cookie", "map=1"), layer)));
    }

    @Test
    void usesTheMapSettingWhenTheLayerHasNone() {
        LayerDef layer = wmsLayer("a", "https://h/");
        assertEquals("sid=9", HttpCookieSelector.select(layer,
                map(null, metadata("ows_http_cookie", "FORWARD", "http_cookie_data", "sid=9"), layer)));
    }

    @Test
    void forwardWithoutIncomingCookiesSendsNothing() {
        LayerDef layer = wmsLayer("a", "https://h/", "ows_http_cookie", "forward");
        assertNull(HttpCookieSelector.select(layer, map(null, metadata("ows_http_cookie", "map=1"), layer)));
    }

    @Test
    void noSettingMeansNoCookieEvenWhenTheCallerSentSome() {
        LayerDef layer = wmsLayer("a", "https://h/");
        assertNull(HttpCookieSelector.select(layer, map(null, metadata("http_cookie_data", "sid=1"), layer)));
    }
}
