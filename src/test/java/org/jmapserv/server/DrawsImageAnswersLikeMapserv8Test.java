package org.jmapserv.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
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
 * Image answers as MapServer 8.0 draws them: mode=nquery with an image QUERYFORMAT (the query map, QUERYMAP STYLE
 * HILITE / SELECTED, COLOR) and mode=tile (gmap and ve tiles in spherical mercator).
 * Every case of test-data/query/images.txt is compared with MapServer's PNG, with the render
 * regression tolerance (a pixel differs when a channel is off by more than 48; at most 1 % may). On failure the
 * actual image and the diff go to target/regression/.
 */
class DrawsImageAnswersLikeMapserv8Test {

    private static final Path DIR = Path.of("test-data/query").toAbsolutePath();
    private static final Path OUT = Path.of("target/regression");
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
        return QueryCaptures.cases("images.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void drawsTheQueryMap(String name, String mapfile, String query) throws IOException {
        MapservResponse r = handler.handle(MapservRequest.get("map=" + DIR.resolve(mapfile) + "&" + query, null,
                "http://localhost/mapserv"));
        assertEquals("image/png", r.contentType(), name + ": " + r.bodyText());
        BufferedImage actual = ImageIO.read(new ByteArrayInputStream(r.body()));
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
