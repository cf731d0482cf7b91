package org.jmapserv.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.jmapserv.data.ShapeGeometry;
import org.jmapserv.data.shapefile.DbfField;
import org.jmapserv.data.shapefile.ShapeType;
import org.jmapserv.data.shapefile.ShapefileWriter;
import org.jmapserv.mapfile.parse.MapfileReader;
import org.jmapserv.render.MapRenderer;
import org.jmapserv.render.RenderRequest;

/**
 * LAYER CLUSTER speed: writes {@value #POINTS} clustered random points (dense blobs plus noise) as a shapefile and a
 * map clustering them in 30-pixel ellipses with count labels and a [Sum:V] aggregate, then draws it warm N times in
 * this JVM (parse, draw, encode, as each {@code map2img -c N} iteration does) against Debian's
 * {@code map2img -c} in the same run: (time of -c N+1 minus -c 1) / N. Run with {@code bench/run ClusterBench [N]}.
 */
public final class ClusterBench {

    private static final int POINTS = 20_000;
    private static final int WARMUP = 3;

    private ClusterBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Path dir = Files.createTempDirectory("clusterbench");
        try {
            generate(dir.resolve("pts"));
            Path map = dir.resolve("cluster.map");
            Files.writeString(map, MAPFILE, StandardCharsets.UTF_8);
            MapRenderer renderer = MapRenderer.standard();
            for (int i = 0; i < WARMUP; i++) {
                drawOnce(renderer, map);
            }
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                drawOnce(renderer, map);
            }
            double ours = (System.nanoTime() - t0) / 1e6 / n;
            System.out.printf("jmapserv warm: %.1f ms per map (800x600, %,d points clustered, N=%d)%n", ours, POINTS,
                    n);
            Path out = dir.resolve("ms.png");
            double one = runMs(List.of("map2img", "-m", map.toString(), "-o", out.toString(), "-c", "1"));
            double many = runMs(List.of("map2img", "-m", map.toString(), "-o", out.toString(), "-c",
                    Integer.toString(n + 1)));
            double theirs = (many - one) / n;
            System.out.printf("MapServer map2img -c: %.1f ms per map%n", theirs);
            System.out.printf("warm ratio jmapserv/MapServer: %.2f%n", ours / theirs);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static long drawOnce(MapRenderer renderer, Path map) throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream(1 << 20);
        renderer.render(new MapfileReader().read(map), RenderRequest.defaults()).write(png);
        if (png.size() == 0) {
            throw new IllegalStateException("nothing encoded");
        }
        return png.size();
    }

    private static double runMs(List<String> command) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed (is mapserver-bin installed?): " + output);
        }
        return (System.nanoTime() - t0) / 1e6;
    }

    /** Blobs of Gaussian points around 200 random centres, and a tenth of the points spread evenly. */
    private static void generate(Path base) {
        Random random = new Random(69);
        double[][] centres = new double[200][2];
        for (double[] c : centres) {
            c[0] = random.nextDouble() * 1000;
            c[1] = random.nextDouble() * 1000;
        }
        try (ShapefileWriter w = ShapefileWriter.create(base, ShapeType.POINT,
                List.of(DbfField.numeric("ID", 7, 0), DbfField.numeric("V", 5, 0)))) {
            for (int i = 0; i < POINTS; i++) {
                double x;
                double y;
                if (i % 10 == 0) {
                    x = random.nextDouble() * 1000;
                    y = random.nextDouble() * 1000;
                } else {
                    double[] c = centres[random.nextInt(centres.length)];
                    x = c[0] + random.nextGaussian() * 15;
                    y = c[1] + random.nextGaussian() * 15;
                }
                w.write(ShapeGeometry.point(x, y), List.of(Integer.toString(i), Integer.toString(i % 1000)));
            }
        }
    }

    private static final String MAPFILE = """
            MAP
              NAME "clusterbench"
              SIZE 800 600
              EXTENT 0 0 1000 1000
              UNITS METERS
              IMAGECOLOR 255 255 255
              IMAGETYPE png
              SYMBOL NAME "circle" TYPE ELLIPSE FILLED TRUE POINTS 1 1 END END
              LAYER
                NAME "pts"
                TYPE POINT
                STATUS ON
                DATA "pts"
                CLUSTER
                  MAXDISTANCE 30
                  REGION "ellipse"
                END
                CLASS
                  EXPRESSION ([Cluster_FeatureCount] > 1)
                  STYLE SYMBOL "circle" SIZE 18 COLOR 90 180 90 END
                  LABEL TEXT "[Cluster_FeatureCount] [Sum:V]" SIZE SMALL COLOR 0 0 0 POSITION CC FORCE TRUE END
                END
                CLASS
                  STYLE SYMBOL "circle" SIZE 5 COLOR 40 40 40 END
                END
              END
            END
            """;
}
