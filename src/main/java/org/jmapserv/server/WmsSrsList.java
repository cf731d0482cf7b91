package org.jmapserv.server;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.jmapserv.geo.EpsgCodes;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.wms.client.OwsMetadata;

/**
 * The CRS codes the server advertises and accepts (msOWSGetEPSGProj, mapows.cpp): the map's
 * {@code wms_srs}/{@code ows_srs} list, else the map PROJECTION's EPSG code. Upper-case.
 */
final class WmsSrsList {

    private WmsSrsList() {
    }

    static Set<String> of(MapDef map) {
        Set<String> out = new LinkedHashSet<>();
        String md = OwsMetadata.lookup(map.web().metadata(), "srs");
        if (md != null) {
            for (String s : md.trim().split("\\s+")) {
                if (!s.isEmpty()) {
                    out.add(s.toUpperCase(Locale.ROOT));
                }
            }
        }
        if (out.isEmpty()) {
            EpsgCodes.fromArgs(map.projection().args()).ifPresent(c -> out.add(c.toUpperCase(Locale.ROOT)));
        }
        return out;
    }
}
