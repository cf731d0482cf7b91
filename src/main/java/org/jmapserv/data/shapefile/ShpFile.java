package org.jmapserv.data.shapefile;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import org.jmapserv.data.DataSourceException;
import org.locationtech.jts.geom.Envelope;

/**
 * The mapped .shp main file and its validated 100-byte header (file code 9994, declared length, shape
 * type, bounds), as msSHPOpen reads it. Refuses MULTIPATCH and unknown shape types up front.
 */
final class ShpFile {

    private static final int HEADER = 100;
    private final Path path;
    private final ByteBuffer buf;
    private final ShapeType type;
    private final Envelope bounds;

    private ShpFile(Path path, ByteBuffer buf, ShapeType type, Envelope bounds) {
        this.path = path;
        this.buf = buf;
        this.type = type;
        this.bounds = bounds;
    }

    static ShpFile open(Path shp) {
        ByteBuffer buf = MappedFile.map(shp, "shapefile");
        if (buf.limit() < HEADER) {
            throw new DataSourceException("Shapefile " + shp + " is truncated at byte " + buf.limit()
                    + ": the header needs 100 bytes");
        }
        int code = buf.order(ByteOrder.BIG_ENDIAN).getInt(0);
        long declared = (buf.getInt(24) & 0xFFFFFFFFL) * 2;
        buf.order(ByteOrder.LITTLE_ENDIAN);
        if (code != 9994) {
            throw new DataSourceException("Shapefile " + shp + " has bad file code " + code
                    + " (expected 9994): not a shapefile or corrupted");
        }
        if (declared > buf.limit()) {
            throw new DataSourceException("Shapefile " + shp + " is truncated at byte " + buf.limit()
                    + ": its header declares " + declared + " bytes");
        }
        ShapeType type = shapeType(shp, buf.getInt(32));
        Envelope bounds = new Envelope(buf.getDouble(36), buf.getDouble(52), buf.getDouble(44), buf.getDouble(60));
        return new ShpFile(shp, buf, type, bounds);
    }

    private static ShapeType shapeType(Path shp, int code) {
        ShapeType type = ShapeType.fromCode(code);
        if (type == null) {
            throw new DataSourceException("Shapefile " + shp + " has unsupported shape type " + code);
        }
        if (type == ShapeType.MULTIPATCH) {
            throw new DataSourceException("Shapefile " + shp
                    + " has unsupported shape type 31 (MultiPatch); MapServer does not draw MultiPatch either");
        }
        return type;
    }

    Path path() {
        return path;
    }

    /** Little-endian view of the whole file; callers use absolute gets only. */
    ByteBuffer buffer() {
        return buf;
    }

    int size() {
        return buf.limit();
    }

    ShapeType type() {
        return type;
    }

    Envelope bounds() {
        return bounds;
    }
}
