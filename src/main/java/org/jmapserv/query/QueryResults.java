package org.jmapserv.query;

import java.util.List;
import java.util.Optional;

/**
 * The result sets of one query, in map layer order (only layers that were searched appear), as the layers'
 * resultcache members hold them after msExecuteQuery.
 */
public record QueryResults(List<LayerResult> layers) {

    public static final QueryResults EMPTY = new QueryResults(List.of());

    public QueryResults {
        layers = List.copyOf(layers);
    }

    /** The result set of map layer {@code index}, if it was searched. */
    public Optional<LayerResult> forLayer(int index) {
        return layers.stream().filter(l -> l.layerIndex() == index).findFirst();
    }

    /** Total results across layers (mapserv's NR). */
    public int total() {
        return layers.stream().mapToInt(l -> l.hits().size()).sum();
    }

    /** Layers with at least one result (mapserv's NL). */
    public int layersWithResults() {
        return (int) layers.stream().filter(l -> !l.hits().isEmpty()).count();
    }

    public boolean isEmpty() {
        return total() == 0;
    }
}
