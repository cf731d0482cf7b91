package org.jmapserv.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.jmapserv.render.ImageDifference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A LAYER CLUSTER layer served over WMS answers as Debian's MapServer 8.0 CGI does (answers in
 * test-data/cluster/expected/, made by test-data/cluster/regenerate.sh): GetFeatureInfo finds clusters, not points,
 * and lists the cluster items (msClusterLayerGetItems), text and GML alike; GetMap draws the clusters of the BBOX.
 */
class AnswersClusterLayerLikeMapserv8Test {

    private static final Path DIR = Path.of("test-data/cluster").toAbsolutePath();
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
        List<Arguments> out = new ArrayList<>();
        for (String line : Files.readAllLines(DIR.resolve("query-cases.txt"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] f = line.split("\\|", 2);
                out.add(Arguments.of(f[0], f[1]));
            }
        }
        return out.stream();
    }

    private static MapservResponse get(String query) {
        return handler.handle(MapservRequest.get("map=" + DIR.resolve("wms.map") + "&" + query, null,
                "http://localhost/mapserv"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void getFeatureInfoAnswersWithClusters(String name, String query) throws IOException {
        String expected = Files.readString(DIR.resolve("expected/" + name + ".txt"), StandardCharsets.UTF_8);
        MapservResponse r = get(query);
        assertEquals(200, r.status(), name);
        assertEquals(expected, r.bodyText(), name);
    }

    @Test
    void getMapDrawsTheClustersOfTheBbox() throws IOException {
        MapservResponse r = get("SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&CRS=EPSG:4326&BBOX=40,10,46,19&WIDTH=360"
                + "&HEIGHT=240&LAYERS=poi&STYLES=&FORMAT=image/png");
        assertEquals(200, r.status(), r.contentType());
        BufferedImage expected = ImageIO.read(DIR.resolve("expected/getmap.png").toFile());
        BufferedImage actual = ImageIO.read(new ByteArrayInputStream(r.body()));
        ImageDifference d = ImageDifference.compare(expected, actual, 48);
        if (d.share() > 0.01) {
            ImageIO.write(d.diffImage(), "png", Path.of("target/cluster-getmap-diff.png").toFile());
        }
        assertTrue(d.share() <= 0.01, "share of differing pixels " + d.share() + " (diff in target/)");
    }
}
