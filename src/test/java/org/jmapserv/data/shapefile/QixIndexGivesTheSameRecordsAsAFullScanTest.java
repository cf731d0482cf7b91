package org.jmapserv.data.shapefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.jmapserv.data.DataSourceException;
import org.jmapserv.data.Feature;
import org.jmapserv.data.FeatureCursor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Envelope;

/** Uses the shptree-made indexes under test-data/shapefiles/qix (see the README there). */
class QixIndexGivesTheSameRecordsAsAFullScanTest {

    private static final Path FIXTURES = Path.of("test-data/shapefiles/qix");

    @TempDir
    Path dir;

    private Path install(String qixName) throws Exception {
        for (String ext : new String[] {"shp", "shx", "dbf"}) {
            Files.copy(FIXTURES.resolve("grid." + ext), dir.resolve("grid." + ext));
        }
        Files.copy(FIXTURES.resolve(qixName), dir.resolve("grid.qix"));
        return dir.resolve("grid");
    }

    @ParameterizedTest
    @ValueSource(strings = {"grid.qix", "grid-new-msb.qix", "grid-old-lsb.qix", "grid-old-msb.qix"})
    void everyHeaderFormGivesTheSameRecordsAsAScan(String qixName) throws Exception {
        try (ShapefileReader r = ShapefileReader.open(install(qixName))) {
            assertTrue(r.hasSpatialIndex());
            QixIndex qix = QixIndex.open(r.files().qix());
            assertEquals(60, qix.shapeCount());
            assertTrue(qix.maxDepth() > 0);
            Random random = new Random(3);
            for (int q = 0; q < 40; q++) {
                double x = random.nextInt(1000), y = random.nextInt(1000);
                Envelope extent = new Envelope(x, x + random.nextInt(200), y, y + random.nextInt(200));
                List<Long> indexed = ids(r.query(extent, true));
                assertEquals(ids(r.query(extent, false)), indexed, qixName + " " + extent);
            }
        }
    }

    @Test
    void theIndexPrunesCandidatesForASmallExtent() throws Exception {
        try (ShapefileReader r = ShapefileReader.open(install("grid.qix"))) {
            BitSet candidates = QixIndex.open(r.files().qix()).candidates(new Envelope(0, 50, 0, 50));
            assertTrue(candidates.cardinality() < 60, "candidates " + candidates.cardinality());
            for (long id : ids(r.query(new Envelope(0, 50, 0, 50), false))) {
                assertTrue(candidates.get((int) id), "record " + id + " missing from the index candidates");
            }
        }
    }

    @Test
    void aStaleIndexForAnotherRecordCountIsIgnored() throws Exception {
        Path base = dir.resolve("other");
        try (ShapefileWriter w = ShapefileWriter.create(base, ShapeType.POLYGON, List.of(DbfField.numeric("ID", 3, 0)))) {
            w.write(QixFixtureGenerator.rectangle(0, 0, 10, 10), List.of("0"));
        }
        Files.copy(FIXTURES.resolve("grid.qix"), dir.resolve("other.qix"));
        try (ShapefileReader r = ShapefileReader.open(base)) {
            assertFalse(r.hasSpatialIndex());
            assertEquals(List.of(0L), ids(r.query(new Envelope(5, 6, 5, 6))));
        }
    }

    @Test
    void aTruncatedIndexIsReportedWithItsFileName() throws Exception {
        Path qix = dir.resolve("cut.qix");
        byte[] bytes = Files.readAllBytes(FIXTURES.resolve("grid.qix"));
        Files.write(qix, java.util.Arrays.copyOf(bytes, 200));
        DataSourceException e = org.junit.jupiter.api.Assertions.assertThrows(DataSourceException.class,
                () -> QixIndex.open(qix).candidates(new Envelope(0, 2000, 0, 2000)));
        assertTrue(e.getMessage().contains("cut.qix") && e.getMessage().contains("truncated"), e.getMessage());
    }

    private static List<Long> ids(FeatureCursor cursor) {
        try (cursor) {
            java.util.ArrayList<Long> out = new java.util.ArrayList<>();
            for (Feature f = cursor.next(); f != null; f = cursor.next()) {
                out.add(f.index());
            }
            return out;
        }
    }
}
