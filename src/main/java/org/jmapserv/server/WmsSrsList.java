package org.jmapserv.server;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.jmapserv.geo.EpsgCodes;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.model.Metadata;
import org.jmapserv.mapfile.model.ProjectionDef;
import org.jmapserv.ows.OwsMetadata;

/**
 * The CRS codes the server advertises and accepts (msOWSGetEPSGProj, mapows.cpp): the map's (or a layer's)
 * {@code wms_srs}/{@code ows_srs} list, else its PROJECTION's EPSG code. Upper-case.
 */
final class WmsSrsList {

    private WmsSrsList() {
    }

    static Set<String> of(MapDef map) {
        return of(map.web().metadata(), map.projection());
    }

    static Set<String> of(LayerDef layer) {
        return of(layer.metadata(), layer.projection());
    }

    private static Set<String> of(Metadata metadata, ProjectionDef projection) {
        Set<String> out = new LinkedHashSet<>();
        String md = OwsMetadata.lookup(metadata, "srs");
        if (md != null) {
            for (String s : md.trim().split("\\s+")) {
                if (!s.isEmpty()) {
                    out.add(s.toUpperCase(Locale.ROOT));
                }
            }
        }
        if (out.isEmpty()) {
            EpsgCodes.fromArgs(projection.args()).ifPresent(c -> out.add(c.toUpperCase(Locale.ROOT)));
        }
        return out;
    }
}
