package org.jmapserv.data.shapefile;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import org.jmapserv.data.DataSourceException;

/**
 * The .shx record index: for each record its byte offset and content length in the .shp file. Mirrors how
 * msSHPOpen takes the record count from the .shx header ((file length − 100) / 8) and checks the .shx
 * magic number; unlike MapServer it also refuses a .shx shorter than its header declares.
 */
final class ShxIndex {

    private static final int HEADER = 100;
    private final ByteBuffer buf; // big-endian view: .shx entries are big-endian
    private final int count;

    private ShxIndex(ByteBuffer buf, int count) {
        this.buf = buf;
        this.count = count;
    }

    static ShxIndex open(Path shx) {
        ByteBuffer buf = MappedFile.map(shx, "shapefile index").order(ByteOrder.BIG_ENDIAN);
        if (buf.limit() < HEADER) {
            throw new DataSourceException("Shapefile index " + shx + " is truncated at byte " + buf.limit()
                    + ": the header needs 100 bytes");
        }
        int code = buf.getInt(0);
        if (code != 9994) {
            throw new DataSourceException("Shapefile index " + shx + " has bad file code " + code
                    + " (expected 9994): not a shapefile index or corrupted");
        }
        long declared = (buf.getInt(24) & 0xFFFFFFFFL) * 2;
        if (declared < HEADER || (declared - HEADER) % 8 != 0) {
            throw new DataSourceException("Shapefile index " + shx + " declares an impossible length of "
                    + declared + " bytes");
        }
        if (declared > buf.limit()) {
            throw new DataSourceException("Shapefile index " + shx + " is truncated at byte " + buf.limit()
                    + ": its header declares " + declared + " bytes");
        }
        return new ShxIndex(buf, (int) ((declared - HEADER) / 8));
    }

    int count() {
        return count;
    }

    /** Byte offset of record {@code i}'s 8-byte record header in the .shp file. */
    long offset(int i) {
        return (buf.getInt(HEADER + 8 * i) & 0xFFFFFFFFL) * 2;
    }

    /** Content length in bytes of record {@code i} (excluding the 8-byte record header). */
    long contentLength(int i) {
        return (buf.getInt(HEADER + 8 * i + 4) & 0xFFFFFFFFL) * 2;
    }
}
