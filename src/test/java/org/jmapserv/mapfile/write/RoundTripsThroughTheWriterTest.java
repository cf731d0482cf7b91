package org.jmapserv.mapfile.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jmapserv.mapfile.MapfileException;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.parse.MapfileReader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class RoundTripsThroughTheWriterTest {

    private static MapDef roundTrip(Path file) throws MapfileException {
        MapDef first = new MapfileReader().read(file);
        String text = new MapfileWriter().write(first);
        MapDef second = new MapfileReader().readString(text, file.getFileName().toString(),
                file.toAbsolutePath().getParent());
        assertEquals(first, second, () -> "round trip changed the model of " + file + "; written:\n" + text);
        assertEquals(text, new MapfileWriter().write(second), "the canonical form is stable");
        return second;
    }

    @Test
    void theDemoSampleRoundTripsToAnEqualModel() throws Exception {
        MapDef map = roundTrip(Path.of("samples/demo.map"));
        assertEquals(2, map.layers().size());
    }

    @Test
    void writesUpperCaseKeywordsTwoSpaceIndentAndOnlyNonDefaults() throws Exception {
        MapDef map = new MapfileReader().read(Path.of("samples/demo.map"));
        String text = new MapfileWriter().write(map);
        assertTrue(text.startsWith("MAP\n  NAME \"demo\"\n"), text);
        assertTrue(text.contains("\n      \"wms_title\" \"Demo \\\"quoted\\\" map\"\n"), text);
        assertTrue(!text.contains("RESOLUTION"), "defaults are not written");
    }

    @TestFactory
    Stream<DynamicTest> everyValidCorpusMapfileRoundTrips() throws IOException {
        List<Path> files = corpus("test-data/mapfiles/valid");
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> roundTrip(f)));
    }

    static List<Path> corpus(String dir) throws IOException {
        Path root = Path.of(dir);
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(root)) {
            return s.filter(p -> p.toString().endsWith(".map")).sorted().toList();
        }
    }
}
