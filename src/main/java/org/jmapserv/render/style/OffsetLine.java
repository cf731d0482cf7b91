package org.jmapserv.render.style;

import java.util.ArrayList;
import java.util.List;

import org.jmapserv.data.ShapeGeometry;
import org.jmapserv.data.ShapeKind;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.operation.buffer.BufferParameters;

/**
 * Offsets a pixel polyline sideways by a distance, as msOffsetCurve does for OFFSET x -99 (maputil.c). MapServer
 * 8.0 built with GEOS hands the line to GEOSOffsetCurve (msGEOSOffsetCurve, mapgeos.c: 4 segments per quadrant,
 * mitre joins, mitre limit |1.5 x offset|), which {@link GeosOffsetCurve} reproduces. When GEOS cannot take the shape (its first part has fewer
 * than two points, or any part has one point) 8.0 falls back to its own per-vertex corner offsets, which
 * {@link #cornerOffsets} reproduces. Positive {@code d} moves to the right of the line's direction in image
 * space (the left in GEOS's y-up frame, which is the same rotation).
 */
public final class OffsetLine {

    /** Below this |sin| of the turn angle msOffsetCurve averages the two normals instead of dividing by sin. */
    private static final double CURVE_SIN_LIMIT = 0.3;
    private static final int QUADRANT_SEGMENTS = 4;
    private static final GeometryFactory FACTORY = new GeometryFactory();

    private OffsetLine() {
    }

    public static PixelShape offset(PixelShape s, double d) {
        return offset(s, d, true);
    }

    /** {@code geos} false for a feature {@link #geosTakes} refuses: msOffsetCurve's own corners then. */
    public static PixelShape offset(PixelShape s, double d, boolean geos) {
        if (s.isEmpty()) {
            return s;
        }
        if (!geos || !geosAccepts(s)) {
            return cornerOffsets(s, d);
        }
        try {
            return geosOffsets(s, d);
        } catch (RuntimeException e) {
            // GEOS failing on a shape (a topology error) makes msGEOSOffsetCurve return NULL: 8.0's own corners then
            return cornerOffsets(s, d);
        }
    }

    private static PixelShape geosOffsets(PixelShape s, double d) {
        List<double[]> parts = new ArrayList<>();
        for (int part = 0; part < s.partCount(); part++) {
            Coordinate[] c = GeosOffsetCurve.curve(line(s, part), d, params(d));
            if (c.length == 0) {
                continue;
            }
            double[] xy = new double[2 * c.length];
            for (int k = 0; k < c.length; k++) {
                xy[2 * k] = c[k].x;
                xy[2 * k + 1] = c[k].y;
            }
            parts.add(xy);
        }
        return join(s, parts);
    }

    /** msGEOSOffsetCurve's buffer parameters: 4 segments a quadrant, mitre joins limited to |1.5 x offset|. */
    private static BufferParameters params(double d) {
        BufferParameters p = new BufferParameters(QUADRANT_SEGMENTS);
        p.setJoinStyle(BufferParameters.JOIN_MITRE);
        p.setMitreLimit(Math.abs(d * 1.5));
        return p;
    }

    /**
     * Whether msGEOSOffsetCurve can take this feature's line: msTransformShapeSimplify empties a part of fewer
     * than two points but keeps it in place, and msGEOSShape2Geometry gives no geometry when the first part is
     * empty; GEOS refuses a line of one point. Our pixel shapes drop such parts, so this is asked of the source
     * shape.
     */
    public static boolean geosTakes(ShapeGeometry shape) {
        if (shape.kind() != ShapeKind.LINE && shape.kind() != ShapeKind.POLYGON) {
            return true;
        }
        int[] starts = shape.partStarts();
        int n = shape.coordinates().length / 2;
        return starts.length == 0 || (starts.length > 1 ? starts[1] : n) - starts[0] >= 2;
    }

    /**
     * msGEOSShape2Geometry gives no geometry when the first part has fewer than two points, and GEOS refuses a
     * one-point line string in any later part: either way msGEOSOffsetCurve returns NULL.
     */
    private static boolean geosAccepts(PixelShape s) {
        if (s.partEnd(0) - s.partStart(0) < 2) {
            return false;
        }
        for (int part = 1; part < s.partCount(); part++) {
            if (s.partEnd(part) - s.partStart(part) == 1) {
                return false;
            }
        }
        return true;
    }

    private static LineString line(PixelShape s, int part) {
        int start = s.partStart(part);
        int end = s.partEnd(part);
        Coordinate[] c = new Coordinate[end - start];
        for (int i = start; i < end; i++) {
            c[i - start] = new Coordinate(s.x(i), s.y(i));
        }
        return FACTORY.createLineString(c);
    }

    private static PixelShape join(PixelShape s, List<double[]> parts) {
        int[] starts = new int[parts.size()];
        int n = 0;
        for (int i = 0; i < parts.size(); i++) {
            starts[i] = n;
            n += parts.get(i).length / 2;
        }
        double[] xy = new double[2 * n];
        for (int i = 0; i < parts.size(); i++) {
            System.arraycopy(parts.get(i), 0, xy, 2 * starts[i], parts.get(i).length);
        }
        return new PixelShape(s.kind(), starts, xy);
    }

    /**
     * msOffsetCurve's own algorithm: the first and last points move along their segment's normal; a middle
     * point goes to the intersection of the two offset segments, or, when the turn is nearly straight or
     * nearly reversed (|sin| below 0.3), to the average of the two offset directions. Parts with fewer than
     * two points are dropped.
     */
    static PixelShape cornerOffsets(PixelShape s, double d) {
        List<double[]> parts = new ArrayList<>();
        for (int part = 0; part < s.partCount(); part++) {
            int start = s.partStart(part);
            int end = s.partEnd(part);
            if (end - start < 2) {
                continue;
            }
            double[] out = new double[2 * (end - start)];
            double oldDx = 0;
            double oldDy = 0;
            for (int j = start + 1; j < end; j++) {
                double[] dir = unit(s.x(j) - s.x(j - 1), s.y(j) - s.y(j - 1));
                double offX = -dir[1];
                double offY = dir[0];
                double px = s.x(j - 1);
                double py = s.y(j - 1);
                int k = 2 * (j - 1 - start);
                if (j == start + 1) {
                    out[k] = px + offX * d;
                    out[k + 1] = py + offY * d;
                } else {
                    double oldOffX = -oldDy;
                    double oldOffY = oldDx;
                    double sin = dir[0] * oldDy - dir[1] * oldDx;
                    double cos = oldOffX * dir[1] - oldOffY * dir[0];
                    if (-CURVE_SIN_LIMIT < sin && sin < CURVE_SIN_LIMIT) {
                        out[k] = px + (offX + oldOffX) * 0.5 * d;
                        out[k + 1] = py + (offY + oldOffY) * 0.5 * d;
                    } else {
                        double shift = -(1 + cos) / sin;
                        out[k] = px + (dir[0] * shift + offX) * d;
                        out[k + 1] = py + (dir[1] * shift + offY) * d;
                    }
                }
                oldDx = dir[0];
                oldDy = dir[1];
            }
            int last = 2 * (end - 1 - start);
            out[last] = s.x(end - 1) - oldDy * d;
            out[last + 1] = s.y(end - 1) + oldDx * d;
            parts.add(out);
        }
        return join(s, parts);
    }

    private static double[] unit(double dx, double dy) {
        if (dx == 0 && dy == 0) {
            return new double[] {0, 0};
        }
        double len = Math.sqrt(dx * dx + dy * dy);
        return new double[] {dx / len, dy / len};
    }
}
