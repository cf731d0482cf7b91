package org.jmapserv.wms.client;

import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.model.Metadata;
import org.jmapserv.ows.OwsMetadata;

/**
 * Chooses the Cookie header of a WMS layer's request (MapServer RFC 42, msPrepareWMSLayerRequest): the layer's
 * {@code wms_http_cookie} / {@code ows_http_cookie}, else the map's (WEB METADATA). {@code forward} (any case) sends
 * the map's {@code http_cookie_data} — the cookies the caller sent, stored there by the CGI/servlet — or nothing
 * when there is none; any other value is sent literally. A layer setting is never completed from the map's.
 */
public final class HttpCookieSelector {

    /** WEB METADATA key where the mapserv endpoint stores the incoming Cookie header. */
    public static final String COOKIE_DATA_KEY = "http_cookie_data";

    private HttpCookieSelector() {
    }

    /** The Cookie header to send, or {@code null} for none. */
    public static String select(LayerDef layer, MapDef map) {
        Metadata web = map.web().metadata();
        String setting = OwsMetadata.lookup(layer.metadata(), "http_cookie");
        if (setting == null) {
            setting = OwsMetadata.lookup(web, "http_cookie");
        }
        if (setting == null) {
            return null;
        }
        if (setting.trim().equalsIgnoreCase("forward")) {
            return web.value(COOKIE_DATA_KEY);
        }
        return setting;
    }
}
