package org.jmapserv.query.template;

import java.util.List;

import org.jmapserv.data.ShapeGeometry;
import org.jmapserv.geo.ProjectionException;
import org.jmapserv.geo.ProjectionFactory;
import org.jmapserv.geo.Rect;
import org.jmapserv.geo.Reprojector;
import org.jmapserv.mapfile.model.Extent;

/**
 * The proj= argument of [shpxy], [shpext], [mapext] and [rawext] (processShpxyTag, processExtentTag): a projection
 * string loaded as msLoadProjectionString loads it, used only when msProjectionsDiffer says the projections differ
 * (so a layer without PROJECTION is never reprojected), and MS_MAP2IMAGE_X/Y for proj=image.
 */
final class Projections {

    private static final ProjectionFactory FACTORY = new ProjectionFactory();

    private Projections() {
    }

    /** The argument list of a proj= value; an unknown projection is msLoadProjectionString's failure. */
    static List<String> args(String proj) throws TemplateException {
        try {
            return FACTORY.fromString(proj).args();
        } catch (ProjectionException | IllegalArgumentException e) {
            throw new TemplateException("msProcessProjection(): Projection library error. proj= value '" + proj
                    + "' is not a projection jmapserv knows.");
        }
    }

    static Extent reproject(Extent e, List<String> from, List<String> to, boolean toMap) throws TemplateException {
        if (!Reprojector.argsDiffer(from, to)) {
            return e;
        }
        try {
            Rect r = Reprojector.between(FACTORY.fromMapfileArgs(from), FACTORY.fromMapfileArgs(to))
                    .transform(Rect.of(e));
            return r.toExtent();
        } catch (ProjectionException | IllegalArgumentException ex) {
            throw new TemplateException("msProjectRect(): Projection library error. Unable to reproject the extent"
                    + (toMap ? " to the map's projection." : "."));
        }
    }

    /** A copy of {@code shape} in {@code to}, or the shape itself when the projections do not differ. */
    static ShapeGeometry reproject(ShapeGeometry shape, List<String> from, List<String> to) throws TemplateException {
        if (!Reprojector.argsDiffer(from, to)) {
            return shape;
        }
        try {
            double[] xy = shape.coordinates().clone();
            Reprojector.between(FACTORY.fromMapfileArgs(from), FACTORY.fromMapfileArgs(to))
                    .transform(xy, 0, xy.length / 2);
            return ShapeGeometry.of(shape.kind(), shape.partStarts().clone(), xy);
        } catch (ProjectionException | IllegalArgumentException ex) {
            throw new TemplateException("msProjectShape(): Projection library error. Unable to reproject the shape.");
        }
    }

    /**
     * MS_MAP2IMAGE_X: MS_NINT((x - minx) / cellsize). MS_NINT is lrint, so halves round to even; a zero cell size
     * gives LONG_MIN, as in 8.0.
     */
    static double toImageX(double x, double minx, double cellsize) {
        return nint((x - minx) / cellsize);
    }

    static double toImageY(double y, double maxy, double cellsize) {
        return nint((maxy - y) / cellsize);
    }

    static double nint(double v) {
        if (!Double.isFinite(v)) {
            return Long.MIN_VALUE;
        }
        return Math.rint(v);
    }
}
