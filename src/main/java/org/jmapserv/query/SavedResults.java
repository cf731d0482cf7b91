package org.jmapserv.query;

import java.util.List;

/**
 * Query results as msSaveQuery writes them with results (saveQueryResults, mapquery.c): per layer with a result
 * cache its index and the records (shape index, class index) in result order; loadQueryResults reads them back.
 */
public record SavedResults(List<LayerRecords> layers) {

    /** One layer's resultCacheObj: its map layer index and its resultObj records. */
    public record LayerRecords(int layerIndex, List<Record> records) {
        public LayerRecords {
            records = List.copyOf(records);
        }
    }

    /** One resultObj: shapeindex, tileindex and classindex (resultindex is always -1 once loaded). */
    public record Record(long shapeIndex, int tileIndex, int classIndex) {
    }

    public SavedResults {
        layers = List.copyOf(layers);
    }
}
