package org.jmapserv.data.shapefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jmapserv.data.Feature;
import org.jmapserv.data.ShapeGeometry;
import org.jmapserv.data.ShapeKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;

class ExtentQueryReturnsExactlyTheIntersectingRecordsTest {

    @TempDir
    Path dir;

    @Test
    void everyRandomExtentSelectsTheRecordsWhoseBoxesIntersectIt() {
        Random random = new Random(7);
        List<Envelope> boxes = new ArrayList<>();
        Path base = dir.resolve("lines");
        try (ShapefileWriter w = ShapefileWriter.create(base, ShapeType.POLYLINE, List.of(DbfField.numeric("ID", 6, 0)))) {
            for (int i = 0; i < 500; i++) {
                double x = random.nextDouble() * 1000, y = random.nextDouble() * 1000;
                ShapeGeometry g = ShapeGeometry.of(ShapeKind.LINE, new int[] {0},
                        new double[] {x, y, x + random.nextDouble() * 50, y + random.nextDouble() * 50});
                boxes.add(g.envelope());
                w.write(g, List.of(Integer.toString(i)));
            }
        }
        try (ShapefileReader r = ShapefileReader.open(base)) {
            for (int q = 0; q < 50; q++) {
                double x = random.nextDouble() * 1000, y = random.nextDouble() * 1000;
                Envelope extent = new Envelope(x, x + random.nextDouble() * 300, y, y + random.nextDouble() * 300);
                List<Long> expected = new ArrayList<>();
                for (int i = 0; i < boxes.size(); i++) {
                    if (boxes.get(i).intersects(extent)) {
                        expected.add((long) i);
                    }
                }
                List<Long> actual = ShapefileRoundTripTest.readAll(r, extent).stream().map(Feature::index).toList();
                assertEquals(expected, actual, "extent " + extent);
                actual.forEach(id -> assertEquals(Long.toString(id), attributeOf(r, extent, id)));
            }
        }
    }

    private static String attributeOf(ShapefileReader r, Envelope extent, long id) {
        return ShapefileRoundTripTest.readAll(r, extent).stream().filter(f -> f.index() == id)
                .findFirst().orElseThrow().attribute("id");
    }

    @Test
    void aBoxThatOnlyTouchesTheExtentEdgeCountsAsIntersecting() {
        Path base = dir.resolve("touch");
        try (ShapefileWriter w = ShapefileWriter.create(base, ShapeType.POLYGON, List.of(DbfField.numeric("ID", 3, 0)))) {
            w.write(QixFixtureGenerator.rectangle(0, 0, 10, 10), List.of("0"));
            w.write(QixFixtureGenerator.rectangle(20, 0, 30, 10), List.of("1"));
            w.write(QixFixtureGenerator.rectangle(40, 0, 50, 10), List.of("2"));
        }
        try (ShapefileReader r = ShapefileReader.open(base)) {
            List<Feature> hit = ShapefileRoundTripTest.readAll(r, new Envelope(10, 20, 5, 6));
            assertEquals(List.of(0L, 1L), hit.stream().map(Feature::index).toList());
            assertTrue(ShapefileRoundTripTest.readAll(r, new Envelope(60, 70, 0, 10)).isEmpty());
            assertEquals(3, ShapefileRoundTripTest.readAll(r, new Envelope(-1, 51, -1, 11)).size());
        }
    }
}
