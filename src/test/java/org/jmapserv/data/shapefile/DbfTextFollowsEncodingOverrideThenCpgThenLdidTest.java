package org.jmapserv.data.shapefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jmapserv.data.DataSourceException;
import org.jmapserv.data.ShapeGeometry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DbfTextFollowsEncodingOverrideThenCpgThenLdidTest {

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
    void utf8DeclaredByCpgIsDecodedAsUtf8() {
        Path base = write("utf8", DbfTextOptions.utf8WithCpg());
        assertTrue(Files.exists(dir.resolve("utf8.cpg")));
        assertEquals(TEXT, name(base, null));
    }

    @Test
    void cp1252DeclaredByTheLanguageDriverIdIsDecodedAsCp1252() {
        Path base = write("ansi", new DbfTextOptions(Charset.forName("windows-1252"), null, 0x57));
        assertEquals(TEXT, name(base, null));
    }

    @Test
    void theLayerEncodingOverridesTheCpgFile() throws Exception {
        Path base = write("override", new DbfTextOptions(Charset.forName("windows-1252"), "UTF-8", 0));
        assertEquals(TEXT, name(base, "CP1252"));
        assertTrue(name(base, null).contains("\uFFFD"), "without the override the bytes are read as UTF-8");
    }

    @Test
    void withNoDeclarationTheTextIsReadAsLatin1() {
        Path base = write("plain", new DbfTextOptions(StandardCharsets.ISO_8859_1, null, 0));
        assertEquals("Zürich ?5 Ærø", name(base, null));
    }

    @Test
    void cpgCodePageSpellingsMapToCharsets() {
        assertEquals(Charset.forName("windows-1252"), DbfEncoding.fromCpg("1252"));
        assertEquals(Charset.forName("windows-1252"), DbfEncoding.fromCpg("ANSI 1252"));
        assertEquals(StandardCharsets.ISO_8859_1, DbfEncoding.fromCpg("8859_1"));
        assertEquals(Charset.forName("ISO-8859-15"), DbfEncoding.fromCpg("ISO 8859-15"));
        assertEquals(StandardCharsets.UTF_8, DbfEncoding.fromCpg("utf8"));
        assertEquals(StandardCharsets.UTF_8, DbfEncoding.fromCpg("65001"));
        assertEquals(Charset.forName("windows-1251"), DbfEncoding.fromLdid(0xC9));
    }

    @Test
    void anUnknownCpgValueIsAnErrorNamingTheFile() throws Exception {
        Path base = write("weird", DbfTextOptions.latin1());
        Files.writeString(dir.resolve("weird.cpg"), "KLINGON-9");
        DataSourceException e = assertThrows(DataSourceException.class, () -> ShapefileReader.open(base));
        assertTrue(e.getMessage().contains("weird.cpg") && e.getMessage().contains("KLINGON-9"), e.getMessage());
        assertEquals(TEXT.replace('€', '?'), name(base, "ISO-8859-1"), "an explicit ENCODING still opens it");
    }

    @Test
    void anUnknownLayerEncodingIsAnError() {
        Path base = write("bad", DbfTextOptions.latin1());
        DataSourceException e = assertThrows(DataSourceException.class, () -> ShapefileReader.open(base, "NOPE-1"));
        assertTrue(e.getMessage().contains("NOPE-1") && e.getMessage().contains("bad.dbf"), e.getMessage());
    }
}
