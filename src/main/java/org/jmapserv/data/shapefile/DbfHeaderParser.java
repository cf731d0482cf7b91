package org.jmapserv.data.shapefile;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jmapserv.data.DataSourceException;

/**
 * Parses the 32-byte field descriptors of a .dbf header as msDBFOpen does: (header length − 32) / 32
 * descriptors, stopping early at the 0x0D terminator; names are cut at the first NUL and right-trimmed;
 * for non-numeric fields the decimals byte is the high byte of the width (Clipper's long C fields).
 */
final class DbfHeaderParser {

    private DbfHeaderParser() {
    }

    static List<DbfField> fields(Path dbf, ByteBuffer buf, int headerLength, int recordLength) {
        int count = (headerLength - 32) / 32;
        List<DbfField> fields = new ArrayList<>(count);
        int offset = 1;
        for (int i = 0; i < count; i++) {
            int at = 32 + 32 * i;
            if (at + 32 > buf.limit() || buf.get(at) == 0x0D) {
                break;
            }
            String name = name(buf, at);
            char type = (char) Byte.toUnsignedInt(buf.get(at + 11));
            int width = Byte.toUnsignedInt(buf.get(at + 16));
            int decimals = Byte.toUnsignedInt(buf.get(at + 17));
            if (type != 'N' && type != 'F') {
                width += decimals * 256;
                decimals = 0;
            }
            if (offset + width > recordLength || name.isEmpty() || width == 0) {
                throw new DataSourceException("Attribute file " + dbf + ": field " + (i + 1) + " (\"" + name
                        + "\", width " + width + ") does not fit the record length " + recordLength
                        + " (corrupted header)");
            }
            fields.add(new DbfField(name, type, width, decimals,
                    offset));
            offset += width;
        }
        return List.copyOf(fields);
    }

    private static String name(ByteBuffer buf, int at) {
        int end = at;
        while (end < at + 11 && buf.get(end) != 0) {
            end++;
        }
        while (end > at && buf.get(end - 1) == ' ') {
            end--;
        }
        byte[] bytes = new byte[end - at];
        buf.get(at, bytes);
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
