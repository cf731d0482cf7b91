package org.jmapserv.query;

import org.jmapserv.data.cluster.ClusterFeatureSource;

import java.util.ArrayList;
import java.util.List;

import org.jmapserv.data.DataSourceException;
import org.jmapserv.data.Feature;
import org.jmapserv.data.FeatureCursor;
import org.jmapserv.data.FeatureSource;
import org.jmapserv.data.LayerSources;
import org.jmapserv.geo.ProjectionFactory;
import org.jmapserv.mapfile.model.ConnectionType;
import org.jmapserv.mapfile.model.Extent;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.LayerType;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.model.Status;
import org.jmapserv.mapfile.model.Units;
import org.jmapserv.mapfile.model.expr.ExpressionEvaluator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Runs a {@link Query} over a map's layers, mirroring msExecuteQuery and msQueryByPoint / msQueryByRect /
 * msQueryByFilter / msQueryByIndex / msQueryByShape / msQueryByFeatures (mapquery.c): layers from the last to the
 * first (or only the query layer), skipping those that are OFF, not queryable (msIsLayerQueryable), out of scale or
 * raster; the search box reprojected to the layer; per feature the layer FILTER, the class (a feature without class
 * needs a layer TEMPLATE, and one without any template is skipped), then the geometric test in map coordinates.
 * Layers are opened only through {@link LayerSources}, so every feature source answers queries. Thread-safe.
 */
public final class QueryEngine {

    private static final GeometryFactory GEOMETRIES = new GeometryFactory();

    private final LayerSources sources;
    private final ProjectionFactory projections;
    private final ExpressionEvaluator evaluator;
    private final QueryClassifier classifier;

    public QueryEngine(LayerSources sources, ProjectionFactory projections, ExpressionEvaluator evaluator) {
        this.sources = sources;
        this.projections = projections;
        this.evaluator = evaluator;
        this.classifier = new QueryClassifier(evaluator);
    }

    /** A result's feature in the map's projection (msGMLWriteQuery and friends project before writing). */
    public Feature inMapProjection(MapDef map, LayerDef layer, Feature f) throws QueryException {
        Feature out = LayerToMap.of(map, layer, projections).toMap(f);
        return out == null ? f : out;
    }

    /** msHitTestMap over the same sources: which layers and classes have features in {@code view}. */
    public List<MapHitTest.LayerHits> hitTest(MapDef map, QueryView view) throws QueryException {
        return new MapHitTest(sources, projections, evaluator).test(map, view);
    }

    /** msExecuteQuery: the result sets, or an exception with MapServer's message. Empty results are no error. */
    public QueryResults execute(MapDef map, QueryView view, Query q) throws QueryException {
        if (q.selectLayer() >= 0) {
            return byFeatures(map, view, q);
        }
        return switch (q.type()) {
            case INDEX -> byIndex(map, view, q);
            default -> search(map, view, q);
        };
    }

    private QueryResults search(MapDef map, QueryView view, Query q) throws QueryException {
        int start = q.layer() < 0 || q.layer() >= map.layers().size() ? map.layers().size() - 1 : q.layer();
        int stop = q.layer() < 0 || q.layer() >= map.layers().size() ? 0 : q.layer();
        List<LayerResult> out = new ArrayList<>();
        for (int l = start; l >= stop; l--) {
            LayerDef layer = map.layers().get(l);
            if (!searchable(layer, view)) {
                continue;
            }
            LayerResult r = searchLayer(map, view, q, l, layer);
            out.add(0, r);
            if (!r.hits().isEmpty() && q.mode() == QueryMode.SINGLE && q.maxResults() == 0
                    && q.type() != QueryType.FILTER) {
                break; // one result across all layers: the first layer that finds something wins
            }
        }
        return new QueryResults(out);
    }

    /** The layer checks every msQueryBy* makes before opening a layer. */
    private static boolean searchable(LayerDef layer, QueryView view) {
        return LayerQueryability.isQueryable(layer) && visible(layer, view) && layer.type() != LayerType.RASTER;
    }

    /** msLayerIsVisible: not OFF, within MIN/MAXSCALEDENOM (or MIN/MAXGEOWIDTH without them). */
    static boolean visible(LayerDef layer, QueryView view) {
        if (layer.status() == Status.OFF) {
            return false;
        }
        double scale = view.scaleDenom();
        if (scale > 0) {
            if (layer.maxScaleDenom() > 0 && scale > layer.maxScaleDenom()) {
                return false;
            }
            if (layer.minScaleDenom() > 0 && scale <= layer.minScaleDenom()) {
                return false;
            }
        }
        if (layer.maxScaleDenom() <= 0 && layer.minScaleDenom() <= 0) {
            double w = view.extent().maxX() - view.extent().minX();
            return !(layer.maxGeoWidth() > 0 && w > layer.maxGeoWidth())
                    && !(layer.minGeoWidth() > 0 && w < layer.minGeoWidth());
        }
        return true;
    }

    /**
     * Whether running {@code q} squares the map extent to the image as a side effect, as msQueryByRect does
     * (msAdjustExtent on map->extent) for a searched layer with a pixel TOLERANCE, and msQueryByShape /
     * msQueryByFeatures for every searched layer with pixel TOLERANCEUNITS. Templates then show the squared extent.
     */
    public static boolean adjustsExtent(MapDef map, QueryView view, Query q) {
        if (q.type() != QueryType.RECT && q.type() != QueryType.SHAPE && q.selectLayer() < 0) {
            return false;
        }
        int start = q.layer() < 0 || q.layer() >= map.layers().size() ? map.layers().size() - 1 : q.layer();
        int stop = q.layer() < 0 || q.layer() >= map.layers().size() ? 0 : q.layer();
        for (int l = start; l >= stop; l--) {
            LayerDef layer = map.layers().get(l);
            if (!searchable(layer, view) || layer.toleranceUnits() != Units.PIXELS || l == q.selectLayer()) {
                continue; // msQueryByFeatures never searches (nor squares the extent for) the selection layer
            }
            if (q.type() != QueryType.RECT || q.selectLayer() >= 0 || layer.tolerance() > 0) {
                return true;
            }
        }
        return false;
    }

    /** The layer's tolerance in map units: TOLERANCE (default 3 for points and lines, else 0) in TOLERANCEUNITS. */
    static double tolerance(LayerDef layer, QueryView view) {
        double t = layer.tolerance() >= 0 ? layer.tolerance()
                : layer.type() == LayerType.POINT || layer.type() == LayerType.LINE ? 3 : 0;
        if (layer.toleranceUnits() == Units.PIXELS) {
            return t * view.cellSize();
        }
        return t * (layer.toleranceUnits().inchesPerUnit() / view.units().inchesPerUnit());
    }

    private LayerResult searchLayer(MapDef map, QueryView view, Query q, int index, LayerDef layer)
            throws QueryException {
        double t = tolerance(layer, view);
        Extent searchRect;
        Geometry target;
        switch (q.type()) {
            case POINT -> {
                if (q.buffer() > 0) {
                    t = q.buffer();
                }
                searchRect = new Extent(q.x() - t, q.y() - t, q.x() + t, q.y() + t);
                target = GEOMETRIES.createPoint(new Coordinate(q.x(), q.y()));
            }
            case RECT -> {
                // msQueryByRect grows the box only by an explicit TOLERANCE, and then tests intersection
                t = layer.tolerance() > 0 ? t : 0;
                searchRect = grow(q.rect(), t);
                target = GEOMETRIES.toGeometry(new Envelope(searchRect.minX(), searchRect.maxX(), searchRect.minY(),
                        searchRect.maxY()));
                t = 0;
            }
            case SHAPE -> {
                Envelope e = q.shape().getEnvelopeInternal();
                searchRect = grow(new Extent(e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY()), t);
                target = q.shape();
            }
            default -> {
                searchRect = q.rect();
                target = null;
            }
        }
        LayerToMap proj = LayerToMap.of(map, layer, projections);
        Extent layerRect = searchRect == null ? null : proj.toLayer(searchRect);
        List<QueryHit> hits = new ArrayList<>();
        double best = t;
        if (q.type() == QueryType.FILTER && q.filterItem() == null && q.filter() != null
                && q.filter().kind() != org.jmapserv.mapfile.model.expr.ExpressionKind.LOGICAL
                && layer.connectionType() == org.jmapserv.mapfile.model.ConnectionType.POSTGIS) {
            // msQueryByAttributes hands the qstring to msPostGISLayerTranslateFilter, which writes an empty SQL
            // condition for a plain string or regex without qitem: the query fails in MapServer 8.0
            throw new QueryException("msPostGISLayerWhichShapes(): Query error. Error executing query. Check server "
                    + "logs (layer '" + layer.name() + "': qstring \"" + q.filter().text() + "\" is a plain string "
                    + "without qitem, which MapServer 8.0 sends to PostgreSQL as an empty condition; write a logical "
                    + "expression in parentheses)");
        }
        try (FeatureSource src = ClusteredLayers.wrap(sources.open(map, layer), layer, proj, view, evaluator)) {
            // msClusterLayerGetItems: a cluster layer's items are the three cluster items only
            List<String> items = ClusterFeatureSource.clusters(layer) ? ClusterFeatureSource.ITEMS
                    : src.attributeNames();
            if (q.type() == QueryType.FILTER && q.filterItem() != null && !contains(items, q.filterItem())) {
                throw new QueryException(missingItem(layer, q.filterItem()));
            }
            Envelope env = layerRect == null ? null
                    : new Envelope(layerRect.minX(), layerRect.maxX(), layerRect.minY(), layerRect.maxY());
            if (src instanceof org.jmapserv.data.MapViewAware aware && view.extent() != null) {
                // msContourLayerWhichShapes contours the whole map extent for a query, whatever the search rect
                boolean same = layer.projection().isEmpty() || map.projection().isEmpty()
                        || !org.jmapserv.geo.Reprojector.argsDiffer(layer.projection().args(),
                                map.projection().args());
                aware.mapView(new org.jmapserv.data.MapViewAware.View(view.extent().minX(), view.extent().minY(),
                        view.extent().maxX(), view.extent().maxY(), view.cellSize(), view.scaleDenom(), view.width(),
                        view.height(), same, view.cellSize()));
            }
            org.jmapserv.data.LayerGeomTransform transform = org.jmapserv.data.LayerGeomTransform.of(layer,
                    evaluator, view.cellSize(), view.units(), src);
            try (FeatureCursor cursor = src.query(env)) {
                for (Feature next = cursor.next(); next != null; next = cursor.next()) {
                    if (layer.filter() != null && !evaluator.matches(layer.filter(), next, layer.filterItem())) {
                        continue;
                    }
                    Feature f = transform == null ? next : transform.apply(next); // msLayerNextShape, after FILTER
                    if (f == null) {
                        continue;
                    }
                    if (q.type() == QueryType.FILTER && !evaluator.matches(q.filter(), f, q.filterItem())) {
                        continue;
                    }
                    int ci = classifier.classify(layer, f, view.scaleDenom());
                    if (!hasTemplate(layer, ci)) {
                        continue;
                    }
                    QueryHit hit = new QueryHit(f, ci);
                    if (q.type() == QueryType.POINT) {
                        double d = proj.toMap(f.geometry()).distance(target);
                        if (d > best) {
                            continue;
                        }
                        if (q.mode() == QueryMode.SINGLE) {
                            hits.clear();
                            best = d; // the next one must be at least as close
                        }
                    } else if (target != null && !within(proj.toMap(f.geometry()), target, t)) {
                        continue;
                    }
                    hits.add(hit);
                    if (q.type() == QueryType.FILTER && q.mode() == QueryMode.SINGLE) {
                        break;
                    }
                    if (q.mode() == QueryMode.MULTIPLE && q.maxResults() > 0 && hits.size() == q.maxResults()) {
                        break;
                    }
                    if (layer.maxFeatures() > 0 && hits.size() == layer.maxFeatures()) {
                        break;
                    }
                }
            }
            return new LayerResult(index, layer, items, hits);
        } catch (DataSourceException e) {
            throw new QueryException(e.getMessage());
        }
    }

    private static boolean within(Geometry candidate, Geometry target, double tolerance) {
        return tolerance == 0 ? candidate.intersects(target) : candidate.distance(target) < tolerance;
    }

    private static Extent grow(Extent e, double d) {
        return new Extent(e.minX() - d, e.minY() - d, e.maxX() + d, e.maxY() + d);
    }

    /** A found feature counts only if a template can show it: the layer's, or its class's (when it has one). */
    private static boolean hasTemplate(LayerDef layer, int classIndex) {
        if (layer.template() != null) {
            return true;
        }
        if (classIndex < 0 || layer.classes().get(classIndex).status() == Status.OFF) {
            return false;
        }
        return layer.classes().get(classIndex).template() != null;
    }

    private static boolean contains(List<String> items, String name) {
        return items.stream().anyMatch(i -> i.equalsIgnoreCase(name));
    }

    /** The message the layer's driver gives for an unknown item (msDBFGetItemIndex for shapefiles). */
    static String missingItem(LayerDef layer, String item) {
        if (LayerSources.typeOf(layer) == ConnectionType.LOCAL) {
            return "msDBFGetItemIndex(): DBASE file error. Item '" + item + "' not found.";
        }
        return "msLayerWhichItems(): Query error. Item '" + item + "' not found in layer '" + layer.name() + "'.";
    }

    /** Records of clustered layers are not read back by index (see {@link ClusterFeatureSource#indexRefusal}). */
    private static void refuseClustered(String function, LayerDef layer) throws QueryException {
        if (ClusterFeatureSource.clusters(layer)) {
            throw new QueryException(ClusterFeatureSource.indexRefusal(function, layer));
        }
    }

    /** msQueryByIndex: one record of the query layer, whatever its position. */
    private QueryResults byIndex(MapDef map, QueryView view, Query q) throws QueryException {
        if (q.layer() < 0 || q.layer() >= map.layers().size()) {
            throw new QueryException("msQueryByIndex(): Query error. No query layer specified.");
        }
        LayerDef layer = map.layers().get(q.layer());
        if (!LayerQueryability.isQueryable(layer)) {
            throw new QueryException("msQueryByIndex(): Query error. Requested layer has no templates defined so "
                    + "is not queryable.");
        }
        if (ClusterFeatureSource.clusters(layer)) {
            // 8.0 looks the index up among clusters never built for this request, and fails so
            throw new QueryException("msQueryByIndex(): Search returned no results. Not valid record request. "
                    + "msClusterLayerGetShape(): Shapefile error. No feature with this index.");
        }
        try (FeatureSource src = sources.open(map, layer)) {
            List<QueryHit> hits = new ArrayList<>();
            try (FeatureCursor cursor = src.query(null)) {
                for (Feature f = cursor.next(); f != null; f = cursor.next()) {
                    if (f.index() == q.shapeIndex()) {
                        int ci = classifier.classify(layer, f, view.scaleDenom());
                        if (!hasTemplate(layer, ci)) {
                            throw new QueryException("msQueryByIndex(): Query error. Requested shape not valid "
                                    + "against layer classification scheme.");
                        }
                        hits.add(new QueryHit(f, ci));
                        break;
                    }
                }
            }
            if (hits.isEmpty()) {
                throw new QueryException("msQueryByIndex(): Query error. Not valid record request.");
            }
            return new QueryResults(List.of(new LayerResult(q.layer(), layer, src.attributeNames(), hits)));
        } catch (DataSourceException e) {
            throw new QueryException(e.getMessage());
        }
    }

    /**
     * loadQueryResults followed by the msLayerGetShape calls that present them: each saved layer's records are read
     * back by shape index, in the order saved, keeping the saved class index. 8.0 itself fails here for shapefile
     * layers ("Shapefile layer has not been opened"); this reads them as MapServer meant to.
     */
    public QueryResults fromSaved(MapDef map, SavedResults saved) throws QueryException {
        List<LayerResult> out = new ArrayList<>();
        for (SavedResults.LayerRecords lr : saved.layers()) {
            LayerDef layer = map.layers().get(lr.layerIndex());
            java.util.Map<Long, Feature> byIndex = new java.util.HashMap<>();
            java.util.Set<Long> wanted = new java.util.HashSet<>();
            lr.records().forEach(r -> wanted.add(r.shapeIndex()));
            refuseClustered("msLoadQuery()", layer);
        try (FeatureSource src = sources.open(map, layer)) {
                try (FeatureCursor cursor = src.query(null)) {
                    for (Feature f = cursor.next(); f != null && byIndex.size() < wanted.size(); f = cursor.next()) {
                        if (wanted.contains(f.index())) {
                            byIndex.put(f.index(), f);
                        }
                    }
                }
                List<QueryHit> hits = new ArrayList<>();
                for (SavedResults.Record r : lr.records()) {
                    Feature f = byIndex.get(r.shapeIndex());
                    if (f == null) {
                        throw new QueryException("msLayerGetShape(): Query error. Not valid record request.");
                    }
                    int ci = r.classIndex() >= 0 && r.classIndex() < layer.classes().size() ? r.classIndex() : -1;
                    hits.add(new QueryHit(f, ci));
                }
                out.add(new LayerResult(lr.layerIndex(), layer, src.attributeNames(), hits));
            } catch (DataSourceException e) {
                throw new QueryException(e.getMessage());
            }
        }
        out.sort(java.util.Comparator.comparingInt(LayerResult::layerIndex));
        return new QueryResults(out);
    }

    /**
     * msQueryByFeatures: the selection layer is queried first (by the query's own kind), then each of its found
     * shapes selects features of the query layer(s) by intersection or tolerance, without duplicates.
     */
    private QueryResults byFeatures(MapDef map, QueryView view, Query q) throws QueryException {
        Query first = new Query(q.type(), q.mode(), q.selectLayer(), q.maxResults(), q.x(), q.y(), q.buffer(),
                q.rect(), q.filterItem(), q.filter(), q.shapeIndex(), q.shape(), -1);
        QueryResults selected = execute(map, view, first);
        LayerResult sel = selected.forLayer(q.selectLayer()).orElse(null);
        List<LayerResult> out = new ArrayList<>();
        if (sel != null) {
            out.add(sel);
        }
        if (sel == null || sel.hits().isEmpty()) {
            return new QueryResults(out);
        }
        LayerToMap selProj = LayerToMap.of(map, sel.layer(), projections);
        int start = q.layer() < 0 ? map.layers().size() - 1 : q.layer();
        int stop = q.layer() < 0 ? 0 : q.layer();
        for (int l = start; l >= stop; l--) {
            if (l == q.selectLayer() || !searchable(map.layers().get(l), view)) {
                continue;
            }
            List<QueryHit> hits = new ArrayList<>();
            java.util.Set<Long> seen = new java.util.HashSet<>();
            List<String> items = List.of();
            for (QueryHit s : sel.hits()) {
                Geometry shape = selProj.toMap(s.feature().geometry());
                LayerResult r = searchLayer(map, view, Query.byShape(l, shape), l, map.layers().get(l));
                items = r.items();
                for (QueryHit h : r.hits()) {
                    if (seen.add(h.feature().index())) {
                        hits.add(h);
                    }
                }
            }
            out.add(new LayerResult(l, map.layers().get(l), items, hits));
        }
        out.sort(java.util.Comparator.comparingInt(LayerResult::layerIndex));
        return new QueryResults(out);
    }
}
