package org.jmapserv.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.jmapserv.data.ShapeGeometry;
import org.jmapserv.data.shapefile.DbfField;
import org.jmapserv.data.shapefile.ShapeType;
import org.jmapserv.data.shapefile.ShapefileWriter;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.parse.MapfileReader;
import org.jmapserv.render.MapRenderer;
import org.jmapserv.render.RenderRequest;

/**
 * Issue 3 "Speed": writes 100,000 polygons and 100,000 lines as shapefiles plus a classed mapfile, then
 * <ul>
 *   <li>warm: loads, draws and encodes the map N times in this JVM (what {@code map2img -c N} does per draw:
 *   msLoadMap, msDrawMap, msSaveImage) and prints ms per map;</li>
 *   <li>baseline in the same run: Debian's {@code map2img -m that.map -o x.png -c N}; its per-map time is
 *   (time of -c N+1 minus time of -c 1) / N, so process start and first open are not counted, as in ours;</li>
 *   <li>cold: one {@code bin/map2img} run against one {@code map2img} run, wall clock.</li>
 * </ul>
 * Installs mapserver-bin with apt-get when {@code map2img} is missing. Run with
 * {@code bench/run RenderBench [N] [--no-cold]} (default N = 10).
 */
public final class RenderBench {

    private static final int FEATURES = 100_000;
    private static final int WARMUP = 3;

    private RenderBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Path dir = Files.createTempDirectory("renderbench");
        try {
            generate(dir.resolve("polys"), ShapeType.POLYGON);
            generate(dir.resolve("lines"), ShapeType.POLYLINE);
            Path map = dir.resolve("bench.map");
            Files.writeString(map, MAPFILE, StandardCharsets.UTF_8);
            double ours = warm(map, n);
            System.out.printf("jmapserv warm: %.1f ms per map (1024x768, %,d polygons + %,d lines, N=%d)%n",
                    ours, FEATURES, FEATURES, n);
            String map2img = ensureMap2img();
            if (map2img == null) {
                System.out.println("map2img not available and could not be installed: no ratio");
                return;
            }
            Path out = dir.resolve("ms.png");
            double one = runMs(List.of(map2img, "-m", map.toString(), "-o", out.toString(), "-c", "1"));
            double many = runMs(List.of(map2img, "-m", map.toString(), "-o", out.toString(),
                    "-c", Integer.toString(n + 1)));
            double theirs = (many - one) / n;
            System.out.printf("MapServer map2img -c: %.1f ms per map%n", theirs);
            System.out.printf("warm ratio jmapserv/MapServer: %.2f%n", ours / theirs);
            if (List.of(args).contains("--no-cold")) {
                System.out.println("cold: skipped (--no-cold)");
            } else {
                cold(map, dir, map2img);
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Per map: parse the mapfile, draw, encode PNG, as each map2img -c iteration does. */
    private static double warm(Path map, int n) throws Exception {
        MapRenderer renderer = MapRenderer.standard();
        long bytes = 0;
        for (int i = 0; i < WARMUP; i++) {
            bytes += drawOnce(renderer, map);
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            bytes += drawOnce(renderer, map);
        }
        long t1 = System.nanoTime();
        if (bytes == 0) {
            throw new IllegalStateException("nothing encoded");
        }
        return (t1 - t0) / 1e6 / n;
    }

    private static long drawOnce(MapRenderer renderer, Path map) throws Exception {
        MapDef def = new MapfileReader().read(map);
        ByteArrayOutputStream png = new ByteArrayOutputStream(1 << 20);
        renderer.render(def, RenderRequest.defaults()).write(png);
        return png.size();
    }

    private static void cold(Path map, Path dir, String map2img) throws IOException, InterruptedException {
        Path launcher = Path.of("bin/map2img").toAbsolutePath();
        List<String> ours = new ArrayList<>(List.of(launcher.toString(), "-m", map.toString(), "-o",
                dir.resolve("cold.png").toString()));
        // a first run builds the jar if it is stale; it is not the one measured
        Process warmup = new ProcessBuilder(ours).redirectErrorStream(true).start();
        String firstOutput = new String(warmup.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (warmup.waitFor() != 0) {
            System.out.println("cold: bin/map2img failed, no cold ratio: " + firstOutput.strip());
            return;
        }
        double oursMs = runMs(ours);
        double theirsMs = runMs(List.of(map2img, "-m", map.toString(), "-o", dir.resolve("cold-ms.png").toString()));
        System.out.printf("cold: bin/map2img %.0f ms, map2img %.0f ms, ratio %.2f%n", oursMs, theirsMs,
                oursMs / theirsMs);
    }

    private static double runMs(List<String> command) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        long t1 = System.nanoTime();
        if (code != 0) {
            throw new IOException(String.join(" ", command) + " exited " + code + ": " + output.strip());
        }
        return (t1 - t0) / 1e6;
    }

    /** The path of map2img, installing Debian's mapserver-bin when it is missing; null if that fails. */
    private static String ensureMap2img() throws IOException, InterruptedException {
        for (String d : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            if (Files.isExecutable(Path.of(d, "map2img"))) {
                return Path.of(d, "map2img").toString();
            }
        }
        System.out.println("map2img missing: installing mapserver-bin with apt-get");
        String sudo = "root".equals(System.getProperty("user.name")) ? "" : "sudo ";
        Process p = new ProcessBuilder("sh", "-c", sudo + "apt-get install -y mapserver-bin").inheritIO().start();
        return p.waitFor() == 0 && Files.isExecutable(Path.of("/usr/bin/map2img")) ? "/usr/bin/map2img" : null;
    }

    private static void generate(Path base, ShapeType type) {
        Random random = new Random(type.code());
        try (ShapefileWriter w = ShapefileWriter.create(base, type,
                List.of(DbfField.numeric("ID", 7, 0), DbfField.character("CLASS", 10)))) {
            for (int i = 0; i < FEATURES; i++) {
                double x = random.nextDouble() * 1000;
                double y = random.nextDouble() * 1000;
                ShapeGeometry g = type == ShapeType.POLYGON ? RandomShapes.polygon(random, x, y)
                        : RandomShapes.line(random, x, y);
                w.write(g, List.of(Integer.toString(i), "c" + (i % 4)));
            }
        }
    }

    private static final String MAPFILE = """
            MAP
              NAME "bench"
              SIZE 1024 768
              EXTENT 0 0 1000 1000
              UNITS METERS
              IMAGECOLOR 255 255 255
              IMAGETYPE png
              LAYER
                NAME "polys"
                TYPE POLYGON
                STATUS ON
                DATA "polys"
                CLASSITEM "CLASS"
                CLASS
                  EXPRESSION "c0"
                  STYLE COLOR 200 120 80 OUTLINECOLOR 60 60 60 END
                END
                CLASS
                  EXPRESSION "c1"
                  STYLE COLOR 120 200 80 OUTLINECOLOR 60 60 60 END
                END
                CLASS
                  EXPRESSION "c2"
                  STYLE COLOR 80 120 200 END
                END
                CLASS
                  STYLE COLOR 220 220 120 END
                END
              END
              LAYER
                NAME "lines"
                TYPE LINE
                STATUS ON
                DATA "lines"
                CLASS
                  STYLE COLOR 30 30 30 WIDTH 1 END
                END
              END
            END
            """;
}
