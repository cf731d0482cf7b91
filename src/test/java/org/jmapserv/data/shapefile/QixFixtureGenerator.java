package org.jmapserv.data.shapefile;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.jmapserv.data.ShapeGeometry;
import org.jmapserv.data.ShapeKind;

/**
 * Writes test-data/shapefiles/qix/grid.{shp,shx,dbf}: 60 deterministic rectangles (seed 42) that
 * {@code shptree} then indexes (see the README next to the files). Not a test; run by hand:
 * {@code java -cp target/classes:target/test-classes:<jts> org.jmapserv.data.shapefile.QixFixtureGenerator DIR}.
 */
public final class QixFixtureGenerator {

    private QixFixtureGenerator() {
    }

    public static void main(String[] args) {
        write(Path.of(args[0]).resolve("grid"));
    }

    static void write(Path base) {
        Random random = new Random(42);
        try (ShapefileWriter w = ShapefileWriter.create(base, ShapeType.POLYGON,
                List.of(DbfField.numeric("ID", 5, 0), DbfField.character("NAME", 8)))) {
            for (int i = 0; i < 60; i++) {
                double x = random.nextInt(1000), y = random.nextInt(1000);
                double s = 5 + random.nextInt(75);
                w.write(rectangle(x, y, x + s, y + s), List.of(Integer.toString(i), "r" + i));
            }
        }
    }

    /** A clockwise rectangle (shapefile outer-ring orientation). */
    static ShapeGeometry rectangle(double x0, double y0, double x1, double y1) {
        return ShapeGeometry.of(ShapeKind.POLYGON, new int[] {0},
                new double[] {x0, y0, x0, y1, x1, y1, x1, y0, x0, y0});
    }
}
