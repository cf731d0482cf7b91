package org.jmapserv.data.cluster;

import java.util.List;

import org.jmapserv.mapfile.model.ClusterDef;
import org.jmapserv.mapfile.model.expr.ExpressionDef;

/**
 * A layer's CLUSTER block with the PROCESSING keys RebuildClusters reads (CLUSTER_ALGORITHM=SIMPLE,
 * CLUSTER_GET_ALL_SHAPES, CLUSTER_KEEP_LOCATIONS, CLUSTER_USE_MAP_UNITS; the last three by presence, any value).
 * Any REGION other than "ellipse" (any case) compares rectangles, as RebuildClusters picks its comparator.
 */
public record ClusterOptions(
        double maxDistance,
        double buffer,
        boolean ellipse,
        ExpressionDef group,
        ExpressionDef filter,
        boolean simple,
        boolean allShapes,
        boolean keepLocations,
        boolean mapUnits) {

    /** The options of {@code cluster} under the layer's PROCESSING list. */
    public static ClusterOptions of(ClusterDef cluster, List<String> processing) {
        String algorithm = processingValue(processing, "CLUSTER_ALGORITHM");
        return new ClusterOptions(cluster.maxDistance(), cluster.buffer(),
                cluster.region() != null && cluster.region().equalsIgnoreCase("ellipse"),
                cluster.group() != null && !cluster.group().text().isEmpty() ? cluster.group() : null,
                cluster.filter() != null && !cluster.filter().text().isEmpty() ? cluster.filter() : null,
                algorithm != null && algorithm.regionMatches(true, 0, "SIMPLE", 0, 6),
                processingValue(processing, "CLUSTER_GET_ALL_SHAPES") != null,
                processingValue(processing, "CLUSTER_KEEP_LOCATIONS") != null,
                processingValue(processing, "CLUSTER_USE_MAP_UNITS") != null);
    }

    /** msLayerGetProcessingKey: the value after {@code KEY=} (case-insensitive key), first one wins, else null. */
    private static String processingValue(List<String> processing, String key) {
        for (String p : processing) {
            int eq = p.indexOf('=');
            if (eq > 0 && p.substring(0, eq).strip().equalsIgnoreCase(key)) {
                return p.substring(eq + 1);
            }
        }
        return null;
    }
}
