package org.jmapserv.server;

import java.util.Locale;

import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.ows.OwsRequestEnabling;

/**
 * The checks msWMSDispatch (mapwms.cpp) makes before it hands a request on: VERSION present and one of the served
 * versions, REQUEST present, at least one layer enabled for the request; and the GetMap parameters this port
 * that 1.3.0 restricts (EXCEPTIONS).
 */
final class WmsDispatchCheck {

    private WmsDispatchCheck() {
    }

    static void requireVersionAndRequest(int v, String version, String request) throws WmsException {
        if (v == WmsVersion.NOT_SET) {
            throw new WmsException(null, "msWMSDispatch(): WMS server error. Incomplete WMS request: VERSION "
                    + "parameter missing");
        }
        if (!WmsVersion.supported(v)) {
            throw new UnversionedException("msWMSDispatch(): WMS server error. Invalid WMS version: VERSION "
                    + version + " is not supported. Supported versions are 1.0.0, 1.0.6, 1.0.7, 1.1.0, 1.1.1, 1.3.0");
        }
        if (request == null) {
            throw new WmsException(null, "msWMSDispatch(): WMS server error. Incomplete WMS request: REQUEST "
                    + "parameter missing");
        }
    }

    static boolean anyLayerEnabled(MapDef map, String request) {
        for (boolean b : OwsRequestEnabling.layersEnabled(map, request)) {
            if (b) {
                return true;
            }
        }
        return false;
    }

    static void requireEnabledLayers(MapDef map, String request) throws WmsException {
        if (!anyLayerEnabled(map, request)) {
            throw new WmsException(null, "msWMSDispatch(): WMS server error. WMS request not enabled. Check "
                    + "wms/ows_enable_request settings.");
        }
    }

    static void requireGetMapExtras(RequestParams p, boolean v130) throws WmsException {
        String exceptions = p.first("EXCEPTIONS");
        if (v130 && exceptions != null) {
            String e = exceptions.toUpperCase(Locale.ROOT);
            if (!(e.equals("XML") || e.equals("INIMAGE") || e.equals("BLANK"))) {
                throw WmsException.getMap("InvalidFormat", "Invalid format " + exceptions
                        + " for the EXCEPTIONS parameter.");
            }
        }
    }

    /** An error MapServer reports with no version set (as 1.3.0). */
    static final class UnversionedException extends WmsException {
        UnversionedException(String message) {
            super(null, message);
        }
    }
}
