package org.jmapserv.data;

import java.util.Arrays;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The raw coordinates of one shape as MapServer's shapeObj holds them: a kind, the start of each part
 * (line or ring) in an interleaved {@code x0,y0,x1,y1,...} array, and the bounding box. The renderer can
 * draw straight from these arrays; for polygons it should fill all rings with the even-odd rule, which is
 * what MapServer does regardless of ring orientation, so no hole assignment is needed to draw.
 * {@link #toJts} builds (and caches) the JTS form for expressions and geometry operations.
 *
 * <p>Arrays are owned by this object and must not be modified by callers.
 */
public final class ShapeGeometry {

    /** The factory {@link Feature#geometry()} uses (floating precision, SRID 0). */
    public static final GeometryFactory DEFAULT_FACTORY = new GeometryFactory();

    private final ShapeKind kind;
    private final int[] partStarts;
    private final double[] xy;
    private final double minX;
    private final double minY;
    private final double maxX;
    private final double maxY;
    private GeometryFactory cachedFactory;
    private Geometry cachedJts;

    /**
     * @param partStarts index (in points, not doubles) where each part starts; the first must be 0
     * @param xy interleaved coordinates, at least one point
     */
    public ShapeGeometry(ShapeKind kind, int[] partStarts, double[] xy,
                         double minX, double minY, double maxX, double maxY) {
        this.kind = kind;
        this.partStarts = partStarts;
        this.xy = xy;
        this.minX = minX;
        this.minY = minY;
        this.maxX = maxX;
        this.maxY = maxY;
    }

    /** Builds a shape and computes its bounding box; checks the part layout. */
    public static ShapeGeometry of(ShapeKind kind, int[] partStarts, double[] xy) {
        if (xy.length == 0 || xy.length % 2 != 0) {
            throw new IllegalArgumentException("xy must hold at least one x,y pair");
        }
        int points = xy.length / 2;
        for (int i = 0; i < partStarts.length; i++) {
            int lower = i == 0 ? 0 : partStarts[i - 1];
            if ((i == 0 && partStarts[0] != 0) || partStarts[i] < lower || partStarts[i] >= points) {
                throw new IllegalArgumentException("bad part starts " + Arrays.toString(partStarts));
            }
        }
        double x0 = Double.POSITIVE_INFINITY, y0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY, y1 = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < xy.length; i += 2) {
            x0 = Math.min(x0, xy[i]);
            x1 = Math.max(x1, xy[i]);
            y0 = Math.min(y0, xy[i + 1]);
            y1 = Math.max(y1, xy[i + 1]);
        }
        return new ShapeGeometry(kind, partStarts, xy, x0, y0, x1, y1);
    }

    /** A single point. */
    public static ShapeGeometry point(double x, double y) {
        return new ShapeGeometry(ShapeKind.POINT, new int[] {0}, new double[] {x, y}, x, y, x, y);
    }

    public ShapeKind kind() {
        return kind;
    }

    /** Number of parts (lines, rings); a point or multipoint has one. */
    public int partCount() {
        return partStarts.length;
    }

    /** Index of the first point of {@code part}. */
    public int partStart(int part) {
        return partStarts[part];
    }

    /** Index one past the last point of {@code part}. */
    public int partEnd(int part) {
        return part + 1 < partStarts.length ? partStarts[part + 1] : xy.length / 2;
    }

    public int pointCount() {
        return xy.length / 2;
    }

    public double x(int point) {
        return xy[2 * point];
    }

    public double y(int point) {
        return xy[2 * point + 1];
    }

    /** The interleaved coordinate array itself (not a copy), for tight drawing loops. */
    public double[] coordinates() {
        return xy;
    }

    /** The part start array itself (not a copy). */
    public int[] partStarts() {
        return partStarts;
    }

    public double minX() {
        return minX;
    }

    public double minY() {
        return minY;
    }

    public double maxX() {
        return maxX;
    }

    public double maxY() {
        return maxY;
    }

    public Envelope envelope() {
        return new Envelope(minX, maxX, minY, maxY);
    }

    /**
     * The JTS geometry: Point, MultiPoint, LineString or MultiLineString, Polygon or MultiPolygon (holes
     * assigned by ring nesting, see {@link PolygonAssembler}). Cached for the last factory used.
     */
    public Geometry toJts(GeometryFactory factory) {
        if (cachedJts == null || cachedFactory != factory) {
            cachedJts = JtsShapeBuilder.build(this, factory);
            cachedFactory = factory;
        }
        return cachedJts;
    }

    @Override
    public String toString() {
        return kind + "[parts=" + partStarts.length + ", points=" + pointCount()
                + ", bbox=" + minX + " " + minY + " " + maxX + " " + maxY + "]";
    }
}
