package org.jmapserv.data.union;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jmapserv.data.DataSourceException;
import org.jmapserv.data.Feature;
import org.jmapserv.data.FeatureCursor;
import org.jmapserv.data.FeatureSource;
import org.jmapserv.data.LayerSources;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.parse.MapfileReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CONNECTIONTYPE UNION returns its source layers' features one source after the other with the
 * Union_SourceLayerName / Group / Visible items, applies each source's FILTER, honours UNION_STATUS_CHECK and
 * reports bad CONNECTIONs as msUnionLayerOpen does.
 */
class UnionsSourceLayersAsMapServerTest {

    @TempDir
    Path dir;

    private MapDef map(String unionExtra, String connection) throws Exception {
        String text = """
                MAP
                  EXTENT 9.2 39.6 20.2 47.2
                  SIZE 400 300
                  SHAPEPATH "%s"
                  LAYER NAME "rivers" GROUP "water" TYPE LINE STATUS OFF
                    CONNECTIONTYPE OGR CONNECTION "ogr/rivers.geojson" END
                  LAYER NAME "roads" TYPE LINE STATUS ON DATA "data/roads" FILTER ([TYPE] <= 2) END
                  LAYER NAME "lakes" TYPE POLYGON STATUS ON DATA "data/lakes" END
                  LAYER NAME "gone" TYPE LINE STATUS OFF DATA "data/no_such_roads" END
                  LAYER NAME "u" TYPE LINE STATUS ON CONNECTIONTYPE UNION CONNECTION "%s" %s
                    CLASS END
                  END
                END
                """.formatted(Path.of("test-data").toAbsolutePath(), connection, unionExtra);
        Path p = dir.resolve("u.map");
        java.nio.file.Files.writeString(p, text);
        return new MapfileReader().read(p);
    }

    private static List<Feature> read(MapDef map) {
        List<Feature> out = new ArrayList<>();
        try (FeatureSource s = LayerSources.standard().open(map, map.layers().get(4)); FeatureCursor c = s.query(null)) {
            for (Feature f = c.next(); f != null; f = c.next()) {
                out.add(f);
            }
        }
        return out;
    }

    @Test
    void returnsEverySourceInOrderWithTheUnionItemsAndEachSourcesFilter() throws Exception {
        List<Feature> all = read(map("", "rivers,roads"));
        Map<String, Integer> perSource = new TreeMap<>();
        all.forEach(f -> perSource.merge(f.attribute("Union_SourceLayerName"), 1, Integer::sum));
        assertEquals(Map.of("rivers", 6, "roads", 6), perSource, "roads keeps its FILTER ([TYPE] <= 2): 6 of 12");
        assertEquals("rivers", all.get(0).attribute("Union_SourceLayerName"));
        assertEquals("water", all.get(0).attribute("Union_SourceLayerGroup"));
        assertEquals("0", all.get(0).attribute("Union_SourceLayerVisible"));
        assertEquals("1", all.get(all.size() - 1).attribute("Union_SourceLayerVisible"));
        assertTrue(Integer.parseInt(all.get(all.size() - 1).attribute("TYPE")) <= 2);
        assertEquals("", all.get(all.size() - 1).attribute("WIDTH"), "roads have no WIDTH");
    }

    @Test
    void statusCheckSkipsSourcesThatAreOff() throws Exception {
        List<Feature> all = read(map("PROCESSING \"UNION_STATUS_CHECK=TRUE\"", "rivers,roads"));
        assertTrue(all.stream().allMatch(f -> f.attribute("Union_SourceLayerName").equals("roads")));
    }

    @Test
    void aSourceThatCannotBeOpenedFailsTheWholeLayerAsIn80() throws Exception {
        // map2img 8.0: "Failed to draw layer named 'u'. msShapefileOpen(): Unable to access file." with the missing
        // source first or last; nothing of the other sources is drawn
        for (String connection : List.of("gone,rivers", "rivers,gone")) {
            DataSourceException e = assertThrows(DataSourceException.class, () -> read(map("", connection)));
            assertTrue(e.getMessage().startsWith("msShapefileOpen(): ") && e.getMessage().contains("no_such_roads"),
                    e.getMessage());
        }
    }

    @Test
    void refusesUnknownSourcesAndMismatchedTypes() throws Exception {
        DataSourceException e = assertThrows(DataSourceException.class, () -> read(map("", "rivers,nope")));
        assertTrue(e.getMessage().startsWith("msUnionLayerOpen(): Invalid layer: nope"), e.getMessage());
        e = assertThrows(DataSourceException.class, () -> read(map("", "rivers,lakes")));
        assertEquals("msUnionLayerOpen(): The type of the source layer doesn't match with the union layer: lakes",
                e.getMessage());
    }
}
