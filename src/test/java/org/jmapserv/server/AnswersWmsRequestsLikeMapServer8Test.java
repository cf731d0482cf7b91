package org.jmapserv.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.jmapserv.mapfile.model.ConfigFileDef;
import org.jmapserv.mapfile.parse.MapfileReader;
import org.jmapserv.render.MapRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;

/**
 * Every request of test-data/wms/requests.txt against the WMS server, compared with the answer Debian's MapServer
 * 8.0 gave (test-data/wms/expected, captured by test-data/wms/capture.sh): the Content-Type, XML after
 * canonicalisation ({@link XmlCanon}: whitespace, attribute order, comments), images by format and size and,
 * except INIMAGE error images, pixel by pixel within the regression tolerance (a channel off by more than 48 on
 * at most 1 % of pixels). Malformed
 * requests are among them: each must get MapServer's exception, never an HTTP error. Known, documented
 * deviations are removed from MapServer's answer before comparing: the GetMap formats this port does not draw
 * (KML/KMZ, MVT, JSON).
 */
class AnswersWmsRequestsLikeMapServer8Test {

    static final Path WMS = Path.of("test-data/wms").toAbsolutePath();
    private static final Set<String> NOT_DRAWN = Set.of(
            "application/vnd.google-earth.kml+xml", "application/vnd.google-earth.kmz",
            "application/vnd.mapbox-vector-tile", "application/x-protobuf", "application/json");

    static MapservHandler handler;

    static {
        start();
    }

    static void start() {
        ServerSettings settings = ServerSettings.of(new ConfigFileDef.Builder().build(), Map.of("MS_MAP_PATTERN",
                "^" + java.util.regex.Pattern.quote(WMS + "/")));
        handler = new MapservHandler(settings, new MapfileCache(new MapfileReader()), MapRenderer.standard());
    }

    static Stream<Arguments> requests() throws Exception {
        List<Arguments> out = new ArrayList<>();
        for (String line : Files.readAllLines(WMS.resolve("requests.txt"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] t = line.trim().split("\\s+", 3);
            out.add(Arguments.of(t[0], t[1], t[2]));
        }
        return out.stream();
    }

    static MapservResponse ask(String map, String query) {
        return handler.handle(MapservRequest.get("map=" + WMS.resolve(map) + "&" + query, null,
                "http://localhost/mapserv"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void answersAsMapServer8(String name, String map, String query) throws Exception {
        MapservResponse ours = ask(map, query);
        String expectedType = Files.readString(WMS.resolve("expected/" + name + ".type")).trim();
        assertEquals(200, ours.status(), ours.bodyText());
        assertEquals(expectedType, ours.contentType(), ours.bodyText());
        if (expectedType.contains("xml")) {
            byte[] theirs = Files.readAllBytes(WMS.resolve("expected/" + name + ".xml"));
            String want = XmlCanon.of(theirs, AnswersWmsRequestsLikeMapServer8Test::knownDeviation);
            String got = XmlCanon.of(ours.body(), e -> false);
            if (!LEGEND_SIZE.matcher(want).replaceAll("").equals(LEGEND_SIZE.matcher(got).replaceAll(""))) {
                Path diff = Path.of("target/wms-diff");
                Files.createDirectories(diff);
                Files.writeString(diff.resolve(name + ".expected.txt"), want);
                Files.writeString(diff.resolve(name + ".actual.txt"), got);
                Files.write(diff.resolve(name + ".actual.xml"), ours.body());
            }
            assertEquals(LEGEND_SIZE.matcher(want).replaceAll("LegendURL SIZE"),
                    LEGEND_SIZE.matcher(got).replaceAll("LegendURL SIZE"), name + ": see target/wms-diff/" + name + ".*");
            assertLegendSizesClose(want, got);
        } else if (expectedType.startsWith("image/")) {
            String ext = expectedType.startsWith("image/png") ? "png" : expectedType.contains("tiff") ? "tif" : "jpg";
            assertEquals(expectedType, ours.contentType(), ours.bodyText());
            BufferedImage theirs = ImageIO.read(WMS.resolve("expected/" + name + "." + ext).toFile());
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(ours.body()));
            assertNotNull(img, "an image");
            assertEquals(theirs.getWidth(), img.getWidth(), 4.0, "width");
            assertEquals(theirs.getHeight(), img.getHeight(), 8.0, "height");
            // INIMAGE error images: same size and format; the message's line breaks are ErrorImageDrawer's own
            if (!name.startsWith("err-") && theirs.getWidth() == img.getWidth()
                    && theirs.getHeight() == img.getHeight()) {
                double share = differingShare(theirs, img);
                if (share > 0.01) {
                    Path diff = Path.of("target/wms-diff");
                    Files.createDirectories(diff);
                    ImageIO.write(img, "png", diff.resolve(name + ".actual.png").toFile());
                }
                assertTrue(share <= 0.01, name + ": " + share * 100 + " % of pixels differ by more than 48 "
                        + "(tolerance 1 %); ours in target/wms-diff/" + name + ".actual.png");
            }
        } else if (expectedType.contains("gml")) {
            // GetFeatureInfo GML (capture.sh stores it as .txt: its type does not say xml)
            byte[] theirs = Files.readAllBytes(WMS.resolve("expected/" + name + ".txt"));
            assertEquals(XmlCanon.of(theirs, e -> false), XmlCanon.of(ours.body(), e -> false), name);
        } else {
            // text/plain and other GetFeatureInfo formats: byte for byte, line ends aside
            String theirs = Files.readString(WMS.resolve("expected/" + name + ".txt")).replace("\r\n", "\n");
            assertEquals(theirs, ours.bodyText().replace("\r\n", "\n"), name);
        }
    }

    private static final java.util.regex.Pattern LEGEND_SIZE =
            java.util.regex.Pattern.compile("LegendURL height=\"(\\d+)\" width=\"(\\d+)\"");

    /**
     * LegendURL sizes come from the legend's text metrics, which match mapserv's within the tolerance
     * DrawsLegendAndScalebarLikeMapservTest allows for legend images: 4 pixels wide, 8 high.
     */
    private static void assertLegendSizesClose(String want, String got) {
        java.util.regex.Matcher a = LEGEND_SIZE.matcher(want);
        java.util.regex.Matcher b = LEGEND_SIZE.matcher(got);
        while (a.find()) {
            assertTrue(b.find(), "as many LegendURLs");
            assertEquals(Integer.parseInt(a.group(2)), Integer.parseInt(b.group(2)), 4.0, "LegendURL width");
            assertEquals(Integer.parseInt(a.group(1)), Integer.parseInt(b.group(1)), 8.0, "LegendURL height");
        }
    }

    /** The share of pixels with a channel off by more than 48, as RenderRegressionTest counts them. */
    static double differingShare(BufferedImage a, BufferedImage b) {
        int differ = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift < 32; shift += 8) {
                    if (Math.abs((p >>> shift & 0xff) - (q >>> shift & 0xff)) > 48) {
                        differ++;
                        break;
                    }
                }
            }
        }
        return differ / (double) (a.getWidth() * a.getHeight());
    }

    static boolean knownDeviation(Element e) {
        String local = e.getLocalName();
        if ("Format".equals(local) && e.getParentNode() instanceof Element p && "GetMap".equals(p.getLocalName())) {
            return NOT_DRAWN.contains(e.getTextContent().trim());
        }
        return false;
    }
}
