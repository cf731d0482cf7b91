package org.jmapserv.query;

import java.util.List;

import org.jmapserv.mapfile.model.LayerDef;

/**
 * One layer's result set, MapServer's resultCacheObj: the layer (by index in the map and as queried), its item
 * names (msLayerWhichItems with all items) and its hits in the order they were found.
 */
public record LayerResult(int layerIndex, LayerDef layer, List<String> items, List<QueryHit> hits) {

    public LayerResult {
        items = List.copyOf(items);
        hits = List.copyOf(hits);
    }
}
