package org.jmapserv.data.postgis;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.jmapserv.data.ShapeGeometry;
import org.jmapserv.data.ShapeKind;
import org.jmapserv.mapfile.model.LayerType;

/**
 * Turns the WKB PostGIS sends ({@code ST_AsBinary}) into the shape a layer of this TYPE draws, as
 * msPostGISReadShape / wkbConvGeometryToShape do: Z and M are dropped (ISO 1000/2000/3000 codes and EWKB flags);
 * a POLYGON layer takes every ring (and line) as a ring, a LINE layer takes lines and polygon rings as lines, a
 * POINT layer takes every vertex; what a layer type cannot hold (points in a LINE or POLYGON layer) gives no shape,
 * and the row is skipped. Other layer types take the geometry's own kind (msPostGISFindBestType).
 *
 * <p>Decoded straight into the shape's coordinate array rather than through JTS's WKBReader: PostgisBench showed
 * JTS's per-ordinate reads and sequence objects as the largest cost of drawing a big table (tests check both agree).
 * Curved types (CircularString, CompoundCurve, ...) are refused with a message: MapServer strokes them, we do not
 * yet, and drawing them wrong is not an option.
 */
final class WkbShapes {

    private final ShapeKind layerKind;
    private ByteBuffer in;
    private double[] xy = new double[256];
    private int points;
    private int[] starts = new int[16];
    private int parts;
    private int worstDimension;

    WkbShapes(LayerType type) {
        this.layerKind = switch (type) {
            case POINT -> ShapeKind.MULTIPOINT;
            case LINE -> ShapeKind.LINE;
            case POLYGON -> ShapeKind.POLYGON;
            default -> null;
        };
    }

    /** Thrown for WKB we cannot draw faithfully (curves) or that is truncated. */
    static final class WkbException extends Exception {
        private static final long serialVersionUID = 1L;

        WkbException(String message) {
            super(message);
        }
    }

    /** The shape, or null when the geometry is empty or holds nothing this layer type draws. */
    ShapeGeometry read(byte[] wkb) throws WkbException {
        in = ByteBuffer.wrap(wkb);
        points = 0;
        parts = 0;
        worstDimension = -1;
        try {
            geometry();
        } catch (java.nio.BufferUnderflowException | IndexOutOfBoundsException e) {
            throw new WkbException("truncated WKB (" + wkb.length + " bytes)");
        }
        if (points == 0) {
            return null;
        }
        ShapeKind kind = layerKind != null ? layerKind : switch (worstDimension) {
            case 0 -> ShapeKind.MULTIPOINT;
            case 1 -> ShapeKind.LINE;
            default -> ShapeKind.POLYGON;
        };
        double[] coords = java.util.Arrays.copyOf(xy, points * 2);
        if (kind == ShapeKind.MULTIPOINT) {
            return points == 1 ? ShapeGeometry.point(coords[0], coords[1])
                    : ShapeGeometry.of(kind, new int[] {0}, coords);
        }
        return ShapeGeometry.of(kind, java.util.Arrays.copyOf(starts, parts), coords);
    }

    private void geometry() throws WkbException {
        in.order(in.get() == 0 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        int code = in.getInt();
        int dims = 2;
        if ((code & 0x80000000) != 0) { // EWKB Z flag
            dims++;
        }
        if ((code & 0x40000000) != 0) { // EWKB M flag
            dims++;
        }
        if ((code & 0x20000000) != 0) { // EWKB SRID
            in.getInt();
        }
        code &= 0x0FFFFFFF;
        if (code >= 1000) {
            int iso = code / 1000;
            dims += iso == 3 ? 2 : 1;
            code %= 1000;
        }
        switch (code) {
            case 1 -> point(dims);
            case 2 -> {
                line(dims);
                worst(1);
            }
            case 3 -> {
                int rings = in.getInt();
                for (int r = 0; r < rings; r++) {
                    line(dims);
                }
                worst(2);
            }
            case 4, 5, 6, 7 -> {
                int n = in.getInt();
                for (int i = 0; i < n; i++) {
                    geometry();
                }
            }
            default -> throw new WkbException("WKB geometry type " + code + " (curved or unknown) is not supported: "
                    + "use ST_CurveToLine() in DATA");
        }
    }

    private void worst(int dimension) {
        worstDimension = Math.max(worstDimension, dimension);
    }

    private void point(int dims) {
        double x = in.getDouble(), y = in.getDouble();
        skip(dims - 2);
        worst(0);
        if (Double.isNaN(x) || (layerKind != null && layerKind != ShapeKind.MULTIPOINT)) {
            return; // POINT EMPTY, or a point where the layer type draws none
        }
        if (layerKind != ShapeKind.MULTIPOINT) {
            newPart();
        }
        add(x, y);
    }

    private void line(int dims) {
        int n = in.getInt();
        if (n == 0) {
            return;
        }
        if (layerKind != ShapeKind.MULTIPOINT) {
            newPart();
        }
        for (int i = 0; i < n; i++) {
            double x = in.getDouble(), y = in.getDouble();
            skip(dims - 2);
            add(x, y);
        }
    }

    private void skip(int ordinates) {
        in.position(in.position() + 8 * ordinates);
    }

    private void newPart() {
        if (parts == starts.length) {
            starts = java.util.Arrays.copyOf(starts, parts * 2);
        }
        starts[parts++] = points;
    }

    private void add(double x, double y) {
        if (points * 2 == xy.length) {
            xy = java.util.Arrays.copyOf(xy, xy.length * 2);
        }
        xy[2 * points] = x;
        xy[2 * points + 1] = y;
        points++;
    }
}
