package org.jmapserv.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * mapserv's query modes, the template tags and WMS GetFeatureInfo answer byte for byte as Debian's MapServer 8.0 CGI does, for every
 * case in test-data/query/cases.txt (answers in test-data/query/expected/, made by regenerate-expected.sh). XML
 * answers are compared as text too: MapServer's layout is part of what clients parse.
 */
class AnswersQueriesLikeMapserv8Test {

    private static final Path DIR = Path.of("test-data/query").toAbsolutePath();
    private static MapservHandler handler;

    @BeforeAll
    static void start() throws IOException {
        Files.createDirectories(Path.of("/tmp/jmapserv-browse-test"));
        handler = QueryCaptures.handler();
    }

    @AfterAll
    static void stop() {
        handler.close();
    }

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (String line : Files.readAllLines(DIR.resolve("cases.txt"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\\|", 3);
            out.add(Arguments.of(f[0], f[1], f[2]));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void answersAsMapServer80(String name, String mapfile, String query) throws IOException {
        String expected = Files.readString(DIR.resolve("expected/" + name + ".txt"), StandardCharsets.UTF_8);
        MapservResponse r = handler.handle(MapservRequest.get("map=" + DIR.resolve(mapfile) + "&" + query, null,
                "http://localhost/mapserv"));
        assertTrue(r.status() < 500, name + ": status " + r.status());
        // messages naming a file under test-data/query (a missing REFERENCE IMAGE) hold its directory as @QUERYDIR@
        String body = r.bodyText().replace(DIR.toString(), "@QUERYDIR@");
        assertEquals(withoutImageLines(expected), withoutImageLines(stripVersionComment(body)), name);
        for (String line : r.bodyText().lines().filter(l -> l.startsWith("IMG ")).toList()) {
            for (String url : line.substring(4).split(" ")) {
                Path file = Path.of("/tmp/jmapserv-browse-test").resolve(Path.of(url).getFileName());
                assertTrue(Files.size(file) > 100 && Files.readAllBytes(file)[1] == 'P', name + ": " + file);
            }
        }
    }

    /**
     * Browse pages name the images msGenerateImages wrote with a per-request id (time and pid in MapServer), so
     * their "IMG ..." lines are compared by checking that the files exist instead.
     */
    private static String withoutImageLines(String s) {
        return s.lines().filter(l -> !l.startsWith("IMG ")).reduce("", (a, b) -> a + b + "\n");
    }

    /** Our error page has no version comment; MapServer's was removed from the expected files by the script. */
    private static String stripVersionComment(String s) {
        return s.lines().filter(l -> !l.startsWith("<!-- MapServer version")).reduce("", (a, b) -> a + b + "\n")
                + (s.endsWith("\n") || s.isEmpty() ? "" : "\u0000");
    }
}
