package org.jmapserv.bench;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.jmapserv.data.postgis.PostgisCluster;
import org.jmapserv.http.HttpFetcher;
import org.jmapserv.mapfile.model.ConfigFileDef;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.model.Metadata;
import org.jmapserv.mapfile.parse.MapfileReader;
import org.jmapserv.render.MapRenderer;
import org.jmapserv.render.RenderRequest;
import org.jmapserv.render.RenderedMap;
import org.jmapserv.server.EmbeddedServer;
import org.jmapserv.server.MapfileCache;
import org.jmapserv.server.MapservHandler;
import org.jmapserv.server.ServerSettings;
import org.jmapserv.wms.client.WmsHttpProfiles;

/**
 * PostGIS drawing against Debian MapServer 8 on the same database in the same run: a throwaway cluster
 * ({@link PostgisCluster}) with a generated 1,000,000-row polygon table (a 1000 x 1000 grid of 9-vertex polygons
 * with an integer and a text column, GiST-indexed), drawn at 1024x768 at full extent and zoomed to 1 % of its area,
 * two classes on the integer item. Time per map: our renderer in-process (after warm-up) against {@code map2img -c N}
 * (wall time / N, start-up amortised). Then server throughput on the zoomed map at 8 concurrent clients: our
 * endpoint against mapserv as native FastCGI behind nginx ({@link MapservBehindNginx}, 8 processes), both driven
 * by {@code wrk} as a separate process ({@link WrkLoad}; the in-JVM {@link LoadClient} when wrk is missing). Both
 * use {@code CLOSE_CONNECTION=DEFER}. The zoomed map's parts are also measured alone (reading the layer without
 * drawing; zlib's deflate of its pixels at MapServer's level), and a closing summary prints every ratio and how the
 * CPU budget of 2x MapServer's throughput splits into those parts. Args: [full-extent repeats, default 3] [zoomed
 * repeats, default 20] [throughput seconds per server, default 10, after 3 s of warm-up; 0 skips the server part].
 */
public final class PostgisBench {

    private static final int CLIENTS = 8;
    private static final int ROWS_PER_SIDE = 1000;

    private PostgisBench() {
    }

    public static void main(String[] args) throws Exception {
        int fullN = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int zoomN = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int perClient = 40;
        String why = PostgisCluster.unavailableReason();
        if (why != null) {
            System.out.println("PostgisBench skipped: " + why);
            return;
        }
        Path dir = Files.createTempDirectory("jmapserv-pgbench-");
        try (PostgisCluster pg = PostgisCluster.start(Path.of("target").toAbsolutePath())) {
            long t0 = System.nanoTime();
            pg.execute("CREATE TABLE big (id integer PRIMARY KEY, val integer, name text, geom geometry(Polygon, 3857));"
                    + "INSERT INTO big SELECT i * " + ROWS_PER_SIDE + " + j, (i * 31 + j * 17) % 100, 'cell ' || i || '/' || j,"
                    + " ST_Buffer(ST_SetSRID(ST_MakePoint(i * 1000 + 500, j * 1000 + 500), 3857), 420, 2)"
                    + " FROM generate_series(0, " + (ROWS_PER_SIDE - 1) + ") i, generate_series(0, "
                    + (ROWS_PER_SIDE - 1) + ") j;"
                    + "CREATE INDEX big_geom ON big USING gist (geom)");
            pg.execute("VACUUM ANALYZE big");
            System.out.printf("generated 1,000,000 polygons in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            double side = ROWS_PER_SIDE * 1000.0;
            Path full = Files.writeString(dir.resolve("full.map"), map(pg, 0, 0, side, side));
            double z = side * 0.1; // 10 % of each side = 1 % of the area, in the middle
            Path zoom = Files.writeString(dir.resolve("zoom.map"), map(pg, side / 2 - z / 2, side / 2 - z / 2,
                    side / 2 + z / 2, side / 2 + z / 2));
            MapRenderer renderer = MapRenderer.standard();
            long postmaster = CpuMeter.postmasterPid(pg.dir().resolve("data"));
            PerMap f = compareMaps("full extent", renderer, full, fullN, dir, postmaster);
            PerMap zm = compareMaps("zoomed to 1 %", renderer, zoom, zoomN, dir, postmaster);
            Parts parts = parts(renderer, zoom, zoomN, postmaster);
            double[] server = seconds > 0 ? throughput(dir, zoom, seconds, perClient, postmaster) : null; // 0: skip
            summary(f, zm, parts, server);
        } finally {
            try (var files = Files.walk(dir)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static String map(PostgisCluster pg, double x0, double y0, double x1, double y1) {
        return """
                MAP
                  NAME "pgbench"
                  EXTENT %s %s %s %s
                  SIZE 1024 768
                  IMAGECOLOR 255 255 255
                  PROJECTION "init=epsg:3857" END
                  OUTPUTFORMAT NAME "png" DRIVER AGG/PNG IMAGEMODE RGB END
                  LAYER
                    NAME "big"
                    TYPE POLYGON
                    STATUS ON
                    CONNECTIONTYPE POSTGIS
                    CONNECTION "%s"
                    DATA "geom from big using unique id using srid=3857"
                    PROCESSING "CLOSE_CONNECTION=DEFER"
                    CLASS EXPRESSION ([val] < 50) STYLE COLOR 200 80 40 OUTLINECOLOR 60 30 10 END END
                    CLASS STYLE COLOR 90 140 200 END END
                  END
                END
                """.formatted(x0, y0, x1, y1, pg.connection());
    }

    /** One map's figures, per map: wall times, CPU (ours incl. PNG; PostgreSQL's share for each side). */
    record PerMap(double ours, double theirs, double oursCpu, double png, double oursPg, double theirCpu,
            double theirPg) {
        double ratio() {
            return ours / theirs;
        }
    }

    private static PerMap compareMaps(String label, MapRenderer renderer, Path mapfile, int n, Path dir,
            long postmaster) throws Exception {
        MapDef map = new MapfileReader().read(mapfile);
        render(renderer, map); // warm-up: JIT, pool, plans
        long pngNanos = 0;
        long cpu0 = CpuMeter.jvmMillis();
        long pg0 = CpuMeter.treeMillis(postmaster);
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            pngNanos += render(renderer, map);
        }
        double ours = (System.nanoTime() - t0) / 1e6 / n;
        double oursCpu = (CpuMeter.jvmMillis() - cpu0) / (double) n;
        double oursPg = (CpuMeter.treeMillis(postmaster) - pg0) / (double) n;
        Path out = dir.resolve("ms.png");
        long child0 = CpuMeter.reapedChildrenMillis();
        long mpg0 = CpuMeter.treeMillis(postmaster);
        Process p = new ProcessBuilder("map2img", "-m", mapfile.toString(), "-o", out.toString(), "-c",
                Integer.toString(n)).redirectErrorStream(true).redirectOutput(dir.resolve("map2img.log").toFile()).start();
        long m0 = System.nanoTime();
        if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
            System.out.println(label + ": map2img failed: " + Files.readString(dir.resolve("map2img.log")));
            return null;
        }
        double theirs = (System.nanoTime() - m0) / 1e6 / n;
        double theirCpu = (CpuMeter.reapedChildrenMillis() - child0) / (double) n;
        double theirPg = (CpuMeter.treeMillis(postmaster) - mpg0) / (double) n;
        System.out.printf("%-14s 1024x768: jmapserv %8.1f ms/map, MapServer map2img -c %d %8.1f ms/map, ratio %.2fx "
                + "(goal <= 1.0x)%n", label, ours, n, theirs, ours / theirs);
        // on a CPU-bound server, throughput is the inverse of the CPU a request costs, PostgreSQL's share included
        System.out.printf("%-14s CPU per map: jmapserv %.1f ms (of which PNG encoding %.1f ms, zlib level 6 as "
                + "MapServer) + PostgreSQL %.1f ms; map2img %.1f ms + PostgreSQL %.1f ms; throughput bound on a "
                + "CPU-bound machine %.2fx%n", label, oursCpu, pngNanos / 1e6 / n, oursPg, theirCpu, theirPg,
                (theirCpu + theirPg) / (oursCpu + oursPg));
        return new PerMap(ours, theirs, oursCpu, pngNanos / 1e6 / n, oursPg, theirCpu, theirPg);
    }

    /**
     * Where one zoomed map's CPU goes, each part measured alone: reading the layer (the query, the driver, WKB
     * decoding; PostgreSQL's share apart) without drawing, and zlib's deflate at MapServer's level on the map's own
     * pixels in one call (the floor of any encoder writing MapServer's bytes). Drawing is the rest.
     */
    record Parts(double readJvm, double readPg, double deflate) {
    }

    private static Parts parts(MapRenderer renderer, Path mapfile, int n, long postmaster) throws Exception {
        MapDef map = new MapfileReader().read(mapfile);
        org.jmapserv.mapfile.model.LayerDef layer = map.layers().get(0);
        org.jmapserv.data.LayerSources sources = org.jmapserv.data.LayerSources.standard();
        // the map's extent widened to the image's 4:3 as msAdjustExtent does: the rows the draw reads
        double x0 = map.extent().minX(), x1 = map.extent().maxX(), y0 = map.extent().minY(), y1 = map.extent().maxY();
        double cx = (x0 + x1) / 2, half = (y1 - y0) * 1024 / 768 / 2;
        org.locationtech.jts.geom.Envelope box = new org.locationtech.jts.geom.Envelope(cx - half, cx + half, y0, y1);
        read(sources, map, layer, box);
        long cpu0 = CpuMeter.jvmMillis();
        long pg0 = CpuMeter.treeMillis(postmaster);
        for (int i = 0; i < n; i++) {
            read(sources, map, layer, box);
        }
        double readJvm = (CpuMeter.jvmMillis() - cpu0) / (double) n;
        double readPg = (CpuMeter.treeMillis(postmaster) - pg0) / (double) n;
        java.awt.image.BufferedImage img = renderer.render(map, RenderRequest.defaults()).image();
        int w = img.getWidth(), h = img.getHeight();
        byte[] raw = new byte[h * (3 * w + 1)];
        int[] row = new int[w];
        for (int y = 0, i = 0; y < h; y++) {
            img.getRGB(0, y, w, 1, row, 0, w);
            raw[i++] = 0; // PNG filter None, as saveAsPNG
            for (int p : row) {
                raw[i++] = (byte) (p >> 16);
                raw[i++] = (byte) (p >> 8);
                raw[i++] = (byte) p;
            }
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        byte[] out = new byte[raw.length + 1024];
        long c0 = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < n; i++) {
            java.util.zip.Deflater d = new java.util.zip.Deflater(java.util.zip.Deflater.DEFAULT_COMPRESSION);
            d.setInput(raw);
            d.finish();
            int k = 0;
            while (!d.finished()) {
                k += d.deflate(out, k, out.length - k);
            }
            d.end();
        }
        double deflate = (threads.getCurrentThreadCpuTime() - c0) / 1e6 / n;
        System.out.printf("zoomed to 1 %%  parts, each alone: reading the layer %.1f ms (+ PostgreSQL %.1f ms), zlib "
                + "deflate at MapServer's level %.1f ms, drawing and the rest of PNG encoding: the remainder%n",
                readJvm, readPg, deflate);
        return new Parts(readJvm, readPg, deflate);
    }

    private static void read(org.jmapserv.data.LayerSources sources, MapDef map,
            org.jmapserv.mapfile.model.LayerDef layer, org.locationtech.jts.geom.Envelope box) {
        try (org.jmapserv.data.FeatureSource s = sources.open(map, layer);
             org.jmapserv.data.FeatureCursor c = s.query(box)) {
            while (c.next() != null) {
                // decoded and dropped: the reading alone
            }
        }
    }

    /** Every ratio of the run in one block, with the 2x throughput budget split into its parts. */
    private static void summary(PerMap full, PerMap zoom, Parts parts, double[] server) {
        System.out.println();
        System.out.println("== PostgisBench summary (same run, same database) ==");
        for (var e : new java.util.LinkedHashMap<String, PerMap>() { {
                put("full extent", full);
                put("zoomed to 1 %", zoom);
            } }.entrySet()) {
            PerMap m = e.getValue();
            if (m == null) {
                System.out.printf("%-14s map2img failed: no ratio%n", e.getKey());
                continue;
            }
            System.out.printf("%-14s per map: %.2fx (goal <= 1.0x: %s); CPU incl. PostgreSQL %.1f vs %.1f ms = %.2fx%n",
                    e.getKey(), m.ratio(), m.ratio() <= 1.0 ? "met" : "NOT met", m.oursCpu() + m.oursPg(),
                    m.theirCpu() + m.theirPg(), (m.oursCpu() + m.oursPg()) / (m.theirCpu() + m.theirPg()));
        }
        if (server == null) {
            System.out.println("server throughput: not measured");
            return;
        }
        double ratio = server[0] / server[1];
        System.out.printf("server, 8 clients: throughput %.2fx (goal >= 2x: %s); CPU per request %.1f vs %.1f ms, "
                + "bound %.2fx%n", ratio, ratio >= 2 ? "met" : "NOT met", server[2], server[3], server[3] / server[2]);
        if (!Double.isNaN(server[2]) && zoom != null) {
            double budget = server[3] / 2;
            double fixed = parts.deflate() + zoom.oursPg();
            double rest = server[2] - fixed;
            System.out.printf("2x budget: %.1f ms of CPU per request; fixed: zlib deflate %.1f + PostgreSQL %.1f = %.1f "
                    + "ms; left for reading, drawing, PNG rows and serving: %.1f ms; we spend %.1f ms there (reading "
                    + "%.1f, drawing and the rest %.1f)%n", budget, parts.deflate(), zoom.oursPg(), fixed,
                    budget - fixed, rest, parts.readJvm(), rest - parts.readJvm());
        }
    }

    /** Draws and encodes the map; returns the nanoseconds of CPU the PNG encoding took on this thread. */
    private static long render(MapRenderer renderer, MapDef map) throws Exception {
        RenderedMap r = renderer.render(map, RenderRequest.defaults());
        if (!r.warnings().isEmpty()) {
            throw new IllegalStateException(r.warnings().toString());
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = threads.getCurrentThreadCpuTime();
        r.write(new ByteArrayOutputStream());
        return threads.getCurrentThreadCpuTime() - c0;
    }

    /** Returns {ours req/s, theirs req/s, ours CPU ms per request, theirs} (NaN where not measured), or null. */
    private static double[] throughput(Path dir, Path zoom, int seconds, int perClient, long postmaster)
            throws Exception {
        Path conf = Files.writeString(dir.resolve("mapserver.conf"), "CONFIG\n  MAPS\n    \"Z\" \"" + zoom
                + "\"\n  END\nEND\n");
        Path ca = Files.writeString(dir.resolve("none.pem"), "");
        ConfigFileDef.Builder cfg = new ConfigFileDef.Builder();
        cfg.maps = Metadata.of(List.of(new Metadata.Entry("Z", zoom.toString())));
        try (HttpFetcher fetcher = new HttpFetcher()) {
            // as many draws of the map at once as MapServer gets FastCGI processes (8; a map's bulkhead is half the
            // draw slots): the default (2 per map on 2 cores) leaves the CPU idle while a draw waits on PostgreSQL
            ServerSettings.Limits d = ServerSettings.Limits.defaults();
            ServerSettings settings = ServerSettings.of(cfg.build(), Map.of()).withLimits(new ServerSettings.Limits(
                    2 * CLIENTS, d.queueWait(), d.drawTimeout(), d.maxBodyBytes()));
            MapservHandler handler = new MapservHandler(settings,
                    new MapfileCache(new MapfileReader()), MapRenderer.withRemoteLayers(fetcher,
                    WmsHttpProfiles.isolated()));
            String query = "mode=map&layers=all&map=Z";
            try (EmbeddedServer server = new EmbeddedServer(handler, "127.0.0.1", 0, null, line -> { }).start();
                 MapservBehindNginx mapserv = MapservBehindNginx.startOrExplain(dir, conf, ca, CLIENTS)) {
                String ours = "http://127.0.0.1:" + server.port() + "/mapserv?" + query;
                boolean wrk = WrkLoad.available();
                if (!wrk) {
                    LoadClient.run("warm-up", ours, CLIENTS, 5);
                }
                WrkLoad.Measured usM = wrk ? WrkLoad.png("jmapserv (PostGIS, 1 % zoom)", ours, CLIENTS, 3, seconds,
                        () -> CpuMeter.jvmMillis() + CpuMeter.treeMillis(postmaster)) : null;
                LoadClient.Result us = wrk ? usM.load()
                        : LoadClient.run("jmapserv (PostGIS, 1 % zoom)", ours, CLIENTS, perClient);
                us.print();
                if (mapserv != null) {
                    String theirUrl = mapserv.fastCgiUrl() + query;
                    if (!wrk) {
                        LoadClient.run("warm-up", theirUrl, CLIENTS, 2);
                    }
                    WrkLoad.Measured themM = wrk ? WrkLoad.png("mapserv FastCGI (nginx+spawn-fcgi)", theirUrl,
                            CLIENTS, 3, seconds, () -> mapserv.fastCgiCpuMillis() + CpuMeter.treeMillis(postmaster))
                            : null;
                    LoadClient.Result them = wrk ? themM.load() : LoadClient.run("mapserv FastCGI (nginx+spawn-fcgi)",
                            theirUrl, CLIENTS, perClient);
                    them.print();
                    if (wrk) {
                        System.out.printf("CPU per request (server + PostgreSQL; wrk and nginx not counted): "
                                + "jmapserv %.1f ms, mapserv FastCGI %.1f ms: bound on a CPU-bound machine %.2fx%n",
                                usM.cpuMillisPerRequest(), themM.cpuMillisPerRequest(),
                                themM.cpuMillisPerRequest() / usM.cpuMillisPerRequest());
                    }
                    System.out.printf("jmapserv / mapserv FastCGI throughput at %d clients: %.2fx (goal >= 2x; p99 "
                            + "%.1f vs %.1f ms)%n", CLIENTS, us.requestsPerSecond() / them.requestsPerSecond(),
                            us.p99Millis(), them.p99Millis());
                    return new double[] {us.requestsPerSecond(), them.requestsPerSecond(),
                        wrk ? usM.cpuMillisPerRequest() : Double.NaN, wrk ? themM.cpuMillisPerRequest() : Double.NaN};
                }
                return null;
            }
        }
    }
}
