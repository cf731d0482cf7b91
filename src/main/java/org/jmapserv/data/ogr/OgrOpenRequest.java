package org.jmapserv.data.ogr;

import java.nio.file.Path;
import java.util.Map;

/**
 * Everything a driver needs to open one layer: the resolved datasource file, the DATA reference, an optional native
 * filter (PROCESSING "NATIVE_FILTER=..." — the driver's own SQL), the open options (CONNECTIONOPTIONS), the
 * MapServer layer's name for messages, and the layer ENCODING for shapefiles.
 */
record OgrOpenRequest(Path file, OgrLayerRef ref, String nativeFilter, Map<String, String> openOptions,
                      String layerName, String encoding) {

    OgrOpenRequest withFile(Path f, OgrLayerRef r) {
        return new OgrOpenRequest(f, r, nativeFilter, openOptions, layerName, encoding);
    }

    OgrOpenRequest withNativeFilter(String filter) {
        return new OgrOpenRequest(file, ref, filter, openOptions, layerName, encoding);
    }

    String option(String key) {
        for (Map.Entry<String, String> e : openOptions.entrySet()) {
            if (e.getKey().equalsIgnoreCase(key)) {
                return e.getValue();
            }
        }
        return null;
    }
}
