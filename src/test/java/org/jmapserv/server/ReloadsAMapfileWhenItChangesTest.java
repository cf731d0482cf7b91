package org.jmapserv.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.parse.MapfileReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReloadsAMapfileWhenItChangesTest {

    @TempDir
    Path dir;

    @Test
    void parsesOnceThenAgainAfterTheFileChanges() throws Exception {
        Path p = dir.resolve("a.map");
        Files.writeString(p, "MAP NAME \"first\" EXTENT 0 0 1 1 END\n");
        MapfileCache cache = new MapfileCache(new MapfileReader());
        MapDef a = cache.load(p);
        assertSame(a, cache.load(p), "cached while unchanged");
        Files.writeString(p, "MAP NAME \"second\" EXTENT 0 0 1 1 END\n");
        Files.setLastModifiedTime(p, FileTime.fromMillis(Files.getLastModifiedTime(p).toMillis() + 2000));
        assertEquals("second", cache.load(p).name());
    }

    @Test
    void reportsParseErrorsWithoutTheDirectory() throws Exception {
        Path p = dir.resolve("bad.map");
        Files.writeString(p, "MAP NAME \"x\" LAYER\n");
        MapservException e = org.junit.jupiter.api.Assertions.assertThrows(MapservException.class,
                () -> new MapfileCache(new MapfileReader()).load(p));
        assertEquals(false, e.getMessage().contains(dir.toString()), e.getMessage());
        assertEquals(true, e.getMessage().startsWith("msLoadMap(): "), e.getMessage());
    }
}
