package org.jmapserv.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Never silently wrong, as a user sees it: map2img draws the map but prints a warning with file:line:column for
 * each keyword it does not honour (once, even with -c), and `mapfile check` lists the same lines.
 */
class Map2ImgReportsIgnoredKeywordsTest {

    @TempDir
    Path dir;

    private Path mapfile() throws Exception {
        Path p = dir.resolve("rotated.map");
        Files.writeString(p, """
                MAP
                  SIZE 40 30
                  EXTENT 0 0 40 30
                  ANGLE 20
                  LAYER
                    NAME "l"
                    TYPE LINE
                    STATUS ON
                    PROCESSING "NOT_A_REAL_KEY=1"
                    FEATURE POINTS 0 0 40 30 END END
                    CLASS STYLE COLOR 0 0 0 END END
                  END
                END
                """);
        return p;
    }

    @Test
    void map2imgWarnsOnceWithPositionsAndStillDraws() throws Exception {
        Path map = mapfile();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Map2ImgCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of())
                .execute(new String[] {"-m", map.toString(), "-o", dir.resolve("x.png").toString(), "-c", "2"});
        String e = err.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, e);
        assertTrue(e.contains("map2img: warning: " + map + ":5:3: LAYER 'l': MAP ANGLE does not rotate"), e);
        assertTrue(e.contains(map + ":5:3: LAYER 'l': PROCESSING \"NOT_A_REAL_KEY=1\" is ignored"), e);
        assertEquals(1, e.split("MAP ANGLE", -1).length - 1, "printed once, not per -c iteration: " + e);
        assertTrue(Files.size(dir.resolve("x.png")) > 0);
    }

    @Test
    void mapfileCheckListsTheSameWarnings() throws Exception {
        Path map = mapfile();
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        int status;
        try {
            status = MapfileCommand.run(new String[] {"check", map.toString()});
        } finally {
            System.setOut(saved);
        }
        String o = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, o);
        assertTrue(o.contains(map + ":5:3: warning: LAYER 'l': MAP ANGLE does not rotate"), o);
        assertTrue(o.contains("warning: LAYER 'l': PROCESSING \"NOT_A_REAL_KEY=1\" is ignored"), o);
    }
}
