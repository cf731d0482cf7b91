package org.jmapserv.query;

import java.util.ArrayList;
import java.util.List;

import org.jmapserv.data.DataSourceException;
import org.jmapserv.data.Feature;
import org.jmapserv.data.FeatureCursor;
import org.jmapserv.data.FeatureSource;
import org.jmapserv.data.LayerSources;
import org.jmapserv.geo.ProjectionFactory;
import org.jmapserv.mapfile.model.Extent;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.LayerType;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.model.Status;
import org.jmapserv.mapfile.model.expr.ExpressionEvaluator;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Which layers and classes have features in view, as msHitTestMap (maphittest.c) finds them for content-dependent
 * legends: a layer that is OFF or out of scale has no hits; POINT, LINE and POLYGON layers are opened
 * through {@link LayerSources} over the view's extent (reprojected to the layer), each feature passing the layer
 * FILTER and intersecting the extent is classified as msShapeGetClass does, and its class counts as hit (up to
 * MAXFEATURES features); other layer types (raster, ...) are not tested and keep all their classes.
 */
public final class MapHitTest {

    /** Per layer of the map: whether it is hit, and which of its classes are. */
    public record LayerHits(boolean hit, boolean[] classes) {
    }

    private static final GeometryFactory GEOMETRIES = new GeometryFactory();

    private final LayerSources sources;
    private final ProjectionFactory projections;
    private final ExpressionEvaluator evaluator;
    private final QueryClassifier classifier;

    public MapHitTest(LayerSources sources, ProjectionFactory projections, ExpressionEvaluator evaluator) {
        this.sources = sources;
        this.projections = projections;
        this.evaluator = evaluator;
        this.classifier = new QueryClassifier(evaluator);
    }

    /** The hits of every layer of {@code map} in {@code view} (its extent already fitted to the image). */
    public List<LayerHits> test(MapDef map, QueryView view) throws QueryException {
        List<LayerHits> out = new ArrayList<>();
        for (LayerDef layer : map.layers()) {
            out.add(testLayer(map, view, layer));
        }
        return out;
    }

    private LayerHits testLayer(MapDef map, QueryView view, LayerDef layer) throws QueryException {
        boolean[] classes = new boolean[layer.classes().size()];
        if (!QueryEngine.visible(layer, view)) {
            return new LayerHits(false, classes);
        }
        if (layer.type() != LayerType.POINT && layer.type() != LayerType.LINE
                && layer.type() != LayerType.POLYGON) {
            java.util.Arrays.fill(classes, true); // not hit-tested: drawn as the traditional legend
            return new LayerHits(true, classes);
        }
        LayerToMap proj = LayerToMap.of(map, layer, projections);
        Extent e = view.extent();
        Extent layerRect = proj.toLayer(e);
        Geometry box = GEOMETRIES.toGeometry(new Envelope(e.minX(), e.maxX(), e.minY(), e.maxY()));
        boolean hit = false;
        int found = 0;
        try (FeatureSource src = ClusteredLayers.wrap(sources.open(map, layer), layer, proj, view, evaluator);
                FeatureCursor cursor = src.query(new Envelope(layerRect.minX(), layerRect.maxX(), layerRect.minY(),
                        layerRect.maxY()))) {
            for (Feature f = cursor.next(); f != null; f = cursor.next()) {
                if (layer.filter() != null && !evaluator.matches(layer.filter(), f, layer.filterItem())) {
                    continue;
                }
                if (f.geometry() == null || !proj.toMap(f.geometry()).intersects(box)) {
                    continue;
                }
                int ci = classifier.classify(layer, f, view.scaleDenom());
                if (ci < 0) {
                    continue;
                }
                classes[ci] = true;
                hit = true;
                if (layer.maxFeatures() >= 0 && ++found > layer.maxFeatures()) {
                    break;
                }
            }
        } catch (DataSourceException e2) {
            throw new QueryException(e2.getMessage());
        }
        return new LayerHits(hit, classes);
    }
}
