package org.jmapserv.data.tileindex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jmapserv.data.DataSourceException;
import org.jmapserv.data.Feature;
import org.jmapserv.data.FeatureCursor;
import org.jmapserv.data.FeatureSource;
import org.jmapserv.data.LayerSources;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.parse.MapfileReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;

/**
 * A TILEINDEX layer (shapefile or OGR) reads the tiles its index lists (test-data/ogr/tiles, made by
 * make-fixtures.sh): all of them
 * for the full extent, only those meeting a smaller one; a missing tile fails the layer naming it, unless CONFIG
 * ON_MISSING_DATA says to skip it.
 */
class DrawsVectorTileIndexesAsMapServerTest {

    @TempDir
    Path dir;

    private MapDef map(String index, String config) throws Exception {
        Path p = dir.resolve("t.map");
        Files.writeString(p, """
                MAP
                  EXTENT 9.2 39.6 20.2 47.2
                  SIZE 400 300
                  SHAPEPATH "%s"
                  %s
                  LAYER NAME "roads" TYPE LINE STATUS ON TILEINDEX "%s" TILEITEM "location" END
                END
                """.formatted(Path.of("test-data/ogr").toAbsolutePath(), config, index));
        return new MapfileReader().read(p);
    }

    private static List<Feature> read(MapDef map, Envelope e) {
        List<Feature> out = new ArrayList<>();
        try (FeatureSource s = LayerSources.standard().open(map, map.layers().get(0)); FeatureCursor c = s.query(e)) {
            for (Feature f = c.next(); f != null; f = c.next()) {
                out.add(f);
            }
        }
        return out;
    }

    @Test
    void readsEveryTileForTheFullExtentAndOnlyTheWesternOneForAWesternView() throws Exception {
        List<Feature> all = read(map("tiles/index", ""), null);
        assertTrue(all.size() >= 12, "both tiles' clipped roads: " + all.size());
        assertEquals(List.of("NAME", "CLASS", "TYPE", "LANES", "SPEED"),
                LayerSources.standard().open(map("tiles/index", ""), map("tiles/index", "").layers().get(0)).attributeNames());
        // the index with a missing eastern tile still draws a western view: the missing tile is never opened
        List<Feature> west = read(map("tiles/index_missing", ""), new Envelope(10.5, 12.5, 40, 47));
        assertTrue(!west.isEmpty() && west.stream().allMatch(f -> f.shape().minX() < 14.6 + 1e-9));
    }

    @Test
    void aMissingTileFailsTheLayerNamingTheTile() throws Exception {
        DataSourceException e = assertThrows(DataSourceException.class,
                () -> read(map("tiles/index_missing", ""), null));
        assertTrue(e.getMessage().startsWith("msTiledSHPTryOpen(): Unable to access file. Unable to open shapefile "
                + "'tiles/no_such_tile.shp' for layer 'roads' ... fatal error."), e.getMessage());
    }

    @Test
    void onMissingDataIgnoreSkipsTheMissingTile() throws Exception {
        List<Feature> some = read(map("tiles/index_missing", "CONFIG \"ON_MISSING_DATA\" \"IGNORE\""), null);
        List<Feature> all = read(map("tiles/index", ""), null);
        assertTrue(!some.isEmpty() && some.size() < all.size(), some.size() + " of " + all.size());
    }

    @Test
    void aMissingIndexNamesIt() throws Exception {
        DataSourceException e = assertThrows(DataSourceException.class, () -> read(map("tiles/nope", ""), null));
        assertTrue(e.getMessage().startsWith("msTiledSHPOpenFile(): Unable to open tile index 'tiles/nope' of layer "
                + "'roads'"), e.getMessage());
    }

    @Test
    void anOgrTileIndexReadsItsPathCommaLayerLocations() throws Exception {
        Path p = dir.resolve("o.map");
        Files.writeString(p, """
                MAP
                  EXTENT 9.2 39.6 20.2 47.2
                  SIZE 400 300
                  SHAPEPATH "%s"
                  LAYER NAME "roads" TYPE LINE STATUS ON CONNECTIONTYPE OGR TILEINDEX "tiles/ogr_index.shp" END
                END
                """.formatted(Path.of("test-data/ogr").toAbsolutePath()));
        MapDef ogr = new MapfileReader().read(p);
        assertEquals(read(map("tiles/index", ""), null).size(), read(ogr, null).size());
        List<Feature> west = read(ogr, new Envelope(10.5, 12.5, 40, 47));
        assertTrue(!west.isEmpty() && west.stream().allMatch(f -> f.shape().minX() < 14.6 + 1e-9));
    }
}
