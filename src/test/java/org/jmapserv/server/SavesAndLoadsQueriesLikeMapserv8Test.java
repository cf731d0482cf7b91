package org.jmapserv.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * savequery writes the very file Debian's MapServer 8.0 writes (test-data/query/qy/*.qy are 8.0's files for the
 * same requests), saved results files are read back, and query files never leak anything but MapServer's
 * messages. The template answers themselves are compared in {@link AnswersQueriesLikeMapserv8Test}.
 */
class SavesAndLoadsQueriesLikeMapserv8Test {

    private static final Path DIR = Path.of("test-data/query").toAbsolutePath();
    private static final Path SAVED = Path.of("/tmp/jmapserv-query-test");
    private static MapservHandler handler;

    @BeforeAll
    static void start() throws IOException {
        Files.createDirectories(SAVED);
        handler = QueryCaptures.handler();
    }

    @AfterAll
    static void stop() {
        handler.close();
    }

    private static MapservResponse get(String map, String query) {
        return handler.handle(MapservRequest.get("map=" + DIR.resolve(map) + "&" + query, null,
                "http://localhost/mapserv"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "point|mode=nquery&mapxy=12.6+45.9&layers=all",
        "regex|mode=itemnquery&qlayer=cities&qitem=NAME&qstring=/^K/",
        "expression|mode=itemnquery&qlayer=cities&qstring=([POP]>2000000)",
        "shape|mode=nquery&mapshape=12+44+13+44+13+46+12+46&layers=cities",
        "index|mode=indexquery&qlayer=cities&shapeindex=3",
        "feature|mode=featurenquery&mapxy=16.5+43.5&slayer=countries&layers=all",
        "rect|mode=nquery&mapext=12+44+13+46.5&layers=all",
        "buffer|mode=query&mapxy=12.6+45.9&buffer=0.5&layers=all",
        "imgshape|mode=nquery&imgshape=100+50+250+50+250+200+100+200&imgext=9.2+39.6+20.2+47.2&layers=all"})
    void writesTheQueryFileMapServer80Writes(String fixture, String query) throws IOException {
        String id = "t" + fixture.replace("_", "");
        Path written = SAVED.resolve("queryfile" + id + ".qy");
        Files.deleteIfExists(written);
        MapservResponse r = get("queryfile.map", query + "&savequery=1&id=" + id);
        assertEquals(200, r.status(), r.bodyText());
        assertTrue(r.bodyText().contains("qf=" + written), r.bodyText());
        assertEquals(Files.readString(DIR.resolve("qy/" + fixture + ".qy")), Files.readString(written), fixture);
    }

    @Test
    void aSavedQueryLoadsBackToTheSameResults() {
        String first = get("queryfile.map", "mode=nquery&mapext=12+44+13+46.5&layers=all&savequery=1&id=roundtrip")
                .bodyText();
        String again = get("queryfile.map", "mode=nquery&layers=all&mapext=12+44+13+46.5&id=roundtrip"
                + "&queryfile=" + SAVED.resolve("queryfileroundtrip.qy")).bodyText();
        assertEquals(results(first), results(again));
        assertEquals(7, results(again).size());
    }

    /**
     * 8.0 fails to present a results file for shapefile layers ("Shapefile layer has not been opened"); jmapserv
     * reads the saved shapes back: the same features a rectangle query over 12 44 14 46.5 finds (the file was made
     * by mapscript's saveQuery(..., MS_TRUE) after that query).
     */
    @Test
    void readsASavedResultsFileBackAsTheQueryThatMadeIt() {
        String loaded = get("queryfile.map", "mode=nquery&layers=all&queryfile=qy/results_rect.qy").bodyText();
        String fresh = get("queryfile.map", "mode=nquery&layers=all&mapext=12+44+14+46.5").bodyText();
        assertEquals(results(fresh), results(loaded));
        assertFalse(results(loaded).isEmpty());
    }

    @Test
    void refusesAResultsFileNamingALayerThatDoesNotExist() {
        // 8.0 crashes here; later MapServer versions refuse it with this message
        MapservResponse r = get("queryfile.map", "mode=nquery&layers=all&queryfile=qy/index_oob.qy");
        assertEquals(200, r.status());
        assertTrue(r.bodyText().contains("loadQueryResults(): General error message. Invalid layer index loaded "
                + "from query file."), r.bodyText());
    }

    @Test
    void neverEchoesTheContentOfAFileThatIsNotAQueryFile() {
        MapservResponse r = get("queryfile.map", "mode=nquery&layers=all&queryfile=qy/no_magic.qy");
        assertTrue(r.bodyText().contains("Missing magic string"), r.bodyText());
        assertFalse(r.bodyText().contains("secret"), r.bodyText());
        MapservResponse outside = get("queryfile.map", "mode=nquery&layers=all&queryfile=/etc/passwd");
        assertTrue(outside.bodyText().contains("Parameter &#39;queryfile&#39; value fails to validate."),
                outside.bodyText());
        assertFalse(outside.bodyText().contains("root:"), outside.bodyText());
    }

    @Test
    void refusesToSaveAQueryWithoutAnImagePath() {
        MapservResponse r = get("query.map", "mode=nquery&mapxy=12.6+45.9&layers=all&savequery=1");
        assertTrue(r.status() < 500);
        assertTrue(r.bodyText().contains("msSaveQuery(): Web application error. WEB IMAGEPATH is not set"),
                r.bodyText());
    }

    @Test
    void reportsABadWktShapeWithGeosMessagesUnderMapServers() {
        // 8.0's last GEOS line carries a stray byte from its error buffer; the first two lines are pinned here
        MapservResponse r = get("queryfile.map", "mode=nquery&mapshape=POLYGON((12+44,13&layers=cities");
        assertTrue(r.bodyText().contains("msCGILoadForm(): Web application error. WKT parse failed for "
                + "mapshape/imgshape.\nmsGEOSShapeFromWKT(): GEOS library error. Error reading WKT geometry "
                + "&quot;POLYGON((12 44,13&quot;."), r.bodyText());
    }

    private static List<String> results(String page) {
        return page.lines().filter(l -> l.startsWith("country ") || l.startsWith("river ") || l.startsWith("city "))
                .toList();
    }
}
