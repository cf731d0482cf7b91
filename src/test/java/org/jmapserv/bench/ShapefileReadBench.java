package org.jmapserv.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.jmapserv.data.Feature;
import org.jmapserv.data.FeatureCursor;
import org.jmapserv.data.ShapeGeometry;
import org.jmapserv.data.shapefile.DbfField;
import org.jmapserv.data.shapefile.ShapeType;
import org.jmapserv.data.shapefile.ShapefileReader;
import org.jmapserv.data.shapefile.ShapefileWriter;
import org.locationtech.jts.geom.Envelope;

/**
 * Writes 100,000 polygons and 100,000 lines to a temp dir and times warm full reads (raw coordinates +
 * one attribute per feature, as a classed draw needs), a quarter-extent query, and, as the in-run
 * baseline, a plain sequential pass over the same bytes. Prints features/s and the ratio to the baseline.
 * Run with {@code bench/run ShapefileReadBench}.
 */
public final class ShapefileReadBench {

    private static final int N = 100_000;
    private static final int ITERATIONS = 8;

    private ShapefileReadBench() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("shpbench");
        try {
            Path polys = dir.resolve("polys");
            Path lines = dir.resolve("lines");
            generate(polys, ShapeType.POLYGON);
            generate(lines, ShapeType.POLYLINE);
            System.out.printf("files: polys.shp %,d bytes, lines.shp %,d bytes%n",
                    Files.size(dir.resolve("polys.shp")), Files.size(dir.resolve("lines.shp")));
            for (int i = 0; i < ITERATIONS; i++) {
                long t0 = System.nanoTime();
                long bytes = baseline(dir);
                long t1 = System.nanoTime();
                long full = read(polys, null) + read(lines, null);
                long t2 = System.nanoTime();
                Envelope quarter = new Envelope(0, 500, 0, 500);
                long part = read(polys, quarter) + read(lines, quarter);
                long t3 = System.nanoTime();
                System.out.printf("iter %d: baseline %.1f ms (%,d bytes) | full read %,d features %.1f ms = %,.0f features/s"
                                + " (x%.2f baseline) | quarter extent %,d features %.1f ms%n",
                        i, ms(t1 - t0), bytes, full, ms(t2 - t1), full / ((t2 - t1) / 1e9),
                        (double) (t2 - t1) / (t1 - t0), part, ms(t3 - t2));
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    /** Reads every feature's coordinates and its CLASS attribute, as a renderer with a CLASSITEM would. */
    private static long read(Path base, Envelope extent) {
        long n = 0;
        double checksum = 0;
        try (ShapefileReader reader = ShapefileReader.open(base); FeatureCursor c = reader.query(extent)) {
            for (Feature f = c.next(); f != null; f = c.next()) {
                double[] xy = f.shape().coordinates();
                checksum += xy[xy.length - 1] + f.attribute("CLASS").length();
                n++;
            }
        }
        if (checksum == 42.4242) {
            System.out.println("unlikely");
        }
        return n;
    }

    /** Baseline: a sequential read of the same .shp and .dbf bytes with no decoding. */
    private static long baseline(Path dir) throws IOException {
        long sum = 0;
        for (String name : new String[] {"polys.shp", "lines.shp", "polys.dbf", "lines.dbf"}) {
            byte[] bytes = Files.readAllBytes(dir.resolve(name));
            for (int i = 0; i < bytes.length; i += 64) {
                sum += bytes[i];
            }
            sum += bytes.length;
        }
        return sum;
    }

    private static void generate(Path base, ShapeType type) {
        Random random = new Random(type.code());
        try (ShapefileWriter w = ShapefileWriter.create(base, type,
                List.of(DbfField.numeric("ID", 7, 0), DbfField.character("CLASS", 10), DbfField.character("NAME", 24)))) {
            for (int i = 0; i < N; i++) {
                double x = random.nextDouble() * 1000, y = random.nextDouble() * 1000;
                ShapeGeometry g = type == ShapeType.POLYGON ? RandomShapes.polygon(random, x, y)
                        : RandomShapes.line(random, x, y);
                w.write(g, List.of(Integer.toString(i), "c" + (i % 7), "feature number " + i));
            }
        }
    }
}
