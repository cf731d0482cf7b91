package org.jmapserv.data.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jmapserv.data.Feature;
import org.jmapserv.data.FeatureCursor;
import org.jmapserv.data.FeatureSource;
import org.jmapserv.data.LayerSources;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.model.expr.ExpressionEvaluator;
import org.jmapserv.mapfile.parse.MapfileReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The clusters {@link ClusterFeatureSource} returns over test-data/data/poi.shp, compared one by one, in order, with
 * what MapServer 8.0's cluster driver returns for the same mapfile and frame (test-data/cluster/*.txt, recorded with
 * python3-mapscript by test-data/cluster/regenerate.sh): representative shape index, position, Cluster_FeatureCount,
 * Cluster_Group and the aggregated items Sum:ELEV and Min:KIND.
 */
class ClustersAsMapServerTest {

    private static final Path DIR = Path.of("test-data/cluster");

    @ParameterizedTest
    @ValueSource(strings = {"ellipse-40", "rectangle-group-filter", "buffer-map-units", "simple-all-shapes",
        "inline-points"})
    void clustersMatchMapServer(String name) throws Exception {
        List<String> expected = Files.readAllLines(DIR.resolve(name + ".txt"));
        String[] f = expected.get(0).split(" ");
        ClusterFrame frame = new ClusterFrame(Double.parseDouble(f[1]), Double.parseDouble(f[2]),
                Double.parseDouble(f[3]), Double.parseDouble(f[4]), Integer.parseInt(f[5]), Integer.parseInt(f[6]));
        MapDef map = new MapfileReader().read(DIR.resolve(name + ".map"));
        LayerDef layer = map.layers().get(0);
        assertTrue(ClusterFeatureSource.clusters(layer));
        List<String> warnings = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        try (FeatureSource src = new ClusterFeatureSource(LayerSources.standard().open(map, layer),
                ClusterOptions.of(layer.cluster(), layer.processing()), frame, x -> true, new ExpressionEvaluator(),
                warnings::add, layer.name());
                FeatureCursor c = src.query(null)) {
            for (Feature ft = c.next(); ft != null; ft = c.next()) {
                actual.add(ft.index() + " " + ft.shape().x(0) + " " + ft.shape().y(0) + " "
                        + String.join("\t", value(ft, "Cluster_FeatureCount"), value(ft, "Cluster_Group"),
                                value(ft, "Sum:ELEV"), value(ft, "Min:KIND")));
            }
        }
        assertEquals(expected.size() - 1, actual.size(), name + ": number of clusters");
        for (int i = 0; i < actual.size(); i++) {
            String[] want = expected.get(i + 1).split(" ", 4);
            String[] got = actual.get(i).split(" ", 4);
            assertEquals(want[0], got[0], name + " cluster " + i + ": representative");
            assertEquals(Double.parseDouble(want[1]), Double.parseDouble(got[1]), 1e-9, name + " cluster " + i + " x");
            assertEquals(Double.parseDouble(want[2]), Double.parseDouble(got[2]), 1e-9, name + " cluster " + i + " y");
            if (name.startsWith("inline")) {
                // 8.0 loses inline FEATURE values behind Sum:/Min: items (not replicated): compare count and group
                assertEquals(firstTwo(want[3]), firstTwo(got[3]), name + " cluster " + i + ": count and group");
            } else {
                assertEquals(want[3], got[3], name + " cluster " + i + ": items");
            }
        }
        assertTrue(warnings.isEmpty(), warnings::toString);
    }

    private static String firstTwo(String items) {
        String[] v = items.split("\t");
        return v[0] + "\t" + v[1];
    }

    /** As the dump prints an item: "-" for an unset value. */
    private static String value(Feature f, String item) {
        String v = f.attribute(item);
        return v == null || v.isEmpty() ? "-" : v;
    }
}
