package org.jmapserv.data.shapefile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pins msDBFReadAttribute's trimming and null rules on a .dbf written byte by byte. */
class DbfValuesAreTrimmedLikeMapServerTest {

    @TempDir
    Path dir;

    @Test
    void trimsLikeMsDbfReadAttribute() throws Exception {
        String[][] fields = {{"TXT", "C", "8"}, {"NUM", "N", "6"}, {"DAY", "D", "8"}, {"OK", "L", "1"}};
        String[] rows = {
            "  a b   " + "  12.5" + "20240131" + "T",
            "ab\0zz   " + "******" + "00000000" + "?",
            "        " + "      " + "        " + " "};
        Path dbf = dir.resolve("t.dbf");
        Files.write(dbf, dbf(fields, rows));
        DbfReader r = DbfReader.open(dbf);
        assertEquals(java.util.List.of("TXT", "NUM", "DAY", "OK"), r.fieldNames());
        assertEquals(java.util.List.of("  a b", "12.5", "20240131", "T"), r.row(0).values());
        assertEquals(java.util.List.of("ab", "0", "0", "?"), r.row(1).values());
        assertEquals(java.util.List.of("", "", "", ""), r.row(2).values());
    }

    private static byte[] dbf(String[][] fields, String[] rows) {
        int recordLength = 1;
        for (String[] f : fields) {
            recordLength += Integer.parseInt(f[2]);
        }
        int headerLength = 33 + 32 * fields.length;
        ByteBuffer b = ByteBuffer.allocate(headerLength + rows.length * recordLength + 1).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 3).put(new byte[3]).putInt(rows.length).putShort((short) headerLength).putShort((short) recordLength);
        for (int i = 0; i < fields.length; i++) {
            int at = 32 + 32 * i;
            b.put(at, fields[i][0].getBytes(StandardCharsets.US_ASCII));
            b.put(at + 11, (byte) fields[i][1].charAt(0));
            b.put(at + 16, (byte) Integer.parseInt(fields[i][2]));
        }
        b.put(headerLength - 1, (byte) 0x0D);
        b.position(headerLength);
        for (String row : rows) {
            b.put((byte) ' ').put(row.getBytes(StandardCharsets.ISO_8859_1));
        }
        b.put((byte) 0x1A);
        return b.array();
    }
}
