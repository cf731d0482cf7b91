package org.jmapserv.data.ogr;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

import org.jmapserv.data.DataSourceException;
import org.jmapserv.data.FeatureSource;
import org.jmapserv.mapfile.model.ConnectionType;
import org.jmapserv.mapfile.model.LayerDef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Missing, corrupt or mistaken OGR inputs fail as one {@link DataSourceException} that names the MapServer function,
 * the layer, the file and the cause — quickly, and never as another exception type (which would surface as a
 * stack trace or an HTTP 500).
 */
class ReportsBrokenOgrSourcesPerLayerTest {

    @TempDir
    Path dir;

    private String failure(LayerDef layer) {
        DataSourceException e = assertThrows(DataSourceException.class, () -> assertTimeoutPreemptively(
                Duration.ofSeconds(10), () -> {
                    try (FeatureSource s = OgrFixtures.open(dir, layer)) {
                        OgrFixtures.all(s, null);
                    }
                }));
        assertNull(e.getMessage().contains("\tat ") ? e.getMessage() : null, "no stack trace in the message");
        assertTrue(e.getMessage().contains("`" + layer.name() + "'") || e.getMessage().contains("'" + layer.name() + "'"),
                "names the layer: " + e.getMessage());
        return e.getMessage();
    }

    private Path copyTruncated(String fixture, int keep) throws Exception {
        byte[] all = Files.readAllBytes(OgrFixtures.DIR.resolve(fixture));
        Path p = dir.resolve("cut-" + fixture);
        Files.write(p, Arrays.copyOf(all, Math.min(keep, all.length)));
        return p;
    }

    @Test
    void missingFileNamesTheResolvedPath() {
        String m = failure(OgrFixtures.layer("lakes", ConnectionType.OGR, "missing.gpkg", "lakes").build());
        assertTrue(m.startsWith("msOGRFileOpen(): OGR error. Open failed for OGR connection in layer `lakes'."), m);
        assertTrue(m.contains("File not found") && m.contains(dir.resolve("missing.gpkg").toString()), m);
        m = failure(OgrFixtures.layer("fgb", ConnectionType.FLATGEOBUF, null, "missing.fgb").build());
        assertTrue(m.startsWith("msFlatGeobufLayerOpen():") && m.contains("missing.fgb"), m);
    }

    @Test
    void missingConnectionIsAParsingErrorAsInMapServer() {
        String m = failure(OgrFixtures.layer("nocon", ConnectionType.OGR, null, "world.gpkg").build());
        assertTrue(m.contains("Error parsing OGR connection information in layer `nocon'"), m);
    }

    @Test
    void corruptGeoPackagesAreReportedNotThrown() throws Exception {
        Files.writeString(dir.resolve("text.gpkg"), "this is not a database");
        String m = failure(OgrFixtures.layer("t", ConnectionType.OGR, "text.gpkg", null).build());
        assertTrue(m.contains("not an SQLite database") && m.contains("text.gpkg"), m);
        copyTruncated("world.gpkg", 5000);
        m = failure(OgrFixtures.layer("cut", ConnectionType.OGR, "cut-world.gpkg", "countries").build());
        assertTrue(m.contains("cut-world.gpkg"), m);
    }

    @Test
    void corruptGeoJsonNamesLineAndColumn() throws Exception {
        copyTruncated("countries.geojson", 3000);
        String m = failure(OgrFixtures.layer("gj", ConnectionType.OGR, "cut-countries.geojson", null).build());
        assertTrue(m.contains("Corrupt GeoJSON") && m.contains("cut-countries.geojson"), m);
        Files.writeString(dir.resolve("bad.geojson"), "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,1]]]},\"properties\":{}}]}");
        m = failure(OgrFixtures.layer("gj", ConnectionType.OGR, "bad.geojson", null).build());
        assertTrue(m.contains("ring needs at least 4 positions"), m);
    }

    @Test
    void corruptFlatGeobufIsReported() throws Exception {
        Files.write(dir.resolve("junk.fgb"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13});
        String m = failure(OgrFixtures.layer("fgb", ConnectionType.FLATGEOBUF, null, "junk.fgb").build());
        assertTrue(m.contains("bad magic bytes") && m.contains("junk.fgb"), m);
        copyTruncated("countries.fgb", 9000);
        m = failure(OgrFixtures.layer("fgb", ConnectionType.FLATGEOBUF, null, "cut-countries.fgb").build());
        assertTrue(m.contains("cut-countries.fgb"), m);
        byte[] all = Files.readAllBytes(OgrFixtures.DIR.resolve("countries.fgb"));
        for (int i = all.length - 4000; i < all.length; i += 7) {
            all[i] = (byte) 0xff; // scribble over the features
        }
        Files.write(dir.resolve("scribbled.fgb"), all);
        m = failure(OgrFixtures.layer("fgb", ConnectionType.OGR, "scribbled.fgb", null).build());
        assertTrue(m.contains("scribbled.fgb"), m);
    }

    @Test
    void missingLayerListsTheLayersThereAre() throws Exception {
        Path gpkg = Files.copy(OgrFixtures.DIR.resolve("world.gpkg"), dir.resolve("world.gpkg"));
        String m = failure(OgrFixtures.layer("x", ConnectionType.OGR, gpkg.toString(), "nolayer").build());
        assertTrue(m.startsWith("msOGRFileOpen(): OGR error. GetLayer(nolayer) failed"), m);
        assertTrue(m.contains("countries, rivers, roads, cities"), m);
        m = failure(OgrFixtures.layer("x", ConnectionType.OGR, gpkg.toString(), "9").build());
        assertTrue(m.contains("GetLayer(9) failed"), m);
    }

    @Test
    void sqlErrorsAndUnknownColumnsNameTheLayerAndTheCause() throws Exception {
        Path gpkg = Files.copy(OgrFixtures.DIR.resolve("world.gpkg"), dir.resolve("world.gpkg"));
        String m = failure(OgrFixtures.layer("q", ConnectionType.OGR, gpkg.toString(),
                "SELECT NOPE, geom FROM cities").build());
        assertTrue(m.startsWith("msOGRFileOpen(): OGR error. ExecuteSQL() failed in layer `q'") && m.contains("NOPE"), m);
        m = failure(OgrFixtures.layer("q", ConnectionType.OGR, gpkg.toString(), "SELECT FROM WHERE").build());
        assertTrue(m.contains("syntax error"), m);
        LayerDef.Builder b = OgrFixtures.layer("nf", ConnectionType.OGR, gpkg.toString(), "countries");
        b.processing.add("NATIVE_FILTER=NO_SUCH_COLUMN = 1");
        m = failure(b.build());
        assertTrue(m.contains("NATIVE_FILTER") && m.contains("NO_SUCH_COLUMN"), m);
        m = failure(OgrFixtures.layer("q", ConnectionType.OGR, OgrFixtures.DIR.resolve("countries.geojson").toString(),
                "SELECT * FROM countries WHERE nosuch = 1").build());
        assertTrue(m.startsWith("msOGRFileOpen(): OGR error. ExecuteSQL() failed in layer `q'")
                && m.contains("\"nosuch\" not recognised as an available field.") && m.contains("countries.geojson"), m);
    }

    @Test
    void aRunawayQueryIsInterruptedWithinTheTimeLimit() throws Exception {
        Path gpkg = Files.copy(OgrFixtures.DIR.resolve("world.gpkg"), dir.resolve("world.gpkg"));
        // a recursive CTE that never ends: SQLite is interrupted after the statement time limit
        String sql = "SELECT c.NAME, c.geom FROM cities c WHERE (WITH RECURSIVE r(n) AS "
                + "(SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT count(*) FROM r) > 0";
        GeoPackageSource.queryTimeoutSeconds = 2;
        DataSourceException e;
        try {
            e = assertThrows(DataSourceException.class, () -> assertTimeoutPreemptively(Duration.ofSeconds(15), () -> {
                try (FeatureSource s = OgrFixtures.open(dir, OgrFixtures.layer("slow", ConnectionType.OGR,
                        gpkg.toString(), sql).build())) {
                    OgrFixtures.all(s, null);
                }
            }));
        } finally {
            GeoPackageSource.queryTimeoutSeconds = GeoPackageSource.QUERY_TIMEOUT_SECONDS;
        }
        assertTrue(e.getMessage().contains("`slow'") && e.getMessage().contains("world.gpkg")
                && e.getMessage().contains("interrupted after the 2 s time limit"), e.getMessage());
        assertTrue(e.getMessage().contains("`slow'") && e.getMessage().contains("world.gpkg"), e.getMessage());
    }

    @Test
    void brokenCsvAndVrtAreReported() throws Exception {
        Files.writeString(dir.resolve("bad.csv"), "WKT,NAME\n\"POINT (1 oops)\",a\n");
        String m = failure(OgrFixtures.layer("csv", ConnectionType.OGR, "bad.csv", null).build());
        assertTrue(m.contains("bad geometry") && m.contains("bad.csv"), m);
        Files.writeString(dir.resolve("bad.vrt"), "<OGRVRTDataSource><OGRVRTLayer name='a'>");
        m = failure(OgrFixtures.layer("vrt", ConnectionType.OGR, "bad.vrt", null).build());
        assertTrue(m.contains("Corrupt OGR VRT XML") && m.contains("bad.vrt"), m);
    }

    @Test
    void refusesGeoJsonTooBigToReadWholeOnEveryDraw() throws Exception {
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(dir.resolve("huge.geojson").toFile(), "rw")) {
            f.setLength(MemoryFeatureSource.MAX_FILE_BYTES + 1); // sparse: nothing is written
        }
        String m = failure(OgrFixtures.layer("big", ConnectionType.OGR, "huge.geojson", null).build());
        assertTrue(m.contains("larger than the 256 MB") && m.contains("GeoPackage or FlatGeobuf") && m.contains("huge.geojson"), m);
    }
}
