package org.jmapserv.data.shapefile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a dBASE III .dbf with C and N fields (and the optional .cpg), the way msDBFCreate /
 * msDBFWriteAttribute lay records out: text left-aligned and blank-padded, numbers right-aligned.
 * The header date is fixed so that generated test data is byte-for-byte reproducible.
 */
final class DbfWriter implements AutoCloseable {

    private final Path path;
    private final ChannelOutput out;
    private final List<DbfField> fields;
    private final DbfTextOptions text;
    private final int recordLength;
    private int records;

    DbfWriter(Path dbf, List<DbfField> fields, DbfTextOptions text) throws IOException {
        for (DbfField f : fields) {
            if ((f.type() != 'C' && f.type() != 'N') || f.name().length() > 10) {
                throw new IllegalArgumentException("writer supports C and N fields with names of up to 10 "
                        + "characters: " + f);
            }
        }
        this.path = dbf;
        this.fields = List.copyOf(fields);
        this.text = text;
        this.recordLength = 1 + fields.stream().mapToInt(DbfField::length).sum();
        this.out = new ChannelOutput(dbf);
        out.fill(0, 32 + 32 * fields.size());
        out.fill(0x0D, 1);
        if (text.cpg() != null) {
            Path cpg = dbf.resolveSibling(ShapefileFiles.stripExtension(dbf).getFileName() + ".cpg");
            Files.writeString(cpg, text.cpg(), StandardCharsets.US_ASCII);
        }
    }

    void write(List<String> values) throws IOException {
        if (values.size() != fields.size()) {
            throw new IllegalArgumentException(path + ": " + values.size() + " values for " + fields.size()
                    + " fields");
        }
        out.fill(' ', 1);
        for (int i = 0; i < fields.size(); i++) {
            out.bytes(cell(fields.get(i), values.get(i) == null ? "" : values.get(i)));
        }
        records++;
    }

    private byte[] cell(DbfField f, String value) {
        byte[] raw = value.getBytes(f.type() == 'C' ? text.charset() : StandardCharsets.US_ASCII);
        if (raw.length > f.length()) {
            if (f.type() == 'N') {
                throw new IllegalArgumentException("value " + value + " does not fit numeric field " + f.name());
            }
            raw = java.util.Arrays.copyOf(raw, f.length());
        }
        byte[] cell = new byte[f.length()];
        java.util.Arrays.fill(cell, (byte) ' ');
        System.arraycopy(raw, 0, cell, f.type() == 'N' ? f.length() - raw.length : 0, raw.length);
        return cell;
    }

    @Override
    public void close() throws IOException {
        out.fill(0x1A, 1);
        out.patch(0, header());
        out.close();
    }

    private ByteBuffer header() {
        ByteBuffer h = ByteBuffer.allocate(32 + 32 * fields.size()).order(ByteOrder.LITTLE_ENDIAN);
        h.put((byte) 3).put((byte) 124).put((byte) 1).put((byte) 1); // version 3, date 2024-01-01
        h.putInt(records).putShort((short) (33 + 32 * fields.size())).putShort((short) recordLength);
        h.put(29, (byte) text.ldid());
        for (int i = 0; i < fields.size(); i++) {
            DbfField f = fields.get(i);
            int at = 32 + 32 * i;
            byte[] name = f.name().getBytes(StandardCharsets.US_ASCII);
            h.put(at, name);
            h.put(at + 11, (byte) f.type());
            h.put(at + 16, (byte) (f.type() == 'C' ? f.length() & 0xFF : f.length()));
            h.put(at + 17, (byte) (f.type() == 'C' ? f.length() >> 8 : f.decimals()));
        }
        h.clear();
        return h;
    }
}
