package org.jmapserv.query;

import org.jmapserv.data.FeatureSource;
import org.jmapserv.data.cluster.ClusterFeatureSource;
import org.jmapserv.data.cluster.ClusterFrame;
import org.jmapserv.data.cluster.ClusterOptions;
import org.jmapserv.mapfile.model.Extent;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.LayerType;
import org.jmapserv.mapfile.model.expr.ExpressionEvaluator;

/**
 * Queries and hit tests read a LAYER CLUSTER layer through its clusters, as msLayerWhichShapes on the cluster driver
 * rebuilds them (RebuildClusters) for the map extent and size of the request.
 */
final class ClusteredLayers {

    private ClusteredLayers() {
    }

    /**
     * {@code src} itself, or its clusters for {@code view} (closing them closes {@code src}); a non-point layer fails as
     * msClusterLayerOpen fails, and {@code src} is closed.
     */
    static FeatureSource wrap(FeatureSource src, LayerDef layer, LayerToMap proj, QueryView view,
            ExpressionEvaluator evaluator) throws QueryException {
        if (!ClusterFeatureSource.clusters(layer)) {
            return src;
        }
        if (layer.type() != LayerType.POINT) {
            src.close();
            throw new QueryException("msClusterLayerOpen(): General error message. Only point layers are supported "
                    + "for clustering: " + layer.name());
        }
        Extent e = proj.toLayer(view.extent());
        return new ClusterFeatureSource(src, ClusterOptions.of(layer.cluster(), layer.processing()),
                new ClusterFrame(e.minX(), e.minY(), e.maxX(), e.maxY(), view.width(), view.height()), f -> true,
                evaluator, w -> { }, layer.name());
    }
}
