package org.jmapserv.server;

import java.util.ArrayList;
import java.util.List;

import org.jmapserv.mapfile.model.Metadata;
import org.jmapserv.ows.OwsMetadata;
import org.jmapserv.query.LayerResult;
import org.jmapserv.query.QueryHit;
import org.jmapserv.query.QueryResults;

/**
 * The text/plain GetFeatureInfo answer (msDumpResult, mapwms.cpp): per layer with results its name, then per
 * feature its shape index and the items wms_include_items / ows_include_items allows ("all" for every item) minus
 * wms_exclude_items, each as {@code NAME = 'value'}.
 */
final class FeatureInfoText {

    private FeatureInfoText() {
    }

    static String write(QueryResults results) {
        StringBuilder b = new StringBuilder("GetFeatureInfo results:\n");
        int shown = 0;
        for (LayerResult lr : results.layers()) {
            if (lr.hits().isEmpty()) {
                continue;
            }
            b.append("\nLayer '").append(lr.layer().name()).append("'\n");
            List<Integer> items = includedItems(lr.layer().metadata(), lr.items());
            for (QueryHit h : lr.hits()) {
                b.append("  Feature ").append(h.feature().index()).append(": \n");
                List<String> values = h.feature().values();
                for (int i : items) {
                    b.append("    ").append(lr.items().get(i)).append(" = '").append(values.get(i)).append("'\n");
                }
                shown++;
            }
        }
        if (shown == 0) {
            b.append("\n  Search returned no results.\n");
        }
        return b.toString();
    }

    /** Indexes of the items wms/ows_include_items lists (or all) and wms/ows_exclude_items does not. */
    static List<Integer> includedItems(Metadata md, List<String> items) {
        return included(OwsMetadata.lookup(md, "include_items"), OwsMetadata.lookup(md, "exclude_items"), items);
    }

    static List<Integer> included(String include, String exclude, List<String> items) {
        List<Integer> out = new ArrayList<>();
        if (include == null) {
            return out;
        }
        List<String> inc = List.of(include.split(","));
        List<String> exc = exclude == null ? List.of() : List.of(exclude.split(","));
        for (int i = 0; i < items.size(); i++) {
            String name = items.get(i);
            boolean in = include.equalsIgnoreCase("all") || inc.stream().anyMatch(x -> x.trim().equalsIgnoreCase(name));
            boolean ex = exc.stream().anyMatch(x -> x.trim().equalsIgnoreCase(name));
            if (in && !ex) {
                out.add(i);
            }
        }
        return out;
    }
}
