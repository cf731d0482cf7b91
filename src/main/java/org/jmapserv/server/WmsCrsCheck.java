package org.jmapserv.server;

import java.util.List;
import java.util.Locale;

import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.model.Status;

/**
 * Whether a GetMap's SRS/CRS may be served, as the "validate srs value" step of msWMSLoadGetMapParams
 * (mapwms.cpp): an {@code EPSG:n} code is fine when the map lists it (its wms_srs/ows_srs, else its PROJECTION),
 * otherwise every requested (ON) layer must list it in its own wms_srs/ows_srs or have it as PROJECTION. DEFAULT
 * layers are not asked. Codes outside the EPSG namespace (CRS:84, AUTO...) are not checked here, as in mapserv.
 * The exception code is InvalidSRS for 1.3.0 too, as mapserv 8.0 sends it.
 */
final class WmsCrsCheck {

    private WmsCrsCheck() {
    }

    static void requireValidForLayers(MapDef map, List<LayerDef> layers, String srs, boolean v130)
            throws WmsException {
        if (srs.length() < 5 || !srs.substring(0, 5).equalsIgnoreCase("EPSG:")) {
            return;
        }
        String code = ("EPSG:" + srs.substring(5)).toUpperCase(Locale.ROOT);
        if (WmsSrsList.of(map).contains(code)) {
            return;
        }
        for (LayerDef l : layers) {
            if (l.status() == Status.ON && !WmsSrsList.of(l).contains(code)) {
                String what = v130 ? "CRS" : "SRS";
                throw WmsException.getMap("InvalidSRS", "Invalid " + what + " given : " + what
                        + " must be valid for all requested layers.");
            }
        }
    }
}
