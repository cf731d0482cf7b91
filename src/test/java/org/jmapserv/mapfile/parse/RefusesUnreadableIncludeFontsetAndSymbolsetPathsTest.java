package org.jmapserv.mapfile.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.jmapserv.mapfile.Diagnostic;
import org.jmapserv.mapfile.MapfileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A path MapServer cannot fopen is a load error at the keyword's position, whatever makes it unreadable: a NUL
 * byte (MapServer's fopen stops at it; Java's Path refuses it and used to escape as InvalidPathException), a
 * directory or a FIFO (used to read "does not exist"; Debian's map2img 8.0 blocks forever on a FIFO INCLUDE).
 */
class RefusesUnreadableIncludeFontsetAndSymbolsetPathsTest {

    @TempDir
    Path dir;

    private Diagnostic only(String body) throws Exception {
        Path map = Files.writeString(dir.resolve("m.map"), "MAP\n SIZE 10 10\n EXTENT 0 0 1 1\n" + body + "\nEND\n");
        MapfileException e = assertThrows(MapfileException.class, () -> new MapfileReader().read(map));
        assertEquals(1, e.diagnostics().size(), e.getMessage());
        Diagnostic d = e.diagnostics().get(0);
        assertEquals(4, d.position().line(), d.toString());
        return d;
    }

    @Test
    void aNulByteInAnIncludePathIsAPositionedLoadError() throws Exception {
        String m = only(" INCLUDE \"a\0b.inc\"").message();
        assertTrue(m.contains("Error opening included file \"a\\0b.inc\"") && m.contains("NUL byte"), m);
    }

    @Test
    void aNulByteInAFontsetPathIsAPositionedLoadError() throws Exception {
        String m = only(" FONTSET \"a\0b.txt\"").message();
        assertTrue(m.contains("Error opening fontset a\\0b.txt") && m.contains("NUL byte"), m);
    }

    @Test
    void aNulByteInASymbolsetPathIsAPositionedLoadError() throws Exception {
        String m = only(" SYMBOLSET \"a\0b.sym\"").message();
        assertTrue(m.contains("Error opening symbolset a\\0b.sym") && m.contains("NUL byte"), m);
    }

    @Test
    void includingADirectorySaysItIsADirectory() throws Exception {
        Files.createDirectory(dir.resolve("d.inc"));
        String m = only(" INCLUDE \"d.inc\"").message();
        assertTrue(m.contains("is a directory"), m);
    }

    @Test
    void includingAFifoSaysItIsNoRegularFileAndDoesNotBlock() throws Exception {
        Path fifo = dir.resolve("f.inc");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, mk.waitFor());
        String m = only(" INCLUDE \"f.inc\"").message();
        assertTrue(m.contains("is not a regular file"), m);
    }
}
