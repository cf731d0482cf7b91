package org.jmapserv.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.algorithm.distance.DiscreteHausdorffDistance;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

/**
 * [shpxy buffer=...] on lines and polygons (processShpxyTag, msGEOSBuffer). MapServer 8.0 on Debian buffers with
 * GEOS 3.11 and jmapserv with JTS 1.20, which place a few fillet vertices at small outside turns differently, so
 * the answers of test-data/query/buffer-shapes.txt are compared as shapes: the same lines, names and parts, and
 * every printed ring or part within 2 % of the buffer distance of MapServer's (discrete Hausdorff distance, both
 * ways). Buffers of points are byte for byte in cases.txt (shpxy-buffer-*).
 */
class ShpxyBufferMatchesMapserv8ShapesTest {

    private static final Path DIR = Path.of("test-data/query").toAbsolutePath();
    private static final Pattern PAIR = Pattern.compile("(-?\\d+(?:\\.\\d+)?),(-?\\d+(?:\\.\\d+)?)");
    /** The buffer distance each line label of the templates asks for (buffer_country.html, buffer_river.html). */
    private static final Map<String, Double> DISTANCE = Map.of("P", 0.2, "N", 0.3, "X", 4.0, "R", 0.1, "Y", 3.0);
    private static final GeometryFactory GF = new GeometryFactory();
    private static MapservHandler handler;

    @BeforeAll
    static void start() {
        handler = QueryCaptures.handler();
    }

    @AfterAll
    static void stop() {
        handler.close();
    }

    static Stream<Arguments> cases() throws IOException {
        return QueryCaptures.cases("buffer-shapes.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void buffersLikeMapserv80(String name, String mapfile, String query) throws IOException {
        List<String> expected = Files.readString(DIR.resolve("expected/" + name + ".txt"), StandardCharsets.UTF_8)
                .lines().toList();
        MapservResponse r = handler.handle(MapservRequest.get("map=" + DIR.resolve(mapfile) + "&" + query, null,
                "http://localhost/mapserv"));
        assertEquals(200, r.status(), name);
        List<String> actual = r.bodyText().lines().toList();
        assertEquals(expected.size(), actual.size(), name + ": lines\n" + r.bodyText());
        int shapes = 0;
        for (int i = 0; i < expected.size(); i++) {
            String e = expected.get(i);
            String a = actual.get(i);
            Matcher m = PAIR.matcher(e);
            if (!m.find()) {
                assertEquals(e, a, name + " line " + (i + 1));
                continue;
            }
            String head = e.substring(0, m.start());
            assertTrue(a.startsWith(head), name + " line " + (i + 1) + ": " + a.substring(0, head.length()));
            List<LineString> ep = parts(e.substring(head.length()));
            List<LineString> ap = parts(a.substring(head.length()));
            assertEquals(ep.size(), ap.size(), name + " line " + (i + 1) + ": parts");
            double tolerance = 0.02 * DISTANCE.get(head.substring(0, 1));
            for (int p = 0; p < ep.size(); p++) {
                double d = Math.max(DiscreteHausdorffDistance.distance(ep.get(p), ap.get(p)),
                        DiscreteHausdorffDistance.distance(ap.get(p), ep.get(p)));
                assertTrue(d <= tolerance, name + " line " + (i + 1) + " part " + p + ": " + d + " > " + tolerance);
                shapes++;
            }
        }
        assertTrue(shapes > 0, name + ": no coordinates compared");
    }

    /** The parts of a [shpxy ... ps="|"] answer as lines. */
    private static List<LineString> parts(String coords) {
        List<LineString> out = new ArrayList<>();
        for (String part : coords.split("\\|")) {
            List<Coordinate> c = new ArrayList<>();
            Matcher m = PAIR.matcher(part);
            while (m.find()) {
                c.add(new Coordinate(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))));
            }
            if (c.size() == 1) {
                c.add(c.get(0));
            }
            out.add(GF.createLineString(c.toArray(Coordinate[]::new)));
        }
        return out;
    }
}
