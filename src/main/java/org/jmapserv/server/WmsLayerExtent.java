package org.jmapserv.server;

import org.jmapserv.data.FeatureSource;
import org.jmapserv.data.LayerSources;
import org.jmapserv.mapfile.model.Extent;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.ows.OwsMetadata;
import org.locationtech.jts.geom.Envelope;

/**
 * A layer's extent for capabilities (msOWSGetLayerExtent, mapows.cpp): {@code wms_extent} metadata
 * ("minx miny maxx maxy"), else the layer's EXTENT, else the extent of its data (msLayerGetExtent opens the
 * source); null when none can be had (MapServer then writes a warning comment instead of the boxes).
 */
final class WmsLayerExtent {

    private final LayerSources sources;

    WmsLayerExtent(LayerSources sources) {
        this.sources = sources;
    }

    Extent of(MapDef map, LayerDef layer) {
        String md = OwsMetadata.lookup(layer.metadata(), "extent");
        if (md != null) {
            String[] t = md.trim().split("[\\s,]+");
            if (t.length == 4) {
                try {
                    return new Extent(Double.parseDouble(t[0]), Double.parseDouble(t[1]), Double.parseDouble(t[2]),
                            Double.parseDouble(t[3]));
                } catch (NumberFormatException e) {
                    return null;
                }
            }
            return null;
        }
        if (layer.extent() != null && layer.extent().isValid()) {
            return layer.extent();
        }
        if (!sources.handles(layer)) {
            return null;
        }
        FeatureSource src = null;
        try {
            src = sources.open(map, layer);
            Envelope e = src.bounds();
            return e == null || e.isNull() ? null : new Extent(e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY());
        } catch (RuntimeException e) {
            return null;
        } finally {
            if (src != null) {
                try {
                    src.close();
                } catch (RuntimeException ignored) {
                    // closing a reader that failed to read has nothing more to report
                }
            }
        }
    }
}
