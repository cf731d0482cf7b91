package org.jmapserv.query;

import org.jmapserv.geo.Projection;
import org.jmapserv.geo.ProjectionException;
import org.jmapserv.geo.ProjectionFactory;
import org.jmapserv.geo.Rect;
import org.jmapserv.geo.Reprojector;
import org.jmapserv.mapfile.model.Extent;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.MapDef;
import org.locationtech.jts.geom.Geometry;

/**
 * The layer-to-map reprojection a query needs when msProjectionsDiffer: the search rectangle goes to the layer's
 * coordinates, each candidate's geometry to the map's for the distance test. Identity when either side has no
 * PROJECTION or both say the same.
 */
final class LayerToMap {

    private final Reprojector toMap;
    private final Reprojector toLayer;

    private LayerToMap(Reprojector toMap, Reprojector toLayer) {
        this.toMap = toMap;
        this.toLayer = toLayer;
    }

    static LayerToMap of(MapDef map, LayerDef layer, ProjectionFactory projections) throws QueryException {
        if (layer.projection().isEmpty() || map.projection().isEmpty()
                || !Reprojector.argsDiffer(layer.projection().args(), map.projection().args())) {
            return new LayerToMap(null, null);
        }
        try {
            Projection lp = projections.fromMapfileArgs(layer.projection().args());
            Projection mp = projections.fromMapfileArgs(map.projection().args());
            Reprojector a = Reprojector.between(lp, mp);
            return a.isIdentity() ? new LayerToMap(null, null) : new LayerToMap(a, Reprojector.between(mp, lp));
        } catch (ProjectionException e) {
            throw new QueryException("msProcessProjection(): Projection library error. " + e.getMessage());
        }
    }

    Extent toLayer(Extent mapRect) {
        return toLayer == null ? mapRect : toLayer.transform(Rect.of(mapRect)).toExtent();
    }

    Geometry toMap(Geometry layerGeometry) {
        return toMap == null ? layerGeometry : toMap.transform(layerGeometry);
    }

    /** The feature with its shape in map coordinates, or null when no point could be projected. */
    org.jmapserv.data.Feature toMap(org.jmapserv.data.Feature f) {
        if (toMap == null) {
            return f;
        }
        double[] xy = f.shape().coordinates().clone();
        if (toMap.transform(xy, 0, xy.length / 2) == xy.length / 2) {
            return null;
        }
        return new org.jmapserv.data.Feature(f.index(), org.jmapserv.data.ShapeGeometry.of(f.shape().kind(),
                f.shape().partStarts(), xy), f.attributes());
    }

    boolean isIdentity() {
        return toMap == null;
    }
}
