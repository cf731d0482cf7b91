package org.jmapserv.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.jmapserv.render.ImageDifference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reference map browse mode writes with REFERENCE STATUS ON (msGenerateImages, msDrawReferenceMap): the box of
 * the extent msDrawMap squared, the cross or MARKER of a small one, after a reference-map click (refxy). Every case
 * of test-data/query/reference-browse.txt is compared with the file MapServer 8.0 wrote, with the render regression
 * tolerance (a pixel differs when a channel is off by more than 48; at most 1 % may); on failure the actual image
 * and the diff go to target/regression/.
 */
class WritesBrowseReferenceMapsLikeMapserv8Test {

    private static final Path DIR = Path.of("test-data/query").toAbsolutePath();
    private static final Path IMAGES = Path.of("/tmp/jmapserv-browse-test");
    private static final Path OUT = Path.of("target/regression");
    private static MapservHandler handler;

    @BeforeAll
    static void start() throws IOException {
        Files.createDirectories(IMAGES);
        handler = QueryCaptures.handler();
    }

    @AfterAll
    static void stop() {
        handler.close();
    }

    static Stream<Arguments> cases() throws IOException {
        return QueryCaptures.cases("reference-browse.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void writesTheReferenceMap(String name, String mapfile, String query) throws IOException {
        String id = query.substring(query.indexOf("id=") + 3);
        Path written = IMAGES.resolve("refmapref" + id + ".png");
        Files.deleteIfExists(written);
        MapservResponse r = handler.handle(MapservRequest.get("map=" + DIR.resolve(mapfile) + "&" + query, null,
                "http://localhost/mapserv"));
        assertEquals(200, r.status(), name + ": " + r.bodyText());
        assertTrue(r.bodyText().contains("/img/refmapref" + id + ".png"), name + ": [ref] " + r.bodyText());
        BufferedImage actual = ImageIO.read(written.toFile());
        BufferedImage expected = ImageIO.read(DIR.resolve("expected/" + name + ".png").toFile());
        ImageDifference d = ImageDifference.compare(expected, actual, 48);
        double pct = 100 * d.share();
        if (pct > 1.0) {
            Files.createDirectories(OUT);
            ImageIO.write(actual, "png", OUT.resolve(name + ".actual.png").toFile());
            if (d.diffImage() != null) {
                ImageIO.write(d.diffImage(), "png", OUT.resolve(name + ".diff.png").toFile());
            }
        }
        assertTrue(pct <= 1.0, String.format(Locale.ROOT, "%s: %.2f %% of pixels differ", name, pct));
    }
}
