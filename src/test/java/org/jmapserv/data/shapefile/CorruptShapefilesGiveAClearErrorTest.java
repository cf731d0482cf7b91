package org.jmapserv.data.shapefile;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jmapserv.data.DataSourceException;
import org.jmapserv.data.ShapeGeometry;
import org.jmapserv.data.ShapeKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorruptShapefilesGiveAClearErrorTest {

    @TempDir
    Path dir;
    private Path base;

    @BeforeEach
    void writeThreeLines() {
        base = dir.resolve("roads");
        try (ShapefileWriter w = ShapefileWriter.create(base, ShapeType.POLYLINE, List.of(DbfField.numeric("ID", 3, 0)))) {
            for (int i = 0; i < 3; i++) {
                w.write(ShapeGeometry.of(ShapeKind.LINE, new int[] {0}, new double[] {i, 0, i + 1, 1}),
                        List.of(Integer.toString(i)));
            }
        }
    }

    private String failure() {
        DataSourceException e = assertThrows(DataSourceException.class, () -> {
            try (ShapefileReader r = ShapefileReader.open(base)) {
                ShapefileRoundTripTest.readAll(r, null);
            }
        });
        return e.getMessage();
    }

    private static void assertMentions(String message, String... parts) {
        for (String p : parts) {
            assertTrue(message.contains(p), "\"" + message + "\" should mention " + p);
        }
    }

    private void truncate(String ext, long length) throws Exception {
        try (RandomAccessFile f = new RandomAccessFile(dir.resolve("roads." + ext).toFile(), "rw")) {
            f.setLength(length);
        }
    }

    private void poke(String ext, long position, int bigEndianInt) throws Exception {
        try (RandomAccessFile f = new RandomAccessFile(dir.resolve("roads." + ext).toFile(), "rw")) {
            f.seek(position);
            f.writeInt(bigEndianInt);
        }
    }

    @Test
    void truncatedShpNamesTheFileAndTheByte() throws Exception {
        long size = Files.size(dir.resolve("roads.shp"));
        truncate("shp", size - 10);
        assertMentions(failure(), "roads.shp", "truncated at byte " + (size - 10));
    }

    @Test
    void shpShorterThanItsHeaderIsTruncated() throws Exception {
        truncate("shp", 60);
        assertMentions(failure(), "roads.shp", "truncated at byte 60");
    }

    @Test
    void truncatedShxNamesTheIndexFile() throws Exception {
        truncate("shx", 110);
        assertMentions(failure(), "roads.shx", "truncated at byte 110");
    }

    @Test
    void badFileCodeIsReported() throws Exception {
        poke("shp", 0, 1234);
        assertMentions(failure(), "roads.shp", "bad file code 1234");
    }

    @Test
    void recordLengthPastTheEndOfTheFileIsReported() throws Exception {
        poke("shx", 100 + 8 * 2 + 4, 5000); // record 2's length in 16-bit words
        assertMentions(failure(), "roads.shp", "record 2", "runs past the end of the file");
    }

    @Test
    void recordOffsetPastTheEndOfTheFileIsReported() throws Exception {
        poke("shx", 100 + 8, 0x7FFFFFF0);
        assertMentions(failure(), "roads.shp", "record 1", "runs past the end of the file");
    }

    @Test
    void pointCountLargerThanTheRecordIsReported() throws Exception {
        long record0 = 100 + 8; // content of record 0: type, box, numParts, numPoints
        try (RandomAccessFile f = new RandomAccessFile(dir.resolve("roads.shp").toFile(), "rw")) {
            f.seek(record0 + 40);
            f.write(ByteBuffer.allocate(4).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(1_000_000).array());
        }
        assertMentions(failure(), "roads.shp", "record 0", "corrupted record");
    }

    @Test
    void missingDbfIsReported() throws Exception {
        Files.delete(dir.resolve("roads.dbf"));
        assertMentions(failure(), "roads.dbf is missing");
    }

    @Test
    void missingShxIsReported() throws Exception {
        Files.delete(dir.resolve("roads.shx"));
        assertMentions(failure(), "roads.shx is missing");
    }

    @Test
    void missingShpIsReported() throws Exception {
        Files.delete(dir.resolve("roads.shp"));
        assertMentions(failure(), "roads.shp not found");
    }

    @Test
    void truncatedDbfIsReported() throws Exception {
        truncate("dbf", 70);
        assertMentions(failure(), "roads.dbf", "truncated at byte 70");
    }

    @Test
    void multiPatchIsRejected() throws Exception {
        new RawShapefile(31).write(base);
        assertMentions(failure(), "roads.shp", "unsupported shape type 31 (MultiPatch)");
    }

    @Test
    void unknownShapeTypeIsRejected() throws Exception {
        new RawShapefile(99).write(base);
        assertMentions(failure(), "roads.shp", "unsupported shape type 99");
    }
}
