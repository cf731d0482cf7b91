package org.jmapserv.geo;

import java.util.List;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.GeometryTransformer;
import org.locationtech.proj4j.BasicCoordinateTransform;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.Proj4jException;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * Moves coordinates from one projection to another: raw x,y arrays (the renderer's fast path for shapefile
 * streams), JTS geometries and rectangles. Mirrors msProjectPoint / msProjectShape / msProjectRect
 * (mapproject.c). A point that fails to project (proj4j throws or returns a non-finite value) is dropped from
 * geometries, as msProjectShapeLine drops it, and marked NaN in arrays.
 *
 * <p>It is the identity when either side has no CRS (MapServer never reprojects then) or both CRSs are the same
 * semantically (same projection, parameters and datum), which is looser than MapServer's string comparison
 * {@link #argsDiffer}; the result is the same coordinates either way, only faster.
 *
 * <p>Not thread-safe (proj4j transforms keep scratch state): create one per thread or per request; creation is
 * cheap because the CRSs come from {@link ProjectionFactory}'s cache.
 */
public final class Reprojector {

    private final BasicCoordinateTransform transform;
    private final boolean targetGeographic;
    private final boolean sourceGeographic;
    private final ProjCoordinate in = new ProjCoordinate();
    private final ProjCoordinate out = new ProjCoordinate();
    /** Lat/long back to the projected source, made when a longitude must be unclamped (see {@link #unclamp}). */
    private BasicCoordinateTransform backwards;

    private Reprojector(BasicCoordinateTransform transform, boolean sourceGeographic, boolean targetGeographic) {
        this.transform = transform;
        this.sourceGeographic = sourceGeographic;
        this.targetGeographic = targetGeographic;
    }

    public static Reprojector between(Projection source, Projection target) {
        if (!source.isDefined() || !target.isDefined() || sameCrs(source.crs(), target.crs())) {
            return new Reprojector(null, source.isGeographic(), target.isGeographic());
        }
        return new Reprojector(new BasicCoordinateTransform(source.crs(), target.crs()), source.isGeographic(),
                target.isGeographic());
    }

    /** Semantic CRS equality: same projection with the same parameters, and the same datum. */
    public static boolean sameCrs(CoordinateReferenceSystem a, CoordinateReferenceSystem b) {
        if (a == b) {
            return true;
        }
        try {
            return a != null && b != null && a.equals(b);
        } catch (RuntimeException e) {
            // proj4j's equals dereferences optional parts (units) without checking: treat as different.
            return false;
        }
    }

    /**
     * MapServer's own notion of "the projections differ" (msProjectionsDifferInternal): false when either list
     * is empty, true when the lengths differ, otherwise an exact, case-sensitive comparison of each argument. So
     * {@code EPSG:3857} and {@code init=epsg:3857} differ although they are the same CRS.
     */
    public static boolean argsDiffer(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        return !a.equals(b);
    }

    public boolean isIdentity() {
        return transform == null;
    }

    /**
     * Whether projected coordinates go to a geographic CRS, where msProjectShapeLine / msProjectLineEx apply
     * their dateline wrap test (msTestNeedWrap).
     */
    public boolean wrapsAtDateline() {
        return transform != null && targetGeographic && !sourceGeographic;
    }

    boolean sourceIsGeographic() {
        return sourceGeographic;
    }

    boolean targetIsGeographic() {
        return targetGeographic;
    }

    /**
     * Projects {@code count} interleaved x,y pairs in place from {@code offset}. Failed points become NaN,NaN.
     *
     * @return the number of points that failed
     */
    public int transform(double[] xy, int offset, int count) {
        if (transform == null) {
            return 0;
        }
        int failed = 0;
        int end = offset + 2 * count;
        for (int i = offset; i < end; i += 2) {
            if (!project(xy[i], xy[i + 1])) {
                xy[i] = Double.NaN;
                xy[i + 1] = Double.NaN;
                failed++;
            } else {
                xy[i] = out.x;
                xy[i + 1] = out.y;
            }
        }
        return failed;
    }

    /** Projects one point; on success the result is in {@link #lastX()} / {@link #lastY()}. */
    boolean project(double x, double y) {
        if (transform == null) {
            out.x = x;
            out.y = y;
            return true;
        }
        in.x = x;
        in.y = y;
        try {
            transform.transform(in, out);
            if (Math.abs(out.x) == 180.0 && targetGeographic && !sourceGeographic) {
                unclamp(x, y);
            }
        } catch (Proj4jException | ArithmeticException e) {
            return false;
        }
        return Double.isFinite(out.x) && Double.isFinite(out.y);
    }

    /**
     * proj4j clamps the longitude of a projected point beyond the antimeridian to +-180, where PROJ (as MapServer
     * calls it) returns it wrapped, or unwrapped under {@code +over}; the dateline wrap of msProjectShapeLine then
     * puts it beside its neighbours. So such a point is moved back by whole world widths (the projected distance
     * between longitudes -180 and 180 at its latitude), projected, and given back the 360 degrees per width, which
     * is what {@code +over} gives. Only reached for results of exactly +-180.
     */
    private void unclamp(double x, double y) {
        double lat = out.y;
        if (backwards == null) {
            backwards = new BasicCoordinateTransform(transform.getTargetCRS(), transform.getSourceCRS());
        }
        ProjCoordinate east = new ProjCoordinate();
        ProjCoordinate west = new ProjCoordinate();
        backwards.transform(new ProjCoordinate(180.0 - 1e-9, lat), east);
        backwards.transform(new ProjCoordinate(-180.0 + 1e-9, lat), west);
        double width = east.x - west.x;
        if (!(width > 0) || !Double.isFinite(width)) {
            return;
        }
        int k = x > east.x ? (int) Math.ceil((x - east.x) / width) : x < west.x ? -(int) Math.ceil((west.x - x) / width) : 0;
        if (k == 0 || Math.abs(k) > 4) {
            return;
        }
        in.x = x - k * width;
        in.y = y;
        transform.transform(in, out);
        out.x += 360.0 * k;
    }

    double lastX() {
        return out.x;
    }

    double lastY() {
        return out.y;
    }

    /** A projected copy of {@code geometry}; parts left with too few points are removed. */
    public Geometry transform(Geometry geometry) {
        if (transform == null) {
            return geometry.copy();
        }
        return new Transformer().transform(geometry);
    }

    /** The envelope of the projected rectangle (msProjectRect); see {@link RectProjector}. */
    public Rect transform(Rect rect) {
        if (transform == null) {
            return rect;
        }
        return new RectProjector(this).project(rect);
    }

    private final class Transformer extends GeometryTransformer {
        @Override
        protected CoordinateSequence transformCoordinates(CoordinateSequence coords, Geometry parent) {
            int n = coords.size();
            double[] xy = new double[2 * n];
            int kept = 0;
            for (int i = 0; i < n; i++) {
                if (project(coords.getX(i), coords.getY(i))) {
                    xy[2 * kept] = out.x;
                    xy[2 * kept + 1] = out.y;
                    kept++;
                }
            }
            CoordinateSequence result = factory.getCoordinateSequenceFactory().create(kept, 2);
            for (int i = 0; i < kept; i++) {
                result.setOrdinate(i, 0, xy[2 * i]);
                result.setOrdinate(i, 1, xy[2 * i + 1]);
            }
            return result;
        }
    }
}
