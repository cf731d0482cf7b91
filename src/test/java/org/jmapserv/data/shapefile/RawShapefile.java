package org.jmapserv.data.shapefile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Test fixture: writes .shp/.shx bytes by hand (for types and damage the writer cannot produce) plus a
 * one-field .dbf with one row per record.
 */
final class RawShapefile {

    private final int shapeType;
    private final List<byte[]> records = new ArrayList<>();

    RawShapefile(int shapeType) {
        this.shapeType = shapeType;
    }

    /** Adds a record content (starting with its shape type int). */
    RawShapefile record(ByteBuffer content) {
        byte[] b = new byte[content.position()];
        content.flip().get(b);
        records.add(b);
        return this;
    }

    static ByteBuffer content(int capacity) {
        return ByteBuffer.allocate(capacity).order(ByteOrder.LITTLE_ENDIAN);
    }

    void write(Path base) throws IOException {
        int shpLength = 100;
        for (byte[] r : records) {
            shpLength += 8 + r.length;
        }
        ByteBuffer shp = header(shpLength);
        ByteBuffer shx = header(100 + 8 * records.size());
        int offset = 100;
        int n = 1;
        for (byte[] r : records) {
            shx.order(ByteOrder.BIG_ENDIAN).putInt(offset / 2).putInt(r.length / 2);
            shp.order(ByteOrder.BIG_ENDIAN).putInt(n++).putInt(r.length / 2).put(r);
            offset += 8 + r.length;
        }
        Files.write(base.resolveSibling(base.getFileName() + ".shp"), shp.array());
        Files.write(base.resolveSibling(base.getFileName() + ".shx"), shx.array());
        try (DbfWriter dbf = new DbfWriter(base.resolveSibling(base.getFileName() + ".dbf"),
                List.of(DbfField.numeric("ID", 4, 0)), DbfTextOptions.latin1())) {
            for (int i = 0; i < records.size(); i++) {
                dbf.write(List.of(Integer.toString(i)));
            }
        }
    }

    private ByteBuffer header(int length) {
        ByteBuffer h = ByteBuffer.allocate(length);
        h.order(ByteOrder.BIG_ENDIAN).putInt(0, 9994).putInt(24, length / 2);
        h.order(ByteOrder.LITTLE_ENDIAN).putInt(28, 1000).putInt(32, shapeType);
        h.putDouble(36, -1000).putDouble(44, -1000).putDouble(52, 1000).putDouble(60, 1000);
        h.position(100);
        return h;
    }
}
