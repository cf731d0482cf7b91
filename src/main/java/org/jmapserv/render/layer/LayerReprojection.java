package org.jmapserv.render.layer;

import java.util.List;

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

    private final Reprojector projToMap;
    private final Reprojector projToLayer;
    /** MAP ANGLE's geotransform, applied after projecting (null when the map is not rotated). */
    private final MapRotation rotation;
    /** Non-null when anything changes coordinates: {@link #mapTransform} must be used. */
    private final Object toMap;
    /** LAYER TRANSFORM other than TRUE: coordinates are pixels from a position of the image (null otherwise). */
    private final RelativePosition relative;

    private LayerReprojection(Reprojector toMap, Reprojector toLayer) {
        this(toMap, toLayer, null);
    }

    private LayerReprojection(Reprojector toMap, Reprojector toLayer, MapRotation rotation) {
        this.projToMap = toMap;
        this.projToLayer = toLayer;
        this.rotation = rotation;
        this.relative = null;
        this.toMap = toMap != null || rotation != null ? Boolean.TRUE : null;
    }

    private LayerReprojection(RelativePosition relative) {
        this.projToMap = null;
        this.projToLayer = null;
        this.rotation = null;
        this.relative = relative;
        this.toMap = Boolean.TRUE;
    }

    /** Layer to map coordinates in place: projection, then the rotation; returns how many points failed. */
    private int mapTransform(double[] xy, int offset, int count) {
        if (relative != null) {
            double[] part = java.util.Arrays.copyOfRange(xy, offset, offset + 2 * count);
            relative.toMap(part);
            System.arraycopy(part, 0, xy, offset, part.length);
            return 0;
        }
        int failed = projToMap == null ? 0 : projToMap.transform(xy, offset, count);
        if (rotation != null) {
            rotation.forward(xy, offset, count);
        }
        return failed;
    }

    static LayerReprojection of(LayerDef layer, DrawContext ctx) throws RenderException {
        return of(layer, ctx, List.of());
    }

    /**
     * As {@link #of(LayerDef, DrawContext)}; {@code PROJECTION AUTO} takes {@code sourceProjection}, the data
     * source's own CRS (a shapefile's .prj, a GeoPackage's srs, ...), and is an error when the source does not say it
     * (rather than drawing unprojected).
     */
    static LayerReprojection of(LayerDef layer, DrawContext ctx, List<String> sourceProjection) throws RenderException {
        RelativePosition relative = RelativePosition.of(layer, ctx.view().grid());
        if (relative != null) {
            return new LayerReprojection(relative); // msDrawVectorLayer projects only TRANSFORM TRUE layers
        }
        if (layer.projection().isAuto()) {
            layer = withProjection(layer, !sourceProjection.isEmpty() ? sourceProjection : noAutoProjection(layer));
        }
        // MAP ANGLE rotates through the map projection's geotransform, which only layers that are reprojected
        // go through (msProjectionsDiffer is true for them because of the geotransform)
        MapRotation rot = ctx.map().angle() == 0 || layer.projection().isEmpty() || ctx.map().projection().isEmpty()
                ? null : MapRotation.of(ctx.map().angle(), ctx.view());
        if (layer.projection().isEmpty() || ctx.map().projection().isEmpty()
                || !Reprojector.argsDiffer(layer.projection().args(), ctx.map().projection().args())) {
            return new LayerReprojection(null, null, rot);
        }
        try {
            Projection lp = ctx.projections().fromMapfileArgs(layer.projection().args());
            Projection mp = ctx.projections().fromMapfileArgs(ctx.map().projection().args());
            Reprojector a = Reprojector.between(lp, mp);
            Reprojector b = Reprojector.between(mp, lp);
            return a.isIdentity() ? new LayerReprojection(null, null, rot) : new LayerReprojection(a, b, rot);
        } catch (ProjectionException e) {
            throw VectorLayerPainter.failure(layer, "msProcessProjection(): Projection library error. "
                    + e.getMessage());
        }
    }

    private static List<String> noAutoProjection(LayerDef layer) throws RenderException {
        throw VectorLayerPainter.failure(layer, "msLayerGetAutoProjection(): PROJECTION AUTO, but the "
                + "layer's datasource does not say its coordinate system; give the PROJECTION explicitly.");
    }

    private static LayerDef withProjection(LayerDef layer, java.util.List<String> args) {
        LayerDef.Builder b = layer.toBuilder();
        b.projection = new org.jmapserv.mapfile.model.ProjectionDef(args, layer.projection().source());
        return b.build();
    }

    /** The map extent expressed in the layer's coordinates, for the data query. */
    Extent queryExtent(Extent mapExtent) {
        if (relative != null) {
            // pixel coordinates: every feature is read, the image clips them
            return new Extent(-Double.MAX_VALUE, -Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE);
        }
        Extent e = rotation == null ? mapExtent : rotation.inverseBounds(mapExtent);
        if (projToLayer == null) {
            return e;
        }
        Rect r = projToLayer.transform(Rect.of(e));
        return r.toExtent();
    }

    /** Whether layer and map coordinates differ (layer->project). */
    boolean projects() {
        return toMap != null;
    }

    /** Moves x,y pairs from layer to map coordinates in place (msProjectShapeEx). */
    void pointsToMap(double[] xy) {
        if (toMap != null) {
            mapTransform(xy, 0, xy.length / 2);
        }
    }

    /** Moves x,y pairs from map to layer coordinates in place. */
    void pointsToLayer(double[] xy) {
        if (rotation != null) {
            rotation.inverse(xy, 0, xy.length / 2);
        }
        if (projToLayer != null) {
            projToLayer.transform(xy, 0, xy.length / 2);
        }
    }

    /**
     * The feature in map coordinates, or {@code null} when nothing of it could be projected. Lines and polygons
     * that leave the projection's valid area (the far side of an orthographic globe) are cut at the horizon as
     * msProjectShapeLine cuts them: the horizon point is found by bisection (msProjectSegment, to 0.01 layer
     * units), a line is split into one part per visible stretch, a polygon ring runs along one straight segment
     * from where it went over the horizon to where it came back and is closed again. Point parts with a point
     * that fails are dropped (msProjectLineEx).
     */
    Feature toMap(Feature f) {
        if (toMap == null) {
            return f;
        }
        ShapeGeometry in = f.shape();
        double[] xy = in.coordinates().clone();
        int n = xy.length / 2;
        int failed = mapTransform(xy, 0, n);
        if (failed == 0) {
            if (rotation == null && projToMap != null && projToMap.wrapsAtDateline()) {
                wrapAtDateline(in, xy);
            }
            return new Feature(f.index(), ShapeGeometry.of(in.kind(), in.partStarts(), xy), f.attributes());
        }
        if (failed == n) {
            return null;
        }
        java.util.List<double[]> parts = new java.util.ArrayList<>();
        for (int p = 0; p < in.partCount(); p++) {
            int s = in.partStart(p);
            int e = in.partEnd(p);
            switch (in.kind()) {
                case LINE -> acrossHorizon(in, xy, s, e, false, parts);
                case POLYGON -> acrossHorizon(in, xy, s, e, true, parts);
                default -> {
                    boolean ok = true;
                    for (int i = s; i < e; i++) {
                        ok &= !Double.isNaN(xy[2 * i]);
                    }
                    if (ok) {
                        parts.add(java.util.Arrays.copyOfRange(xy, 2 * s, 2 * e));
                    }
                }
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        int total = parts.stream().mapToInt(a -> a.length).sum();
        double[] out = new double[total];
        int[] starts = new int[parts.size()];
        int k = 0;
        for (int i = 0; i < parts.size(); i++) {
            starts[i] = k / 2;
            System.arraycopy(parts.get(i), 0, out, k, parts.get(i).length);
            k += parts.get(i).length;
        }
        return new Feature(f.index(), ShapeGeometry.of(in.kind(), starts, out), f.attributes());
    }

    /**
     * The dateline wrap of msProjectShapeLine (lines, rings) and msProjectLineEx (points) when projecting to
     * lat/long: a point more than 180 degrees of longitude from the previous output point (for points: from the
     * part's first) is moved by 360 degrees towards it when msTestNeedWrap says the segment was wrapped, i.e.
     * the previous point was itself moved, or the segment's projected middle does not lie between its ends.
     */
    private void wrapAtDateline(ShapeGeometry in, double[] xy) {
        boolean points = in.kind() != org.jmapserv.data.ShapeKind.LINE
                && in.kind() != org.jmapserv.data.ShapeKind.POLYGON;
        for (int p = 0; p < in.partCount(); p++) {
            int s = in.partStart(p);
            int e = in.partEnd(p);
            for (int i = s + 1; i < e; i++) {
                int ref = points ? s : i - 1;
                double dist = xy[2 * i] - xy[2 * ref];
                if (Math.abs(dist) > 180.0 && needsWrap(in.x(i), in.y(i), in.x(ref), in.y(ref), xy[2 * ref])) {
                    xy[2 * i] += dist > 0 ? -360.0 : 360.0;
                }
            }
        }
    }

    /** msTestNeedWrap: pt1 = this point, pt2 = the reference point (layer units), pt2Geo its output longitude. */
    private boolean needsWrap(double x1, double y1, double x2, double y2, double pt2GeoX) {
        double[] t = {x1, y1, x2, y2, (x1 + x2) * 0.5, (y1 + y2) * 0.5};
        if (projToMap.transform(t, 0, 3) > 0) {
            return false;
        }
        if (Math.abs(pt2GeoX - t[2]) > 180.0) {
            return true; // the reference point was moved: keep moving
        }
        double mid = t[4];
        return (mid < t[0] && mid < pt2GeoX) || (mid > t[0] && mid > pt2GeoX);
    }

    /**
     * A TYPE CIRCLE shape as circleLayerDrawShape reprojects it: only the centre is projected, the radius stays in
     * layer units (it is then divided by the map's cell size); returned as the two-point box the painter expects.
     */
    Feature circleToMap(Feature f) {
        ShapeGeometry s = f.shape();
        if (toMap == null || s.partCount() != 1 || s.partEnd(0) - s.partStart(0) != 2) {
            return toMap == null ? f : toMap(f);
        }
        int i = s.partStart(0);
        double cx = (s.x(i) + s.x(i + 1)) / 2;
        double cy = (s.y(i) + s.y(i + 1)) / 2;
        double r = Math.abs(cx - s.x(i));
        if (r == 0) {
            r = Math.abs(cy - s.y(i));
        }
        double[] c = {cx, cy};
        if (mapTransform(c, 0, 1) > 0) {
            return null;
        }
        double[] xy = {c[0] - r, c[1], c[0] + r, c[1]};
        return new Feature(f.index(), ShapeGeometry.of(s.kind(), new int[] {0}, xy), f.attributes());
    }

    /**
     * One part walked across the horizon (msProjectShapeLine): where it goes over, the bisected horizon point ends
     * the visible stretch and, where it comes back, starts the next. A line is split there into one part per
     * stretch; a ring keeps going, so its stretches are joined along the horizon and closed again.
     */
    private void acrossHorizon(ShapeGeometry in, double[] xy, int s, int e, boolean ring,
            java.util.List<double[]> parts) {
        Points cur = new Points();
        for (int i = s; i < e; i++) {
            boolean valid = !Double.isNaN(xy[2 * i]);
            boolean lastValid = i > s && !Double.isNaN(xy[2 * i - 2]);
            if (!valid) {
                if (lastValid) {
                    double[] h = horizon(in.x(i - 1), in.y(i - 1), in.x(i), in.y(i));
                    if (h != null) {
                        cur.add(h[0], h[1]);
                    }
                    if (!ring) {
                        cur.flushInto(parts, 2);
                        cur = new Points();
                    }
                }
                continue;
            }
            if (i > s && !lastValid) {
                double[] h = horizon(in.x(i), in.y(i), in.x(i - 1), in.y(i - 1));
                if (h != null) {
                    cur.add(h[0], h[1]);
                }
            }
            cur.add(xy[2 * i], xy[2 * i + 1]);
        }
        if (ring) {
            cur.close();
            cur.flushInto(parts, 3);
        } else {
            cur.flushInto(parts, 2);
        }
    }

    /**
     * msProjectSegment: bisects from a point that projects (gx, gy) towards one that does not (bx, by) until the
     * two are within 0.01 (|dx| + |dy|), and returns the last projectable point, projected; null when it fails.
     */
    private double[] horizon(double gx, double gy, double bx, double by) {
        double[] t = new double[2];
        while (Math.abs(gx - bx) + Math.abs(gy - by) > 0.01) {
            double mx = (gx + bx) * 0.5;
            double my = (gy + by) * 0.5;
            t[0] = mx;
            t[1] = my;
            if (mapTransform(t, 0, 1) > 0) {
                if (mx == bx && my == by) {
                    return null;
                }
                bx = mx;
                by = my;
            } else {
                if (mx == gx && my == gy) {
                    return null;
                }
                gx = mx;
                gy = my;
            }
        }
        t[0] = gx;
        t[1] = gy;
        return mapTransform(t, 0, 1) > 0 ? null : t;
    }

    /** A growing list of projected points of one output part. */
    private static final class Points {
        private double[] xy = new double[64];
        private int n;

        void add(double x, double y) {
            if (n + 2 > xy.length) {
                xy = java.util.Arrays.copyOf(xy, xy.length * 2);
            }
            xy[n++] = x;
            xy[n++] = y;
        }

        void close() {
            if (n > 4 && (xy[0] != xy[n - 2] || xy[1] != xy[n - 1])) {
                add(xy[0], xy[1]);
            }
        }

        void flushInto(java.util.List<double[]> parts, int minPoints) {
            if (n / 2 >= minPoints) {
                parts.add(java.util.Arrays.copyOf(xy, n));
            }
        }
    }
}
