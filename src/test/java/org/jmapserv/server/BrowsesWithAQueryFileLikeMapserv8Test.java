package org.jmapserv.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.jmapserv.render.ImageDifference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Browse mode with a queryfile (msCGIDispatchBrowseRequest: msLoadQuery, msGenerateImages, msReturnTemplateQuery).
 * For shapefile layers MapServer 8.0 streams the WEB HEADER and then fails with "Shapefile layer has not been
 * opened" (its layers are closed by msDrawMap before the templates read them), so the page is compared with 8.0's
 * own lines: its streamed header (expected/browse-queryfile-point-head.txt) followed by the results and footer
 * 8.0 answers for the same saved query in mode=nquery (expected/queryfile-point.txt). The map image written to
 * IMAGEPATH is compared with 8.0's (QUERYMAP STATUS OFF: the plain map), with the render tolerance. Errors
 * (missing, empty, unvalidated queryfile) are byte for byte in cases.txt (browse-queryfile-*).
 */
class BrowsesWithAQueryFileLikeMapserv8Test {

    private static final Path DIR = Path.of("test-data/query").toAbsolutePath();
    private static final String QUERY = "mode=browse&layers=all&queryfile=qy/point.qy&id=ms5&mapext=12+44+14+46";
    private static MapservHandler handler;

    @BeforeAll
    static void start() throws IOException {
        Files.createDirectories(Path.of("/tmp/jmapserv-query-test"));
        handler = QueryCaptures.handler();
    }

    @AfterAll
    static void stop() {
        handler.close();
    }

    private static MapservResponse browse() {
        return handler.handle(MapservRequest.get("map=" + DIR.resolve("queryfile.map") + "&" + QUERY, null,
                "http://localhost/mapserv"));
    }

    @Test
    void presentsTheSavedQueryAsMapserv80PresentsItInNquery() throws IOException {
        List<String> head = Files.readAllLines(DIR.resolve("expected/browse-queryfile-point-head.txt"),
                StandardCharsets.UTF_8);
        List<String> nquery = Files.readAllLines(DIR.resolve("expected/queryfile-point.txt"), StandardCharsets.UTF_8);
        String expected = head.get(0) + "\n" + String.join("\n", nquery.subList(1, nquery.size())) + "\n";
        MapservResponse r = browse();
        assertEquals(200, r.status(), r.bodyText());
        assertEquals(expected, r.bodyText());
    }

    @Test
    void writesTheMapImageAsMapserv80() throws IOException {
        Path written = Path.of("/tmp/jmapserv-query-test/queryfilems5.png");
        Files.deleteIfExists(written);
        assertEquals(200, browse().status());
        BufferedImage actual = ImageIO.read(written.toFile());
        BufferedImage expected = ImageIO.read(DIR.resolve("expected/browse-queryfile-map.png").toFile());
        ImageDifference d = ImageDifference.compare(expected, actual, 48);
        assertTrue(d.share() <= 0.01, 100 * d.share() + " % of pixels differ");
    }
}
