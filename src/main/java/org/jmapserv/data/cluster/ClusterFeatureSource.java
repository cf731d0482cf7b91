package org.jmapserv.data.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.jmapserv.data.Feature;
import org.jmapserv.data.FeatureCursor;
import org.jmapserv.data.FeatureSource;
import org.jmapserv.data.ShapeGeometry;
import org.jmapserv.mapfile.model.expr.ExpressionEvaluator;
import org.locationtech.jts.geom.Envelope;

/**
 * A point layer's source seen through LAYER CLUSTER, as msClusterLayerOpen swaps the layer's vtable for the cluster
 * driver over a copy of the source layer: {@link #query} ignores the rectangle it is given and clusters the points
 * of the whole {@link ClusterFrame} (msClusterLayerWhichShapes calls RebuildClusters on the map extent), then returns
 * one feature per cluster at its points' average (or at the representative with CLUSTER_KEEP_LOCATIONS), carrying
 * {@link ClusterAttributes}. MapServer 8.0 clusters every point and applies the layer FILTER to the clusters (the
 * caller does that, on the representative's attributes); {@code sourceFilter} can narrow the points beforehand.
 * Works over any {@link FeatureSource}.
 */
public final class ClusterFeatureSource implements FeatureSource {

    /** The items msClusterLayerGetItems lists: a cluster layer's whole item list when it is queried. */
    public static final List<String> ITEMS = List.of(ClusterAttributes.FEATURE_COUNT, ClusterAttributes.GROUP,
            ClusterAttributes.BASE_FID);

    private final FeatureSource source;
    private final ClusterOptions options;
    private final ClusterFrame frame;
    private final Predicate<Feature> sourceFilter;
    private final ClusterBuilder builder;
    private List<Feature> clusters;

    /**
     * Wraps {@code source}; {@code sourceFilter} decides which source points take part (the layer FILTER as the
     * source layer evaluates it), {@code warnings} receives msClusterGetGroupText's failures.
     */
    public ClusterFeatureSource(FeatureSource source, ClusterOptions options, ClusterFrame frame,
            Predicate<Feature> sourceFilter, ExpressionEvaluator evaluator, Consumer<String> warnings,
            String layerName) {
        this.source = source;
        this.options = options;
        this.frame = frame;
        this.sourceFilter = sourceFilter;
        this.builder = new ClusterBuilder(options, evaluator, warnings, layerName);
    }

    /**
     * Whether msLayerOpen opens {@code layer} through the cluster driver: its CLUSTER block sets REGION (MapServer 8.0
     * leaves REGION unset by default and then reads the layer unclustered).
     */
    public static boolean clusters(org.jmapserv.mapfile.model.LayerDef layer) {
        return layer.cluster() != null && layer.cluster().region() != null;
    }

    /**
     * The refusal for reading a clustered layer's records back by shape index (msQueryByIndex, saved query files):
     * msClusterLayerGetShape finds them only among the clusters of the request that built them.
     */
    public static String indexRefusal(String function, org.jmapserv.mapfile.model.LayerDef layer) {
        return function + ": Query error. Layer '" + layer.name() + "' is a LAYER CLUSTER layer: jmapserv does not "
                + "read its records back by shape index (clusters exist only for the map extent that built them).";
    }

    /** msClusterLayerGetItems: the three cluster items, then the source layer's own. */
    @Override
    public List<String> attributeNames() {
        List<String> names = new ArrayList<>(List.of(ClusterAttributes.FEATURE_COUNT, ClusterAttributes.GROUP,
                ClusterAttributes.BASE_FID));
        names.addAll(source.attributeNames());
        return names;
    }

    @Override
    public Envelope bounds() {
        return source.bounds();
    }

    @Override
    public FeatureCursor query(Envelope extent) {
        if (clusters == null) {
            clusters = new ArrayList<>();
            for (Candidate c : builder.build(source, frame, sourceFilter)) {
                clusters.add(toFeature(c));
            }
        }
        return FeatureCursor.over(clusters, null);
    }

    /** prepareShape: the representative's shape with its first point moved to the cluster position. */
    private Feature toFeature(Candidate c) {
        ClusterAttributes attrs = c.attributes != null ? c.attributes : ClusterAttributes.member(c);
        ShapeGeometry shape = c.feature.shape();
        if (!options.keepLocations()) {
            if (shape.pointCount() == 1) {
                shape = ShapeGeometry.point(c.avgX, c.avgY);
            } else {
                double[] xy = shape.coordinates().clone();
                xy[0] = c.avgX;
                xy[1] = c.avgY;
                shape = ShapeGeometry.of(shape.kind(), shape.partStarts(), xy);
            }
        }
        return new Feature(c.feature.index(), shape, attrs);
    }

    @Override
    public List<String> autoProjection() {
        return source.autoProjection();
    }

    /** msClusterLayerGetNumFeatures answers the clusters of the last build; before one, the source's count. */
    @Override
    public long count() {
        return clusters != null ? clusters.size() : source.count();
    }

    @Override
    public void close() {
        source.close();
    }
}
