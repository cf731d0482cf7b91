package org.jmapserv.mapfile.parse;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jmapserv.mapfile.MapfileException;
import org.jmapserv.mapfile.source.InMemorySourceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SurvivesHostileInputTest {

    @Test
    void refusesAFileLargerThanTheCapWithoutReadingIt(@TempDir Path dir) throws Exception {
        Path huge = dir.resolve("huge.map");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(65L * 1024 * 1024);
        }
        String m = assertThrows(MapfileException.class, () -> new MapfileReader().read(huge)).getMessage();
        assertTrue(m.contains("more than the limit of 67108864 bytes"), m);
        Files.delete(huge);
    }

    @Test
    void deeplyRepeatedBlockKeywordsDoNotNestOrOverflowTheStack() {
        String text = "MAP\n" + "LAYER ".repeat(200_000) + "\nEND\n";
        String m = MapfileFixtures.errorOf(text);
        assertTrue(m.contains("missing END for MAP opened at test.map:1:1"), m);
    }

    @Test
    void deepestLegalNestingStillReads() throws Exception {
        MapfileFixtures.read(MapfileFixtures.layer("CLASS LABEL STYLE PATTERN 1 2 END END END END"));
    }

    @Test
    void theSameFileIncludedOverAndOverHitsTheTotalSizeCap() {
        InMemorySourceLoader files = new InMemorySourceLoader();
        files.put(Path.of("/m/big.inc"), "# " + "x".repeat(8 * 1024 * 1024) + "\n");
        files.put(Path.of("/m/main.map"), "MAP\n" + "INCLUDE \"big.inc\"\n".repeat(20) + "END\n");
        String m = assertThrows(MapfileException.class,
                () -> new MapfileReader(files).read(Path.of("/m/main.map"))).getMessage();
        assertTrue(m.contains("refusing to read further"), m);
    }

    @Test
    void unbalancedBracketsAndParenthesesAreJustErrors() {
        for (String junk : new String[] {"(((((", "[[[[", "{{{{", "\"", "'", "/*", "\u0000\u0001\u00ff"}) {
            String m = MapfileFixtures.errorOf("MAP NAME " + junk.repeat(1000) + " END");
            assertTrue(m.startsWith("test.map:"), m);
        }
    }
}
