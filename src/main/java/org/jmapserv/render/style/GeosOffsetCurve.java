package org.jmapserv.render.style;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.algorithm.Distance;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineSegment;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.buffer.BufferOp;
import org.locationtech.jts.operation.buffer.BufferParameters;
import org.locationtech.jts.operation.buffer.OffsetCurve;

/**
 * The offset curve of one line as GEOS 3.11's OffsetCurve::getCurve computes it (the GEOS that Debian's
 * MapServer 8.0 links; GEOSOffsetCurve_r calls it). JTS 1.20's {@link OffsetCurve} has since changed (it offsets
 * closed lines as rings and keeps every matching section), so only its raw offset and JTS's buffer are used
 * here: the raw offset line is matched segment by segment against the boundary of the line's buffer (the
 * outer shell, else the longest hole), and the ONE contiguous run of matching boundary segments that starts
 * where the first raw segment matches is the curve. That is why 8.0 draws a self-crossing line's offset only up
 * to where it leaves the buffer, and a closed line's offset only partly.
 */
final class GeosOffsetCurve {

    /** GEOS: a boundary segment matches a raw segment within |distance| / 10000. */
    private static final double MATCH_DISTANCE_FACTOR = 10000;

    private GeosOffsetCurve() {
    }

    /** The curve's coordinates; empty when nothing matches (GEOS returns an empty line string). */
    static Coordinate[] curve(LineString line, double distance, BufferParameters params) {
        if (line.getNumPoints() < 2 || line.getLength() == 0) {
            return new Coordinate[0];
        }
        if (line.getNumPoints() == 2) {
            LineSegment seg = new LineSegment(line.getCoordinateN(0), line.getCoordinateN(1)).offset(distance);
            return new Coordinate[] {seg.p0, seg.p1};
        }
        Coordinate[] raw = OffsetCurve.rawOffset(line, distance, params);
        if (raw.length == 0) {
            return raw;
        }
        Polygon buffer = bufferOriented(line, distance, params);
        double matchDistance = Math.abs(distance) / MATCH_DISTANCE_FACTOR;
        Coordinate[] curve = matchSection(buffer.getExteriorRing().getCoordinates(), raw, matchDistance);
        if (curve.length > 0 || buffer.getNumInteriorRing() == 0) {
            return curve;
        }
        LineString longest = null;
        for (int i = 0; i < buffer.getNumInteriorRing(); i++) {
            LineString hole = buffer.getInteriorRingN(i);
            if (longest == null || hole.getLength() > longest.getLength()) {
                longest = hole;
            }
        }
        return matchSection(longest.getCoordinates(), raw, matchDistance);
    }

    /** The largest polygon of the buffer, reversed for a negative (right-hand) distance to run as the curve. */
    private static Polygon bufferOriented(LineString line, double distance, BufferParameters params) {
        Geometry buffer = BufferOp.bufferOp(line, Math.abs(distance), params);
        Polygon max = null;
        for (int i = 0; i < buffer.getNumGeometries(); i++) {
            Polygon p = (Polygon) buffer.getGeometryN(i);
            if (max == null || p.getArea() > max.getArea()) {
                max = p;
            }
        }
        return distance < 0 ? max.reverse() : max;
    }

    private static Coordinate[] matchSection(Coordinate[] ring, Coordinate[] raw, double matchDistance) {
        int segments = ring.length - 1;
        if (segments < 1) {
            return new Coordinate[0];
        }
        STRtree index = new STRtree();
        for (int i = 0; i < segments; i++) {
            index.insert(new Envelope(ring[i], ring[i + 1]), i);
        }
        boolean[] inCurve = new boolean[segments];
        int start = -1;
        for (int r = 0; r + 1 < raw.length; r++) {
            Envelope env = new Envelope(raw[r], raw[r + 1]);
            env.expandBy(matchDistance);
            LineSegment rawSeg = new LineSegment(raw[r], raw[r + 1]);
            int first = -1;
            double minFrac = -1;
            for (Object o : index.query(env)) {
                int i = (Integer) o;
                if (Distance.pointToSegment(ring[i], raw[r], raw[r + 1]) > matchDistance
                        || Distance.pointToSegment(ring[i + 1], raw[r], raw[r + 1]) > matchDistance) {
                    continue;
                }
                inCurve[i] = true;
                double frac = rawSeg.segmentFraction(ring[i]);
                if (minFrac < 0 || frac < minFrac) {
                    minFrac = frac;
                    first = i;
                }
            }
            if (start < 0) {
                start = first;
            }
        }
        if (start < 0) {
            return new Coordinate[0];
        }
        List<Coordinate> out = new ArrayList<>();
        int i = start;
        do {
            out.add(ring[i]);
            if (!inCurve[i]) {
                break;
            }
            i = i + 1 < segments ? i + 1 : 0;
        } while (i != start);
        if (inCurve[i]) {
            out.add(ring[i]); // every segment matched: close the ring
        }
        return out.size() == 1 ? new Coordinate[0] : out.toArray(new Coordinate[0]);
    }
}
