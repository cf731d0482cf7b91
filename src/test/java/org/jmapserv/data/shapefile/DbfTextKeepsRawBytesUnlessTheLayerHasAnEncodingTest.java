package org.jmapserv.data.shapefile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.jmapserv.data.DataSourceException;
import org.jmapserv.data.RawText;
import org.jmapserv.data.ShapeGeometry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MapServer 8.0's msLayerEncodeShapeAttributes: raw bytes without ENCODING, .cpg and LDID ignored (probed). */
class DbfTextKeepsRawBytesUnlessTheLayerHasAnEncodingTest {

    private static final String TEXT = "Zürich €5 Ærø";

    @TempDir
    Path dir;

    private Path write(String name, DbfTextOptions options) {
        Path base = dir.resolve(name);
        try (ShapefileWriter w = ShapefileWriter.create(base, ShapeType.POINT,
                List.of(DbfField.character("NAME", 40), DbfField.numeric("N", 6, 0)), options)) {
            w.write(ShapeGeometry.point(0, 0), List.of(TEXT, "42"));
        }
        return base;
    }

    private static String name(Path base, String encoding) {
        try (ShapefileReader r = ShapefileReader.open(base, encoding)) {
            return ShapefileRoundTripTest.readAll(r, null).get(0).attribute("NAME");
        }
    }

    @Test
    void utf8BytesComeOutAsTheirText() {
        assertEquals(TEXT, name(write("utf8", DbfTextOptions.utf8WithCpg()), null));
    }

    @Test
    void cp1252BytesStayRawDespiteTheirCpgAndLanguageDriver() {
        Path base = write("ansi", new DbfTextOptions(Charset.forName("windows-1252"), "1252", 0x57));
        String raw = name(base, null);
        assertNotEquals(TEXT, raw, "8.0 does not convert from the .cpg: a UTF-8 EXPRESSION must not match");
        assertTrue(RawText.hasEscapes(raw));
        assertArrayEquals(TEXT.getBytes(Charset.forName("windows-1252")), RawText.toBytes(raw),
                "templates write the file's bytes back unchanged");
        assertEquals("Zürich \u00805 Ærø", RawText.forDisplay(raw), "labels draw each byte as its latin1 code point");
    }

    @Test
    void theLayerEncodingConvertsTheText() {
        Path base = write("enc", new DbfTextOptions(Charset.forName("windows-1252"), null, 0));
        assertEquals(TEXT, name(base, "CP1252"));
        assertEquals(TEXT, name(write("u", DbfTextOptions.utf8WithCpg()), "UTF-8"));
    }

    @Test
    void aFailedConversionKeepsTheRawValue() {
        Path base = write("ascii", new DbfTextOptions(StandardCharsets.ISO_8859_1, null, 0));
        assertEquals(name(base, null), name(base, "US-ASCII"));
    }

    @Test
    void anUnknownLayerEncodingIsAnError() {
        Path base = write("bad", DbfTextOptions.latin1());
        DataSourceException e = assertThrows(DataSourceException.class, () -> ShapefileReader.open(base, "NOPE-1"));
        assertTrue(e.getMessage().contains("NOPE-1") && e.getMessage().contains("bad.dbf"), e.getMessage());
    }
}
