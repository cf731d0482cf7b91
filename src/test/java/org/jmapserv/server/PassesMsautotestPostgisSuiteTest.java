package org.jmapserv.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.jmapserv.data.LayerSources;
import org.jmapserv.data.postgis.PostgisCluster;
import org.jmapserv.data.postgis.PostgisClusterExtension;
import org.jmapserv.data.postgis.PostgisConnections;
import org.jmapserv.data.postgis.PostgisLayerSource;
import org.jmapserv.mapfile.model.ConfigFileDef;
import org.jmapserv.mapfile.model.ConnectionType;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.model.Metadata;
import org.jmapserv.mapfile.parse.MapfileReader;
import org.jmapserv.render.ImageDifference;
import org.jmapserv.render.MapRenderer;
import org.jmapserv.render.RenderRequest;
import org.jmapserv.render.RenderedMap;
import org.jmapserv.render.layer.LayerDrawers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * MapServer's msautotest PostGIS tests (query/filters_postgis.map, query/query_postgis.map, the 3D tables of
 * create_postgis_test_data.sh), adapted in test-data/postgis/msautotest/ and run against the same data loaded into
 * database {@code msautotest} of the throwaway cluster: images must be within the regression tolerance of
 * MapServer 8.0's (at most 1 % of pixels off by more than 48), query answers equal to the 8.0 CGI's. Answers come
 * from test-data/postgis/msautotest/regenerate-expected.sh; diffs of a failing image go to
 * target/regression/msautotest.
 */
@ExtendWith(PostgisClusterExtension.class)
class PassesMsautotestPostgisSuiteTest {

    private static final Path DIR = Path.of("test-data/postgis/msautotest").toAbsolutePath();
    private static final Path EXPECTED = Path.of("test-data/expected/postgis/msautotest");
    private static final Path OUT = Path.of("target/regression/msautotest");
    private static PostgisConnections pools;
    private static MapRenderer renderer;
    private static MapservHandler handler;

    @BeforeAll
    static void load(PostgisCluster cluster) throws Exception {
        try (Connection c = cluster.connect("postgres"); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT 1 FROM pg_database WHERE datname = 'msautotest'")) {
            if (!rs.next()) {
                st.execute("CREATE DATABASE msautotest");
                try (Connection m = cluster.connect("msautotest"); Statement ms = m.createStatement()) {
                    ms.execute("CREATE EXTENSION postgis");
                    ms.execute(Files.readString(DIR.resolve("data.sql")));
                }
            }
        }
        pools = new PostgisConnections();
        PostgisLayerSource pg = new PostgisLayerSource(pools, cluster.clientEnvironment(), Path.of("/nonexistent"));
        LayerSources sources = LayerSources.standard().with(ConnectionType.POSTGIS, pg);
        renderer = new MapRenderer(LayerDrawers.standard(sources));
        ConfigFileDef.Builder cfg = new ConfigFileDef.Builder();
        cfg.env = Metadata.of(List.of(new Metadata.Entry("MS_MAP_PATTERN", ".")));
        handler = new MapservHandler(new ServerSettings(cfg.build(), Map.of(), ServerSettings.Limits.defaults()),
                new MapfileCache(new MapfileReader()), renderer, sources);
    }

    @AfterAll
    static void close() {
        if (handler != null) {
            handler.close();
        }
        if (pools != null) {
            pools.close();
        }
    }

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (String line : Files.readAllLines(DIR.resolve("cases.txt"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\\|", 4);
            out.add(Arguments.of(f[0], f[1], f[2], f[3]));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void answersAsMapServer80(String name, String mapfile, String kind, String arg) throws Exception {
        if (kind.equals("image")) {
            drawsAsMapServer(name, mapfile, arg);
        } else {
            String expected = Files.readString(EXPECTED.resolve(name + ".txt"), StandardCharsets.UTF_8);
            MapservResponse r = handler.handle(MapservRequest.get("map=" + DIR.resolve(mapfile) + "&" + arg, null,
                    "http://localhost/mapserv"));
            assertTrue(r.status() < 500, name + ": status " + r.status() + " " + r.bodyText());
            String actual = r.bodyText().lines().filter(l -> !l.startsWith("<!-- MapServer version"))
                    .map(l -> l + "\n").reduce("", String::concat);
            if (expected.contains("<TITLE>MapServer Message</TITLE>")) {
                // MapServer's error page; ours says the same and adds why in parentheses where 8.0 says "see logs"
                String message = expected.lines().filter(l -> l.contains("(): ")).findFirst().orElseThrow();
                assertTrue(actual.contains("<TITLE>MapServer Message</TITLE>") && actual.contains(message),
                        name + ": " + actual);
            } else {
                assertEquals(expected, actual, name);
            }
        }
    }

    private static void drawsAsMapServer(String name, String mapfile, String layer) throws Exception {
        MapDef map = new MapfileReader().read(DIR.resolve(mapfile));
        RenderedMap r = renderer.render(map, RenderRequest.defaults().withLayers(List.of(layer)));
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        r.write(bytes);
        BufferedImage actual = ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
        BufferedImage expected = ImageIO.read(EXPECTED.resolve(name + ".png").toFile());
        ImageDifference d = ImageDifference.compare(expected, actual, 48);
        double pct = 100 * d.share();
        System.out.printf(Locale.ROOT, "msautotest %s: %.2f %% of pixels differ by more than 48%n", name, pct);
        if (pct > 1.0) {
            Files.createDirectories(OUT);
            ImageIO.write(actual, "png", OUT.resolve(name + ".actual.png").toFile());
            ImageIO.write(expected, "png", OUT.resolve(name + ".expected.png").toFile());
            if (d.diffImage() != null) {
                ImageIO.write(d.diffImage(), "png", OUT.resolve(name + ".diff.png").toFile());
            }
        }
        assertTrue(pct <= 1.0, name + ": " + String.format(Locale.ROOT, "%.2f", pct)
                + " % of pixels differ from MapServer 8.0's image (tolerance 1 %)");
    }
}
