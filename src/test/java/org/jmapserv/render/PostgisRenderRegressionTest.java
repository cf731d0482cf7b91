package org.jmapserv.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.jmapserv.data.LayerSources;
import org.jmapserv.data.postgis.PostgisCluster;
import org.jmapserv.data.postgis.PostgisClusterExtension;
import org.jmapserv.data.postgis.PostgisConnections;
import org.jmapserv.data.postgis.PostgisLayerSource;
import org.jmapserv.mapfile.model.ConnectionType;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.parse.MapfileReader;
import org.jmapserv.render.layer.LayerDrawers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Renders every samples/postgis/*.map against the test cluster (fixture loaded, reached through the samples'
 * {@code service=jmapserv_samples} with PGSERVICEFILE and PGPASSFILE pointing at the cluster's files) and compares
 * it with MapServer 8's rendering of the same map against the same data (test-data/expected/postgis, made by
 * test-data/postgis/regenerate-expected.sh). Same tolerance as {@link RenderRegressionTest}: at most 1 % of pixels
 * may differ by more than 48 in a channel; on failure expected | actual | diff PNGs go to target/regression/postgis.
 */
@ExtendWith(PostgisClusterExtension.class)
class PostgisRenderRegressionTest {

    private static final Path OUT = Path.of("target/regression/postgis");
    private static PostgisConnections pools;
    private static MapRenderer renderer;

    @BeforeAll
    static void renderer(PostgisCluster cluster) {
        pools = new PostgisConnections();
        PostgisLayerSource pg = new PostgisLayerSource(pools, cluster.clientEnvironment(), Path.of("/nonexistent"));
        renderer = new MapRenderer(LayerDrawers.standard(LayerSources.standard().with(ConnectionType.POSTGIS, pg)));
    }

    @AfterAll
    static void close() {
        pools.close();
    }

    static Stream<String> samples() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("samples/postgis"))) {
            List<String> names = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".map"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
            return names.stream();
        }
    }

    @Test
    void everySampleHasMapServersImage() throws IOException {
        List<String> names = samples().toList();
        assertFalse(names.isEmpty());
        for (String n : names) {
            assertTrue(Files.exists(Path.of("test-data/expected/postgis", n + ".png")), n + " has no expected image");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void rendersLikeMapServer(String name) throws Exception {
        MapDef map = new MapfileReader().read(Path.of("samples/postgis", name + ".map"));
        RenderedMap r = renderer.render(map, RenderRequest.defaults());
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        r.write(bytes);
        BufferedImage actual = ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
        BufferedImage expected = ImageIO.read(Path.of("test-data/expected/postgis", name + ".png").toFile());
        ImageDifference d = ImageDifference.compare(expected, actual, RenderRegressionTest.THRESHOLD);
        double pct = 100 * d.share();
        System.out.printf(Locale.ROOT, "%s: %.2f %% of pixels differ by more than %d%n", name, pct,
                RenderRegressionTest.THRESHOLD);
        if (pct > RenderRegressionTest.MAX_SHARE_PERCENT) {
            Files.createDirectories(OUT);
            ImageIO.write(actual, "png", OUT.resolve(name + ".actual.png").toFile());
            ImageIO.write(expected, "png", OUT.resolve(name + ".expected.png").toFile());
            if (d.diffImage() != null) {
                ImageIO.write(d.diffImage(), "png", OUT.resolve(name + ".diff.png").toFile());
            }
        }
        assertTrue(pct <= RenderRegressionTest.MAX_SHARE_PERCENT, name + ": " + String.format(Locale.ROOT, "%.2f",
                pct) + " % of pixels differ from MapServer's image (tolerance " + RenderRegressionTest.MAX_SHARE_PERCENT
                + " %)");
    }
}
