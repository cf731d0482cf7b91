package org.jmapserv.mapfile.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.jmapserv.mapfile.MapfileException;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.source.InMemorySourceLoader;
import org.junit.jupiter.api.Test;

class ExpandsIncludesAtTokenLevelTest {
    private final InMemorySourceLoader files = new InMemorySourceLoader();

    private MapDef read(String main) throws MapfileException {
        files.put(Path.of("/maps/main.map"), main);
        return new MapfileReader(files).read(Path.of("/maps/main.map"));
    }

    private String error(String main) {
        return assertThrows(MapfileException.class, () -> read(main)).getMessage();
    }

    @Test
    void includeMayAppearInsideBlocks() throws Exception {
        files.put(Path.of("/maps/inc/style.inc"), "COLOR 1 2 3");
        MapDef map = read("MAP LAYER NAME l TYPE LINE CLASS STYLE INCLUDE \"inc/style.inc\" END END END END");
        assertEquals(1, map.layers().get(0).classes().get(0).styles().get(0).color().red());
    }

    @Test
    void errorsInsideAnIncludedFileNameThatFileAndTheChain() {
        files.put(Path.of("/maps/inc/layer.inc"), "LAYER\n  NAME x\n  TYPE POINT\n  BOGUS 1\nEND\n");
        String m = error("MAP\n  INCLUDE \"inc/layer.inc\"\nEND\n");
        assertTrue(m.startsWith("/maps/inc/layer.inc:4:3: Parsing error near (BOGUS)"), m);
        assertTrue(m.endsWith("(included from /maps/main.map:2:3)"), m);
    }

    @Test
    void nestedIncludesResolveAgainstTheTopLevelMapfileDirectory() throws Exception {
        files.put(Path.of("/maps/a/one.inc"), "INCLUDE \"b/two.inc\"");
        files.put(Path.of("/maps/b/two.inc"), "NAME \"from-b\"");
        assertEquals("from-b", read("MAP INCLUDE \"a/one.inc\" END").name());
    }

    @Test
    void rejectsAPathRelativeToTheIncludingFileLikeMapServerWithAHint() {
        files.put(Path.of("/maps/a/one.inc"), "INCLUDE \"two.inc\"");
        files.put(Path.of("/maps/a/two.inc"), "NAME \"from-a\"");
        String m = error("MAP INCLUDE \"a/one.inc\" END");
        assertTrue(m.startsWith("/maps/a/one.inc:1:9: Error opening included file \"two.inc\"."), m);
        assertTrue(m.contains("against the main mapfile's directory"), m);
    }

    @Test
    void fiveNestedLevelsLoadAndTheSixthFails() throws Exception {
        for (int i = 1; i <= 6; i++) {
            files.put(Path.of("/maps/l" + i + ".inc"), i < 6 ? "INCLUDE \"l" + (i + 1) + ".inc\"" : "NAME deep");
        }
        String m = error("MAP INCLUDE \"l1.inc\" END");
        assertTrue(m.contains("Includes nested to deeply."), m);
        files.put(Path.of("/maps/l5.inc"), "NAME five");
        assertEquals("five", read("MAP INCLUDE \"l1.inc\" END").name());
    }

    @Test
    void cyclesAreReportedWithTheChain() {
        files.put(Path.of("/maps/a.inc"), "INCLUDE \"b.inc\"");
        files.put(Path.of("/maps/b.inc"), "INCLUDE \"a.inc\"");
        String m = error("MAP INCLUDE \"a.inc\" END");
        assertTrue(m.contains("INCLUDE cycle: a.inc -> b.inc -> a.inc"), m);
    }

    @Test
    void missingIncludeUsesMapServersMessage() {
        String m = error("MAP\n INCLUDE \"nope.inc\"\nEND");
        assertTrue(m.startsWith("/maps/main.map:2:10: Error opening included file \"nope.inc\"."), m);
    }
}
