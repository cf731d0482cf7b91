package org.jmapserv.data;

import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.MapDef;

/**
 * Opens the vector data behind one CONNECTIONTYPE, as each of MapServer's layer vtables does in its
 * {@code LayerOpen} (msShapefileOpen, msINLINELayerOpen, msPostGISLayerOpen, msOGRLayerOpen, ...).
 */
@FunctionalInterface
public interface LayerSourceFactory {

    /**
     * The layer's data, open and ready for {@link FeatureSource#query}. A failure is a {@link DataSourceException}
     * whose message starts with the MapServer function that failed (e.g. {@code "msShapefileOpen(): ..."}) and names
     * the file, or the host and database with credentials masked.
     */
    FeatureSource open(MapDef map, LayerDef layer);
}
