package org.jmapserv.data.shapefile;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.jmapserv.data.DataSourceException;
import org.jmapserv.data.ShapeGeometry;
import org.jmapserv.data.ShapeKind;

/**
 * Decodes one .shp record into a {@link ShapeGeometry}, the job of msSHPReadShape. The record's bounding
 * box is read first and compared with the query extent, so records outside it cost four double reads and
 * no allocation (msSHPReadBounds + msRectOverlap). Every length is checked against the record and file
 * size before it is used; null records, empty shapes and NaN boxes yield {@code null} as in MapServer.
 * Decoding follows the file's shape type, like MapServer, except that a record typed 0 is a null shape.
 */
final class ShpRecordDecoder {

    private final ShpFile shp;
    private final ShxIndex shx;
    private final ByteBuffer buf;
    private final ShapeKind kind;

    ShpRecordDecoder(ShpFile shp, ShxIndex shx) {
        this.shp = shp;
        this.shx = shx;
        this.buf = shp.buffer();
        this.kind = shp.type().kind();
    }

    /**
     * The shape of record {@code i}, or {@code null} when it is null, empty or its box misses the extent
     * {@code [minX,maxX]x[minY,maxY]} (pass infinities to accept all).
     */
    ShapeGeometry read(int i, double minX, double minY, double maxX, double maxY) {
        if (kind == null) {
            return null; // a NULL-typed file holds no drawable shapes
        }
        long offset = shx.offset(i);
        long length = shx.contentLength(i);
        if (offset < 100 || offset + 8 + length > shp.size()) {
            throw new DataSourceException("Shapefile " + shp.path() + ": record " + i + " (offset " + offset
                    + ", length " + length + ") runs past the end of the file (" + shp.size() + " bytes)");
        }
        int p = (int) offset + 8;
        if (length < 4 || buf.getInt(p) == 0) {
            return null;
        }
        if (kind == ShapeKind.POINT) {
            return point(i, p, length, minX, minY, maxX, maxY);
        }
        require(i, length, 40);
        double bx0 = buf.getDouble(p + 4), by0 = buf.getDouble(p + 12);
        double bx1 = buf.getDouble(p + 20), by1 = buf.getDouble(p + 28);
        if (Double.isNaN(bx0) || bx0 > maxX || bx1 < minX || by0 > maxY || by1 < minY) {
            return null;
        }
        if (kind == ShapeKind.MULTIPOINT) {
            int n = buf.getInt(p + 36);
            if (n <= 0) {
                return null;
            }
            require(i, length, 40 + 16L * n);
            return new ShapeGeometry(kind, new int[] {0}, doubles(p + 40, n), bx0, by0, bx1, by1);
        }
        require(i, length, 44);
        int parts = buf.getInt(p + 36);
        int points = buf.getInt(p + 40);
        if (parts <= 0 || points <= 0) {
            return null;
        }
        require(i, length, 44 + 4L * parts + 16L * points);
        int[] starts = partStarts(i, p + 44, parts, points);
        return new ShapeGeometry(kind, starts, doubles(p + 44 + 4 * parts, points), bx0, by0, bx1, by1);
    }

    private ShapeGeometry point(int i, int p, long length, double minX, double minY, double maxX, double maxY) {
        require(i, length, 20);
        double x = buf.getDouble(p + 4), y = buf.getDouble(p + 12);
        if (Double.isNaN(x) || Double.isNaN(y) || x < minX || x > maxX || y < minY || y > maxY) {
            return null;
        }
        return ShapeGeometry.point(x, y);
    }

    /** Reads part starts, rejecting out-of-range or decreasing ones and dropping empty parts. */
    private int[] partStarts(int i, int at, int parts, int points) {
        int[] starts = new int[parts];
        int kept = 0;
        for (int k = 0; k < parts; k++) {
            int s = buf.getInt(at + 4 * k);
            int previous = k == 0 ? 0 : buf.getInt(at + 4 * (k - 1));
            if (s < 0 || s >= points || s < previous || (k == 0 && s != 0)) {
                throw new DataSourceException("Shapefile " + shp.path() + ": record " + i + " has invalid part "
                        + k + " start " + s + " (" + points + " points)");
            }
            if (kept == 0 || starts[kept - 1] != s) {
                starts[kept++] = s;
            }
        }
        return kept == parts ? starts : java.util.Arrays.copyOf(starts, kept);
    }

    private double[] doubles(int at, int points) {
        double[] xy = new double[points * 2];
        buf.slice(at, points * 16).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(xy);
        return xy;
    }

    private void require(int i, long length, long needed) {
        if (needed > length) {
            throw new DataSourceException("Shapefile " + shp.path() + ": record " + i + " needs " + needed
                    + " bytes for its coordinates but its length is " + length + " bytes (corrupted record)");
        }
    }
}
