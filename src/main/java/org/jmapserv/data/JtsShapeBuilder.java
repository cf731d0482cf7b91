package org.jmapserv.data;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.impl.PackedCoordinateSequence;

/** Turns a {@link ShapeGeometry} into its JTS form; polygons go through {@link PolygonAssembler}. */
final class JtsShapeBuilder {

    private JtsShapeBuilder() {
    }

    static Geometry build(ShapeGeometry shape, GeometryFactory factory) {
        return switch (shape.kind()) {
            case POINT -> factory.createPoint(new Coordinate(shape.x(0), shape.y(0)));
            case MULTIPOINT -> factory.createMultiPoint(sequence(shape, 0, shape.pointCount()));
            case LINE -> lines(shape, factory);
            case POLYGON -> PolygonAssembler.assemble(shape, factory);
        };
    }

    private static Geometry lines(ShapeGeometry shape, GeometryFactory factory) {
        LineString[] lines = new LineString[shape.partCount()];
        for (int p = 0; p < lines.length; p++) {
            int from = shape.partStart(p), to = shape.partEnd(p);
            // JTS rejects one-point lines; MapServer draws nothing for them either, a zero-length line is equivalent
            lines[p] = factory.createLineString(to - from == 1 ? sequence(shape, from, from, 2) : sequence(shape, from, to, 0));
        }
        return lines.length == 1 ? lines[0] : factory.createMultiLineString(lines);
    }

    /** Coordinates of points [from, to) as a packed sequence (no Coordinate object per vertex). */
    static PackedCoordinateSequence.Double sequence(ShapeGeometry shape, int from, int to) {
        return sequence(shape, from, to, 0);
    }

    /** Points [from, to) followed by {@code repeat} copies of point {@code from}. */
    private static PackedCoordinateSequence.Double sequence(ShapeGeometry shape, int from, int to, int repeat) {
        double[] part = new double[(to - from + repeat) * 2];
        System.arraycopy(shape.coordinates(), from * 2, part, 0, (to - from) * 2);
        for (int r = 0; r < repeat; r++) {
            part[(to - from + r) * 2] = shape.x(from);
            part[(to - from + r) * 2 + 1] = shape.y(from);
        }
        return new PackedCoordinateSequence.Double(part, 2, 0);
    }
}
