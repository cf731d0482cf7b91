package org.jmapserv.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * mode=legend and mode=scalebar over HTTP for samples/world.map, compared with Debian mapserv 8.0's images in
 * test-data/expected (world-legend.png, world-scalebar.png): same size within a few pixels (fonts differ), the
 * same key colours in the same order down the key column, and the scalebar's filled/empty boxes in the same
 * places.
 */
class DrawsLegendAndScalebarLikeMapservTest {

    private static final Path SAMPLES = Path.of("samples").toAbsolutePath();
    private static final String WORLD = "/mapserv?map=" + SAMPLES.resolve("world.map") + "&layers=all";

    @TempDir
    static Path dir;
    static ServerFixture fx;

    @BeforeAll
    static void start() throws Exception {
        fx = new ServerFixture(dir, Map.of("MS_MAP_PATTERN", "^(" + java.util.regex.Pattern.quote(dir + "/") + "|"
                + java.util.regex.Pattern.quote(SAMPLES + "/") + ")"), ServerSettings.Limits.defaults());
    }

    @AfterAll
    static void stop() throws Exception {
        fx.close();
    }

    @Test
    void legendHasMapservsSizeAndKeysInMapservsOrder() throws Exception {
        HttpResponse<byte[]> r = fx.get(WORLD + "&mode=legend", null);
        assertEquals(200, r.statusCode(), ServerFixture.text(r));
        assertEquals("image/png", r.headers().firstValue("Content-Type").orElse(""));
        BufferedImage ours = ServerFixture.image(r);
        BufferedImage theirs = expected("world-legend.png");
        assertEquals(theirs.getWidth(), ours.getWidth(), 4.0, "width");
        assertEquals(theirs.getHeight(), ours.getHeight(), 8.0, "height");
        List<Integer> expectedOrder = keyColourOrder(theirs);
        assertEquals(List.of(0xc81e1e, 0x3c3c3c, 0xf5a050, 0xc8783c, 0x968c82), expectedOrder,
                "the reference itself: capital, town, motorway, primary, other (top layer first)");
        assertEquals(expectedOrder, keyColourOrder(ours));
        assertEquals(0xffffffff, ours.getRGB(ours.getWidth() - 1, ours.getHeight() - 1), "LEGEND IMAGECOLOR");
    }

    @Test
    void scalebarHasMapservsIntervalsAndBoxes() throws Exception {
        HttpResponse<byte[]> r = fx.get(WORLD + "&mode=scalebar", null);
        assertEquals(200, r.statusCode(), ServerFixture.text(r));
        BufferedImage ours = ServerFixture.image(r);
        BufferedImage theirs = expected("world-scalebar.png");
        assertEquals(theirs.getWidth(), ours.getWidth());
        assertEquals(theirs.getHeight(), ours.getHeight(), 2.0, "height");
        int barRow = 4;
        int differing = 0;
        for (int x = 0; x < theirs.getWidth(); x++) {
            if (dark(ours.getRGB(x, barRow)) != dark(theirs.getRGB(x, barRow))) {
                differing++;
            }
        }
        assertTrue(differing <= 4, differing + " columns of the bar differ from mapserv's");
        assertTrue(dark(ours.getRGB(20, barRow)), "first interval filled with COLOR");
        assertTrue(!dark(ours.getRGB(70, barRow)), "second interval left empty");
    }

    @Test
    void scalebarStyleOneDrawsALineWithTicksOnTheScalebarImagecolor() throws Exception {
        java.nio.file.Files.writeString(dir.resolve("sb1.map"), """
                MAP
                  EXTENT 0 0 100000 50000 SIZE 400 200 UNITS METERS
                  SCALEBAR STYLE 1 UNITS KILOMETERS SIZE 300 4 INTERVALS 2 IMAGECOLOR 0 255 0 COLOR 0 0 255 END
                  LAYER NAME "a" TYPE POINT STATUS ON END
                END
                """);
        BufferedImage img = ServerFixture.image(fx.get("/mapserv?map=" + dir.resolve("sb1.map") + "&mode=scalebar", null));
        assertEquals(300, img.getWidth());
        assertEquals(0xff00ff00, img.getRGB(1, 1), "IMAGECOLOR");
        int blue = 0;
        for (int x = 0; x < img.getWidth(); x++) {
            int top = Math.max(blueness(img.getRGB(x, 2)), blueness(img.getRGB(x, 3)));
            if (top > 100) {
                blue++;
            }
        }
        assertTrue(blue > 150, "the line along the top spans most of the image: " + blue);
    }

    @Test
    void legendDrawsAFilledPolygonKeyAsABoxFramedByTheLegendOutline() throws Exception {
        java.nio.file.Files.writeString(dir.resolve("lg.map"), """
                MAP
                  EXTENT 0 0 10 10 SIZE 100 100
                  LEGEND KEYSIZE 30 20 KEYSPACING 5 5 OUTLINECOLOR 0 0 0 IMAGECOLOR 255 255 0 END
                  LAYER NAME "a" TYPE POLYGON STATUS ON
                    CLASS NAME "" STYLE COLOR 0 128 0 END END
                    CLASS STYLE COLOR 255 0 0 END END
                  END
                END
                """);
        HttpResponse<byte[]> r = fx.get("/mapserv?map=" + dir.resolve("lg.map") + "&mode=legend&layers=all", null);
        BufferedImage img = ServerFixture.image(r);
        assertEquals(2 * 5 + 5 + 30, img.getWidth(), "margins + spacing + key, empty text");
        assertEquals(2 * 5 + 20, img.getHeight(), "one row: the unnamed class has no key");
        assertEquals(0xff008000, img.getRGB(5 + 15, 5 + 10), "fill inside the key");
        assertEquals(0xff000000, img.getRGB(5, 5 + 10), "LEGEND OUTLINECOLOR on the key's left edge");
        assertEquals(0xffffff00, img.getRGB(1, 1), "IMAGECOLOR in the margin");
    }

    @Test
    void referenceModeWithoutAReferenceMapAnswersMapserv80sConfigurationError() throws Exception {
        HttpResponse<byte[]> r = fx.get(WORLD + "&mode=reference", null);
        assertTrue(ServerFixture.text(r).contains("msDrawReferenceMap(): General error message. Reference map "
                + "configuration error."), ServerFixture.text(r));
    }

    private static BufferedImage expected(String name) throws IOException {
        return ImageIO.read(Path.of("test-data/expected", name).toFile());
    }

    /** The blue channel: the 1-pixel blue line on an integer row covers two rows half each over green. */
    private static int blueness(int argb) {
        return argb & 0xff;
    }

    private static boolean dark(int argb) {
        return ((argb >> 16 & 0xff) + (argb >> 8 & 0xff) + (argb & 0xff)) < 200;
    }

    /** The listed key colours in the order they first appear down the key column (x 5..24), within 12 per channel. */
    private static List<Integer> keyColourOrder(BufferedImage img) {
        int[] wanted = {0xc81e1e, 0x3c3c3c, 0xf5a050, 0xc8783c, 0x968c82};
        List<Integer> order = new ArrayList<>();
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 5; x < 25 && x < img.getWidth(); x++) {
                for (int w : wanted) {
                    if (!order.contains(w) && close(img.getRGB(x, y), w)) {
                        order.add(w);
                    }
                }
            }
        }
        return order;
    }

    private static boolean close(int argb, int rgb) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs((argb >> shift & 0xff) - (rgb >> shift & 0xff)) > 12) {
                return false;
            }
        }
        return true;
    }
}
