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
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.parse.MapfileReader;
import org.jmapserv.render.MapRenderer;
import org.jmapserv.render.RenderRequest;

/**
 * Issue 11 sanity check (not a target): 100,000 random polygons written as a shapefile and converted by GDAL's
 * {@code ogr2ogr} to a GeoPackage (rtree index) and a FlatGeobuf (packed Hilbert R-tree); each drawn at 1024x768
 * at full extent and zoomed to 1 % of it, by jmapserv (warm, per map: load, draw, encode) and by Debian's
 * {@code map2img -c N} in the same run ((time of -c N+1 minus -c 1) / N). Prints ms per map and the ratio, to show
 * that OGR sources are not pathologically slow. Needs {@code ogr2ogr} and {@code map2img}.
 * Run with {@code bench/run OgrBench [N]} (default N = 5).
 */
public final class OgrBench {

    private static final int FEATURES = 100_000;

    private OgrBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path dir = Files.createTempDirectory("ogrbench");
        try {
            Path shp = dir.resolve("polys");
            Random random = new Random(11);
            try (ShapefileWriter w = ShapefileWriter.create(shp, ShapeType.POLYGON,
                    List.of(DbfField.numeric("ID", 7, 0), DbfField.character("CLASS", 10)))) {
                for (int i = 0; i < FEATURES; i++) {
                    ShapeGeometry g = RandomShapes.polygon(random, random.nextDouble() * 1000, random.nextDouble() * 1000);
                    w.write(g, List.of(Integer.toString(i), "c" + (i % 3)));
                }
            }
            run(List.of("ogr2ogr", "-f", "GPKG", dir.resolve("polys.gpkg").toString(), shp + ".shp", "-nln", "polys"));
            run(List.of("ogr2ogr", "-f", "FlatGeobuf", dir.resolve("polys.fgb").toString(), shp + ".shp",
                    "-nlt", "POLYGON"));
            System.out.printf("%,d polygons, 1024x768, N=%d%n", FEATURES, n);
            for (String source : List.of("GPKG", "FGB")) {
                for (boolean zoomed : List.of(false, true)) {
                    Path map = dir.resolve(source + (zoomed ? "-zoom" : "-full") + ".map");
                    Files.writeString(map, mapfile(source, zoomed), StandardCharsets.UTF_8);
                    double ours = warm(map, n);
                    Path out = dir.resolve("ms.png");
                    double one = run(List.of("map2img", "-m", map.toString(), "-o", out.toString(), "-c", "1"));
                    double many = run(List.of("map2img", "-m", map.toString(), "-o", out.toString(), "-c",
                            Integer.toString(n + 1)));
                    double theirs = (many - one) / n;
                    System.out.printf("%-4s %-5s jmapserv %7.1f ms, map2img %7.1f ms, ratio %.2f%n", source,
                            zoomed ? "1 %" : "full", ours, theirs, ours / theirs);
                }
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static String mapfile(String source, boolean zoomed) {
        String data = source.equals("GPKG") ? "CONNECTIONTYPE OGR CONNECTION \"polys.gpkg\" DATA \"polys\""
                : "CONNECTIONTYPE FLATGEOBUF DATA \"polys.fgb\"";
        String extent = zoomed ? "450 450 550 550" : "0 0 1000 1000";
        return """
                MAP
                  SIZE 1024 768
                  EXTENT %s
                  UNITS METERS
                  IMAGECOLOR 255 255 255
                  IMAGETYPE png
                  LAYER NAME "polys" TYPE POLYGON STATUS ON %s
                    CLASSITEM "CLASS"
                    CLASS EXPRESSION "c0" STYLE COLOR 200 120 80 OUTLINECOLOR 60 60 60 END END
                    CLASS STYLE COLOR 80 120 200 END END
                  END
                END
                """.formatted(extent, data);
    }

    private static double warm(Path map, int n) throws Exception {
        MapRenderer renderer = MapRenderer.standard();
        for (int i = 0; i < 2; i++) {
            drawOnce(renderer, map);
        }
        long t0 = System.nanoTime();
        long bytes = 0;
        for (int i = 0; i < n; i++) {
            bytes += drawOnce(renderer, map);
        }
        if (bytes == 0) {
            throw new IllegalStateException("nothing encoded");
        }
        return (System.nanoTime() - t0) / 1e6 / n;
    }

    private static long drawOnce(MapRenderer renderer, Path map) throws Exception {
        MapDef def = new MapfileReader().read(map);
        ByteArrayOutputStream png = new ByteArrayOutputStream(1 << 20);
        renderer.render(def, RenderRequest.defaults()).write(png);
        return png.size();
    }

    private static double run(List<String> command) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        if (code != 0) {
            throw new IOException(String.join(" ", command) + " exited " + code + ": " + output.strip());
        }
        return (System.nanoTime() - t0) / 1e6;
    }
}
