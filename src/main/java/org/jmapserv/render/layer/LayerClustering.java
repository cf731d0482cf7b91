package org.jmapserv.render.layer;

import org.jmapserv.data.FeatureSource;
import org.jmapserv.data.LayerSources;
import org.jmapserv.data.cluster.ClusterFeatureSource;
import org.jmapserv.data.cluster.ClusterFrame;
import org.jmapserv.data.cluster.ClusterOptions;
import org.jmapserv.mapfile.model.ConnectionType;
import org.jmapserv.mapfile.model.Extent;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.LayerType;
import org.jmapserv.render.RenderException;

/**
 * Puts a LAYER CLUSTER layer's source behind {@link ClusterFeatureSource}, as msLayerOpen hooks msClusterLayerOpen:
 * only when the CLUSTER block sets REGION (MapServer 8.0 ignores a CLUSTER without one), and only for POINT layers
 * ("Only point layers are supported for clustering", the layer fails to draw). The clustering frame is the map
 * extent projected into the layer's coordinates, with the image size.
 */
final class LayerClustering {

    private LayerClustering() {
    }

    /** Whether msLayerOpen would open {@code layer} through the cluster driver. */
    static boolean applies(LayerDef layer) {
        return ClusterFeatureSource.clusters(layer);
    }

    /** {@code source} itself, or the clusters of its points for this draw. */
    static FeatureSource wrap(FeatureSource source, LayerDef layer, DrawContext ctx) throws RenderException {
        if (!applies(layer)) {
            return source;
        }
        if (layer.type() != LayerType.POINT) {
            throw VectorLayerPainter.failure(layer, "msClusterLayerOpen(): General error message. Only point layers "
                    + "are supported for clustering: " + layer.name());
        }
        if (layer.filter() != null && (LayerSources.typeOf(layer) == ConnectionType.OGR
                || LayerSources.typeOf(layer) == ConnectionType.FLATGEOBUF)) {
            String w = layer.cluster().source() + ": LAYER '" + layer.name() + "': FILTER on a CLUSTER layer read "
                    + "through " + LayerSources.typeOf(layer) + ": MapServer 8.0 draws nothing here (or crashes on a "
                    + "numeric FILTER); jmapserv clusters the points that pass the FILTER";
            if (!ctx.warnings().contains(w)) {
                ctx.warnings().add(w);
            }
        }
        // RebuildClusters: the map extent, or the image's pixels for a layer in pixel coordinates (TRANSFORM not TRUE)
        Extent e = RelativePosition.of(layer, ctx.view().grid()) != null
                ? new Extent(0, 0, ctx.view().width() - 1, ctx.view().height() - 1)
                : LayerReprojection.of(layer, ctx, source.autoProjection()).queryExtent(ctx.view().extent());
        ClusterFrame frame = new ClusterFrame(e.minX(), e.minY(), e.maxX(), e.maxY(), ctx.view().width(),
                ctx.view().height());
        return new ClusterFeatureSource(source, ClusterOptions.of(layer.cluster(), layer.processing()), frame,
                // probed: 8.0 clusters every point and applies the layer FILTER to the clusters only (the caller does)
                f -> true, ctx.evaluator(), w -> {
                    String at = layer.cluster().source() + ": " + w;
                    if (!ctx.warnings().contains(at)) {
                        ctx.warnings().add(at);
                    }
                }, layer.name());
    }
}
