package org.jmapserv.data.shapefile;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jmapserv.data.AttributeRow;
import org.jmapserv.data.DataSourceException;

/**
 * Reads a dBASE III .dbf attribute table through a memory map. Values come back as MapServer's
 * msDBFReadAttribute (mapxbase.c) returns them: the field bytes up to the first NUL, trailing blanks
 * trimmed for every type, leading blanks also trimmed for N, F and D, and the null markers of N/F
 * ({@code *...}) and D ({@code 00000000}) replaced by {@code "0"}. Types other than N/F/D (C, L, M, ...)
 * are returned as trimmed text; memo (.dbt) contents are not read, so an M field yields its block
 * number. The deletion flag is ignored, as in MapServer. Text is decoded as {@link DbfEncoding} says (raw
 * bytes unless the layer has an ENCODING, as in MapServer 8.0). Single-threaded.
 */
public final class DbfReader {

    private final Path path;
    private final ByteBuffer buf;
    private final int records;
    private final int headerLength;
    private final int recordLength;
    private final List<DbfField> fields;
    private final List<String> names;
    private final DbfEncoding encoding;

    private DbfReader(Path path, ByteBuffer buf, int records, int headerLength, int recordLength,
                      List<DbfField> fields, DbfEncoding encoding) {
        this.path = path;
        this.buf = buf;
        this.records = records;
        this.headerLength = headerLength;
        this.recordLength = recordLength;
        this.fields = fields;
        this.encoding = encoding;
        List<String> n = new ArrayList<>(fields.size());
        fields.forEach(f -> n.add(f.name()));
        this.names = Collections.unmodifiableList(n);
    }

    /** Opens {@code dbf}; text is converted from the layer's {@code encoding} (may be {@code null}: raw bytes). */
    public static DbfReader open(Path dbf, String encoding) {
        ByteBuffer buf = MappedFile.map(dbf, "attribute file");
        if (buf.limit() < 32) {
            throw new DataSourceException("Attribute file " + dbf + " is truncated at byte " + buf.limit()
                    + ": the header needs 32 bytes");
        }
        int records = buf.getInt(4);
        int headerLength = Short.toUnsignedInt(buf.getShort(8));
        int recordLength = Short.toUnsignedInt(buf.getShort(10));
        if (records < 0 || headerLength < 33 || recordLength < 1) {
            throw new DataSourceException("Attribute file " + dbf + " has a corrupted header (records "
                    + records + ", header length " + headerLength + ", record length " + recordLength + ")");
        }
        long needed = headerLength + (long) records * recordLength;
        if (needed > buf.limit()) {
            throw new DataSourceException("Attribute file " + dbf + " is truncated at byte " + buf.limit()
                    + ": its header declares " + records + " records of " + recordLength + " bytes ("
                    + needed + " bytes)");
        }
        List<DbfField> fields = DbfHeaderParser.fields(dbf, buf, headerLength, recordLength);
        return new DbfReader(dbf, buf, records, headerLength, recordLength, fields, DbfEncoding.of(encoding, dbf));
    }

    /** Opens {@code dbf} without a layer ENCODING. */
    public static DbfReader open(Path dbf) {
        return open(dbf, null);
    }

    public Path path() {
        return path;
    }

    public int recordCount() {
        return records;
    }

    public List<DbfField> fields() {
        return fields;
    }

    /** Field names in file order (MapServer's items). */
    public List<String> fieldNames() {
        return names;
    }

    /** The charset text is converted from, or {@code null} when values keep the file's bytes. */
    public java.nio.charset.Charset charset() {
        return encoding.charset();
    }

    /** The value of {@code field} in {@code record}, with MapServer's trimming and null rules. */
    public String value(int record, int field) {
        if (record < 0 || record >= records) {
            throw new DataSourceException("Attribute file " + path + " has no record " + record + " (it has "
                    + records + ")");
        }
        DbfField f = fields.get(field);
        int start = headerLength + record * recordLength + f.offset();
        int end = start;
        int limit = start + f.length();
        while (end < limit && buf.get(end) != 0) {
            end++;
        }
        while (end > start && buf.get(end - 1) == ' ') {
            end--;
        }
        if (f.numericLike()) {
            while (start < end && buf.get(start) == ' ') {
                start++;
            }
            if (isNullMarker(f, start, end)) {
                return "0";
            }
        }
        return decode(start, end);
    }

    private boolean isNullMarker(DbfField f, int start, int end) {
        if (f.type() == 'D') {
            if (end - start < 8) {
                return false;
            }
            for (int k = 0; k < 8; k++) {
                if (buf.get(start + k) != '0') {
                    return false;
                }
            }
            return true;
        }
        return end > start && buf.get(start) == '*';
    }

    private String decode(int start, int end) {
        byte[] bytes = new byte[end - start];
        buf.get(start, bytes);
        return encoding.decode(bytes, 0, bytes.length);
    }

    /** A lazily decoded view of one record; values are decoded (once) when asked for. */
    public AttributeRow row(int record) {
        return new DbfRow(this, record);
    }
}
