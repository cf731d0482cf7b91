package org.jmapserv.mapfile.model.expr;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.operation.buffer.BufferOp;
import org.locationtech.jts.operation.buffer.BufferParameters;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * The shape functions of GEOMTRANSFORM expressions, on JTS: buffer (msGEOSBuffer), simplify
 * (msGEOSSimplify), simplifypt (msGEOSTopologyPreservingSimplify), generalize (msGeneralize), densify
 * (msDensify), outer/inner (msRings2Shape), difference (msGEOSDifference) and area (msGetPolygonArea).
 */
final class GeometryFunctions {

    /** msGEOSBuffer asks GEOS for 30 segments per quadrant. */
    private static final int BUFFER_QUADRANT_SEGMENTS = 30;

    private GeometryFunctions() {
    }

    static Geometry buffer(Geometry g, double distance) {
        BufferParameters params = new BufferParameters(BUFFER_QUADRANT_SEGMENTS);
        return BufferOp.bufferOp(g, distance, params);
    }

    static Geometry simplify(Geometry g, double tolerance) {
        return DouglasPeuckerSimplifier.simplify(g, simplifyTolerance("simplify", tolerance));
    }

    static Geometry simplifyPreservingTopology(Geometry g, double tolerance) {
        return TopologyPreservingSimplifier.simplify(g, simplifyTolerance("simplifypt", tolerance));
    }

    /** GEOS refuses a negative tolerance (msGEOSSimplify then has no shape), and so does JTS, with an exception. */
    private static double simplifyTolerance(String function, double tolerance) {
        if (!(tolerance >= 0)) {
            throw new ExpressionEvaluationException(function + "() needs a tolerance of 0 or more, not " + tolerance);
        }
        return tolerance;
    }

    static Geometry densify(Geometry g, double tolerance) {
        if (!(tolerance > 0)) {
            throw new ExpressionEvaluationException("densify() needs a tolerance above 0, not " + tolerance);
        }
        return Densifier.densify(g, tolerance);
    }

    /**
     * Like msGeneralize: only the first part (first line, or outer ring of the first polygon) is kept,
     * and a vertex survives when it lies at least {@code tolerance} from the last kept one, or is last.
     */
    static Geometry generalize(Geometry g, double tolerance) {
        Geometry first = g.getNumGeometries() > 0 ? g.getGeometryN(0) : g;
        Coordinate[] in = first instanceof Polygon p ? p.getExteriorRing().getCoordinates() : first.getCoordinates();
        if (in.length == 0) {
            return g;
        }
        List<Coordinate> kept = new ArrayList<>();
        kept.add(in[0]);
        Coordinate last = in[0];
        double sq = tolerance * tolerance;
        for (int i = 1; i < in.length; i++) {
            double dx = in[i].x - last.x;
            double dy = in[i].y - last.y;
            if (i == in.length - 1 || dx * dx + dy * dy >= sq) {
                kept.add(in[i]);
                last = in[i];
            }
        }
        GeometryFactory f = g.getFactory();
        Coordinate[] out = kept.toArray(new Coordinate[0]);
        if (first instanceof Polygon && out.length >= 4) {
            return f.createPolygon(out);
        }
        if (out.length == 1) {
            return f.createPoint(out[0]);
        }
        return f.createLineString(out);
    }

    /** Polygons made of the outer rings ({@code outer}) or of the holes, as msRings2Shape does. */
    static Geometry rings(Geometry g, boolean outer, String function) {
        if (!(g instanceof Polygonal)) {
            throw new ExpressionEvaluationException(function + "() needs a polygon, not a "
                    + g.getGeometryType());
        }
        GeometryFactory f = g.getFactory();
        List<Polygon> parts = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Polygon p = (Polygon) g.getGeometryN(i);
            if (outer) {
                parts.add(f.createPolygon(p.getExteriorRing().getCoordinateSequence()));
            } else {
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    LinearRing ring = p.getInteriorRingN(h);
                    parts.add(f.createPolygon(ring.getCoordinateSequence()));
                }
            }
        }
        return parts.size() == 1 ? parts.get(0) : f.createMultiPolygon(parts.toArray(new Polygon[0]));
    }

    static double area(Geometry g) {
        if (!(g instanceof Polygonal)) {
            throw new ExpressionEvaluationException("Area can only be computed for polygon shapes, not a "
                    + g.getGeometryType());
        }
        return g.getArea();
    }
}
