package org.jmapserv.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jmapserv.image.raster.RasterBlockCache;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.parse.MapfileReader;
import org.jmapserv.render.MapRenderer;
import org.jmapserv.render.RenderRequest;

/**
 * Issue 10 "Raster speed and memory": generates (with gdal_translate, once, into target/raster-bench/) a
 * 20,000 x 20,000 RGB GeoTIFF, tiled 256 x 256 and deflate-compressed (1.2 GB uncompressed), then
 * <ul>
 *   <li>ours: a child JVM parses, draws and encodes a 1024x768 map of it N times after a warm-up, at full extent
 *   and zoomed to 1:1 (one raster pixel per map pixel), ms per map;</li>
 *   <li>baseline in the same run: Debian's {@code map2img -c N}, per map (time of -c N+1 minus -c 1, over N);</li>
 *   <li>like with like: both at their default block cache (GDAL_CACHEMAX unset: 5 % of RAM each, which holds the
 *   whole decoded raster on a big machine, so repeat draws decode nothing), then both with {@code
 *   GDAL_CACHEMAX=64} in their environment; wall and CPU time (CPU time is what a loaded machine does not
 *   distort); and MapServer's first draw;</li>
 *   <li>memory: child JVMs with {@code -Xmx256m} draw the full extent three times and the 1:1 view, and report their
 *   peak heap and what the off-heap block cache holds (its budget capped by the direct memory limit, then with
 *   {@code -XX:MaxDirectMemorySize=1600m} so it holds the whole raster).</li>
 * </ul>
 * Timings are medians (ours) and minima of three runs (map2img), the machine being shared.
 * Run with {@code bench/run RasterBench [N]} (default N = 5).
 */
public final class RasterBench {

    private static final int SIZE = 20_000;
    private static final int WARMUP = 6;

    private RasterBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("--heap-child")) {
            heapChild(Path.of(args[1]), Path.of(args[2]));
            return;
        }
        if (args.length == 3 && args[0].equals("--warm-child")) {
            double[] r = warm(Path.of(args[1]), Integer.parseInt(args[2]));
            System.out.println(r[0] + " " + r[1]);
            return;
        }
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path dir = Path.of("target/raster-bench").toAbsolutePath();
        Files.createDirectories(dir);
        Path tif = dir.resolve("big.tif");
        if (!Files.exists(tif)) {
            System.out.println("generating " + tif + " (20000 x 20000, tiled, deflate) with gdal_translate ...");
            run(List.of("gdal_translate", "-q", "-outsize", Integer.toString(SIZE), Integer.toString(SIZE),
                    "-r", "bilinear", "-co", "TILED=YES", "-co", "COMPRESS=DEFLATE", "-co", "BIGTIFF=NO",
                    Path.of("test-data/rasters/rgb.tif").toAbsolutePath().toString(), tif.toString()));
        }
        System.out.printf("raster: %s, %,d bytes on disk, %,d bytes uncompressed%n", tif, Files.size(tif),
                (long) SIZE * SIZE * 3);
        // rgb.tif covers 400000..404000 x 5000000..5003000: 20000 pixels of 0.2 m by 0.15 m
        Path full = dir.resolve("full.map");
        Files.writeString(full, map(tif, "399999 4999999 404001 5003001"), StandardCharsets.UTF_8);
        Path one = dir.resolve("one.map");
        // 1024 x 768 raster pixels (0.2 m x 0.15 m: the map squares the extent, so use the x resolution)
        double cx = 402000;
        double cy = 5001500;
        Files.writeString(one, map(tif, (cx - 512 * 0.2) + " " + (cy - 384 * 0.2) + " " + (cx + 512 * 0.2) + " "
                + (cy + 384 * 0.2)), StandardCharsets.UTF_8);
        Path off = dir.resolve("off.map");
        Files.writeString(off, map(tif, "399999 4999999 404001 5003001").replace("STATUS ON", "STATUS OFF"),
                StandardCharsets.UTF_8);
        Path out = dir.resolve("ms.png");
        double startup = runMs(List.of("map2img", "-m", off.toString(), "-o", out.toString(), "-c", "1"), null);
        System.out.printf("load average at start: %s%n", loadAverage());
        for (Path m : List.of(full, one)) {
            String label = m == full ? "full extent" : "1:1";
            // at least 20 draws, so the per-map difference dominates the shared machine's noise
            int k = Math.max(n, 20);
            double[] c1 = runMsAndCpu(List.of("map2img", "-m", m.toString(), "-o", out.toString(), "-c", "1"), null,
                    3);
            for (String cacheMax : new String[] {null, "64"}) {
                // both sides read GDAL_CACHEMAX the same way: unset (5 % of RAM each) or 64 MB each
                // 20 timed draws at least where they are cheap: CPU time is counted in 10 ms ticks
                double[] ours = oursInChild(m, m == full && cacheMax != null ? 2 : Math.max(n, 20), cacheMax);
                int kb = m == full && cacheMax != null ? 2 : k; // full extent at 64 MB decodes the file per draw
                double[] cn = runMsAndCpu(List.of("map2img", "-m", m.toString(), "-o", out.toString(), "-c",
                        Integer.toString(kb + 1)), cacheMax == null ? null : "GDAL_CACHEMAX=" + cacheMax,
                        cacheMax == null ? 3 : 1);
                double theirs = (cn[0] - c1[0]) / kb;
                double theirCpu = (cn[1] - c1[1]) / kb;
                String cache = cacheMax == null ? "default caches (5 % of RAM)" : "GDAL_CACHEMAX=" + cacheMax
                        + " both";
                System.out.printf("%-11s %-28s jmapserv %.1f ms per map, MapServer map2img -c %.1f ms: ratio %.2f"
                        + " | CPU per map %.1f vs %.1f ms: ratio %.2f%n", label, cache, ours[0], theirs,
                        ours[0] / theirs, ours[1], theirCpu, ours[1] / theirCpu);
            }
            System.out.printf("%-11s MapServer's first draw of the view (map2img -c 1 minus start-up): %.1f ms%n",
                    label, c1[0] - startup);
        }
        for (String direct : new String[] {null, "-XX:MaxDirectMemorySize=1600m"}) {
            List<String> child = new ArrayList<>(List.of(javaBin(), "-Xmx256m"));
            if (direct != null) {
                child.add(direct);
            }
            child.addAll(List.of("-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                    RasterBench.class.getName(), "--heap-child", full.toString(), one.toString()));
            Process p = new ProcessBuilder(child).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            System.out.println("-Xmx256m" + (direct == null ? "" : " " + direct) + ", 3 full-extent draws and a 1:1"
                    + " draw: exit " + p.waitFor() + ", " + output);
        }
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    /**
     * Our median ms per map and mean CPU ms per map, measured in a child JVM (default heap) whose environment has
     * {@code GDAL_CACHEMAX} as given (null: unset), so its block cache is sized as MapServer's is.
     */
    private static double[] oursInChild(Path map, int n, String cacheMax) throws Exception {
        List<String> cmd = List.of(javaBin(), "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                RasterBench.class.getName(), "--warm-child", map.toString(), Integer.toString(n));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().remove("GDAL_CACHEMAX");
        if (cacheMax != null) {
            pb.environment().put("GDAL_CACHEMAX", cacheMax);
        }
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (p.waitFor() != 0) {
            throw new IOException("warm child failed: " + output);
        }
        String[] last = output.lines().reduce((x, y) -> y).orElse("").split(" ");
        return new double[] {Double.parseDouble(last[0]), Double.parseDouble(last[1])};
    }

    private static String map(Path tif, String extent) {
        return """
                MAP
                  EXTENT %s
                  SIZE 1024 768
                  IMAGECOLOR 255 255 255
                  PROJECTION "init=epsg:32633" END
                  OUTPUTFORMAT NAME "png" DRIVER AGG/PNG IMAGEMODE RGB END
                  LAYER NAME "big" TYPE RASTER STATUS ON DATA "%s" END
                END
                """.formatted(extent, tif);
    }

    private static void heapChild(Path full, Path one) throws Exception {
        MapRenderer renderer = MapRenderer.standard();
        long bytes = 0;
        for (int i = 0; i < 3; i++) {
            bytes = drawOnce(renderer, full);
        }
        drawOnce(renderer, one);
        RasterBlockCache cache = RasterBlockCache.shared(null);
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("PNG %,d bytes, peak heap %.0f MB (max %.0f MB); block cache budget %.0f MB, holding %.0f MB"
                + " off the heap, %,d blocks decoded, %,d served from the cache%n", bytes, peak / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576.0, cache.budget() / 1048576.0, cache.bytes() / 1048576.0,
                cache.decodes(), cache.hits());
    }

    /** The median wall ms of n timed draws after a warm-up (the machine is shared), and the mean JVM CPU ms. */
    private static double[] warm(Path map, int n) throws Exception {
        MapRenderer renderer = MapRenderer.standard();
        // a fresh JVM: draw until the JIT has compiled the draw (a server is warm): for 5 s and at least 20 draws
        // (n + 1 when each draw decodes the whole file), at most 300 draws or 30 s
        long started = System.nanoTime();
        int warmups = n <= 2 ? n + 1 : 20;
        for (int i = 0; i < Math.min(WARMUP, n + 1) || (i < warmups || n > 2 && System.nanoTime() - started < 5e9)
                && i < 300 && System.nanoTime() - started < 30e9; i++) {
            drawOnce(renderer, map);
        }
        double[] t = new double[n];
        long cpu0 = CpuMeter.jvmMillis();
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            drawOnce(renderer, map);
            t[i] = (System.nanoTime() - t0) / 1e6;
        }
        double cpu = (CpuMeter.jvmMillis() - cpu0) / (double) n;
        java.util.Arrays.sort(t);
        return new double[] {t[n / 2], cpu};
    }

    private static long drawOnce(MapRenderer renderer, Path map) throws Exception {
        MapDef def = new MapfileReader().read(map);
        ByteArrayOutputStream png = new ByteArrayOutputStream(1 << 20);
        renderer.render(def, RenderRequest.defaults()).write(png);
        return png.size();
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed");
        }
    }

    /** The fastest of three runs: the machine is shared, the minimum is the least disturbed. */
    private static double runMs(List<String> command, String env) throws IOException, InterruptedException {
        return runMsAndCpu(command, env, 3)[0];
    }

    /** Wall ms and CPU ms of the fastest of {@code runs} runs, with {@code env} ("NAME=value") set when not null. */
    private static double[] runMsAndCpu(List<String> command, String env, int runs)
            throws IOException, InterruptedException {
        double[] best = {Double.MAX_VALUE, 0};
        for (int i = 0; i < runs; i++) {
            long c0 = CpuMeter.reapedChildrenMillis();
            double wall = runOnceMs(command, env);
            if (wall < best[0]) {
                best = new double[] {wall, CpuMeter.reapedChildrenMillis() - c0};
            }
        }
        return best;
    }

    private static double runOnceMs(List<String> command, String env) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        if (env != null) {
            pb.environment().put(env.substring(0, env.indexOf('=')), env.substring(env.indexOf('=') + 1));
        }
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        if (code != 0) {
            throw new IOException(String.join(" ", command) + " exited " + code + ": " + output.strip());
        }
        return (System.nanoTime() - t0) / 1e6;
    }
}
