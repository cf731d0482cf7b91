package org.jmapserv.render.layer;

import org.jmapserv.data.Feature;
import org.jmapserv.data.ShapeGeometry;
import org.jmapserv.geo.Projection;
import org.jmapserv.geo.ProjectionException;
import org.jmapserv.geo.Rect;
import org.jmapserv.geo.Reprojector;
import org.jmapserv.mapfile.model.Extent;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.render.RenderException;

/**
 * On-the-fly reprojection of a layer into the map's projection, as msDrawVectorLayer does when
 * msProjectionsDiffer: the map extent is projected to the layer to query, every feature back to the map.
 * Identity when either side has no PROJECTION or both say the same. One per layer draw (not thread-safe).
 */
final class LayerReprojection {

    private final Reprojector toMap;
    private final Reprojector toLayer;

    private LayerReprojection(Reprojector toMap, Reprojector toLayer) {
        this.toMap = toMap;
        this.toLayer = toLayer;
    }

    static LayerReprojection of(LayerDef layer, DrawContext ctx) throws RenderException {
        if (layer.projection().isAuto()) {
            layer = withProjection(layer, AutoProjection.of(layer, ctx));
        }
        if (layer.projection().isEmpty() || ctx.map().projection().isEmpty()
                || !Reprojector.argsDiffer(layer.projection().args(), ctx.map().projection().args())) {
            return new LayerReprojection(null, null);
        }
        try {
            Projection lp = ctx.projections().fromMapfileArgs(layer.projection().args());
            Projection mp = ctx.projections().fromMapfileArgs(ctx.map().projection().args());
            Reprojector a = Reprojector.between(lp, mp);
            Reprojector b = Reprojector.between(mp, lp);
            return a.isIdentity() ? new LayerReprojection(null, null) : new LayerReprojection(a, b);
        } catch (ProjectionException e) {
            throw VectorLayerPainter.failure(layer, "msProcessProjection(): Projection library error. "
                    + e.getMessage());
        }
    }

    private static LayerDef withProjection(LayerDef layer, java.util.List<String> args) {
        LayerDef.Builder b = layer.toBuilder();
        b.projection = new org.jmapserv.mapfile.model.ProjectionDef(args, layer.projection().source());
        return b.build();
    }

    /** The map extent expressed in the layer's coordinates, for the data query. */
    Extent queryExtent(Extent mapExtent) {
        if (toLayer == null) {
            return mapExtent;
        }
        Rect r = toLayer.transform(Rect.of(mapExtent));
        return r.toExtent();
    }

    /** Whether layer and map coordinates differ (layer->project). */
    boolean projects() {
        return toMap != null;
    }

    /** Moves x,y pairs from layer to map coordinates in place (msProjectShapeEx). */
    void pointsToMap(double[] xy) {
        if (toMap != null) {
            toMap.transform(xy, 0, xy.length / 2);
        }
    }

    /** Moves x,y pairs from map to layer coordinates in place. */
    void pointsToLayer(double[] xy) {
        if (toLayer != null) {
            toLayer.transform(xy, 0, xy.length / 2);
        }
    }

    /** The feature in map coordinates, or {@code null} when no point could be projected. */
    Feature toMap(Feature f) {
        if (toMap == null) {
            return f;
        }
        double[] xy = f.shape().coordinates().clone();
        int failed = toMap.transform(xy, 0, xy.length / 2);
        if (failed == xy.length / 2) {
            return null;
        }
        return new Feature(f.index(), ShapeGeometry.of(f.shape().kind(), f.shape().partStarts(), xy), f.attributes());
    }
}
