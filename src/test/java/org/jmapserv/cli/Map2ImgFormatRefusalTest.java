package org.jmapserv.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * map2img -i with a format MapServer 8 writes but we cannot (kml, kmz, json, ...) fails with exit 1 and writes
 * nothing; an unknown name gets map2img's "No such OUTPUTFORMAT" and the map's default format, as map2img 8.0 does.
 */
class Map2ImgFormatRefusalTest {

    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {
    }

    private Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Map2ImgCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of()).execute(args);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private String map() {
        return Path.of("samples/104-circle-layer.map").toAbsolutePath().toString();
    }

    @Test
    void knownButUnwritableFormatFailsWithoutWritingAnImage() {
        for (String f : new String[] {"kml", "kmz", "json"}) {
            Path target = dir.resolve("x." + f);
            Run r = run("-m", map(), "-i", f, "-o", target.toString());
            assertEquals(1, r.status(), f + ": " + r.err());
            assertTrue(r.err().contains("msSelectOutputFormat()") && r.err().contains("jmapserv does not"), r.err());
            assertFalse(Files.exists(target), f + " must not be written");
        }
    }

    @Test
    void cairoPngIsWrittenAndCairoJpegIsNoBuiltInAsIn80() throws Exception {
        Path png = dir.resolve("x.png");
        Run r = run("-m", map(), "-i", "cairopng", "-o", png.toString());
        assertEquals(0, r.status(), r.err());
        byte[] bytes = Files.readAllBytes(png);
        assertEquals((byte) 0x89, bytes[0]);
        assertEquals('P', bytes[1]);
        Path jpg = dir.resolve("x.jpg");
        Run j = run("-m", map(), "-i", "cairojpeg", "-o", jpg.toString());
        assertEquals(0, j.status(), j.err());
        assertTrue(j.out().contains("No such OUTPUTFORMAT as cairojpeg."), j.out());
    }

    @Test
    void unknownFormatNameFallsBackToTheMapDefaultAsMap2imgDoes() throws Exception {
        Path target = dir.resolve("x.foo");
        Run r = run("-m", map(), "-i", "foo", "-o", target.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("No such OUTPUTFORMAT as foo."), r.out());
        byte[] png = Files.readAllBytes(target);
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1]);
    }

    @Test
    void gdalGifIsRefusedWithMapServersOwnFailure() throws Exception {
        Path mapfile = dir.resolve("gif.map");
        Files.writeString(mapfile, """
                MAP
                  SIZE 20 20
                  EXTENT 0 0 10 10
                  IMAGETYPE "gif"
                  OUTPUTFORMAT
                    NAME "gif"
                    DRIVER "GDAL/GIF"
                  END
                END
                """);
        Path target = dir.resolve("x.gif");
        Run r = run("-m", mapfile.toString(), "-o", target.toString());
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().contains("GIF driver only supports one band images"), r.err());
        assertFalse(Files.exists(target));
    }
}
