package org.jmapserv.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jmapserv.mapfile.model.ConfigFileDef;
import org.jmapserv.mapfile.model.Metadata;
import org.jmapserv.mapfile.parse.MapfileReader;
import org.jmapserv.render.MapRenderer;
import org.jmapserv.server.EmbeddedServer;
import org.jmapserv.server.MapfileCache;
import org.jmapserv.server.MapservHandler;
import org.jmapserv.server.MapservRequest;
import org.jmapserv.server.MapservResponse;
import org.jmapserv.server.ServerSettings;

/**
 * WMS server speed against Debian's mapserv behind nginx as FastCGI (the {@link MapservBehindNginx} baseline of
 * {@link ServerLoadBench}), in the same run: GetCapabilities 1.3.0 of a generated 1,000-layer mapfile (median
 * warm latency, in process and over HTTP; goal under 50 ms) and GetLegendGraphic throughput with 4 connections
 * driven by {@code wrk} as a separate process ({@link WrkLoad}).
 */
public final class WmsServerBench {

    private static final int LAYERS = 1000;
    private static final int CLIENTS = 4;

    private WmsServerBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("wms-bench");
        Path data = Path.of("test-data/data").toAbsolutePath();
        StringBuilder m = new StringBuilder("MAP NAME \"big\" EXTENT 9 39 21 48 SIZE 400 300\n SHAPEPATH \"")
                .append(data).append("\"\n PROJECTION \"init=epsg:4326\" END\n WEB METADATA \"wms_title\" \"Big\" ")
                .append("\"wms_onlineresource\" \"http://localhost/wms?\" \"wms_srs\" \"EPSG:4326 EPSG:3857\" ")
                .append("\"wms_enable_request\" \"*\" END END\n");
        for (int i = 0; i < LAYERS; i++) {
            m.append(" LAYER NAME \"l").append(i).append("\" GROUP \"g").append(i / 50).append("\" TYPE POLYGON ")
                    .append("STATUS ON DATA \"countries\" EXTENT 9.2 39.6 20.2 47.2 TEMPLATE \"t.html\"\n")
                    .append("  METADATA \"wms_title\" \"Layer ").append(i).append("\" \"wms_abstract\" \"About ")
                    .append(i).append("\" END\n  CLASS NAME \"c").append(i).append("\" STYLE COLOR 200 100 50 END END")
                    .append("\n END\n");
        }
        m.append("END\n");
        Path map = Files.writeString(dir.resolve("big.map"), m.toString());
        Path conf = Files.writeString(dir.resolve("mapserver.conf"),
                "CONFIG\n  MAPS\n    \"BIG\" \"" + map + "\"\n  END\nEND\n");
        ConfigFileDef.Builder cfg = new ConfigFileDef.Builder();
        cfg.maps = Metadata.of(List.of(new Metadata.Entry("BIG", map.toString())));
        MapservHandler handler = new MapservHandler(ServerSettings.of(cfg.build(), Map.of()),
                new MapfileCache(new MapfileReader()), MapRenderer.standard());
        String caps = "map=BIG&SERVICE=WMS&REQUEST=GetCapabilities&VERSION=1.3.0";
        String legend = "map=BIG&SERVICE=WMS&REQUEST=GetLegendGraphic&VERSION=1.1.1&LAYER=l7&FORMAT=image/png";

        MapservResponse first = handler.handle(MapservRequest.get(caps, null, "http://localhost/mapserv"));
        System.out.printf("GetCapabilities of %d layers: %d bytes, %s%n", LAYERS, first.body().length,
                first.contentType());
        double[] cpu = new double[2];
        double inProcess = medianMillis(100, () -> handler.handle(MapservRequest.get(caps, null, "http://x/")), cpu);
        System.out.printf("jmapserv GetCapabilities in process  median %7.1f ms (goal < 50 ms), CPU median %.1f ms "
                + "(JVM mean %.1f ms with GC and JIT)%n", inProcess, cpu[0], cpu[1]);
        if (List.of(args).contains("--in-process-only")) {
            return;
        }
        try (EmbeddedServer server = new EmbeddedServer(handler, "127.0.0.1", 0, null, line -> { }).start();
                MapservBehindNginx mapserv = MapservBehindNginx.startOrExplain(dir, conf, null, CLIENTS)) {
            String ours = "http://127.0.0.1:" + server.port() + "/mapserv?";
            HttpClient http = HttpClient.newHttpClient();
            double oursHttp = medianMillis(60, () -> get(http, ours + caps));
            System.out.printf("jmapserv GetCapabilities over HTTP   median %7.1f ms%n", oursHttp);
            boolean wrk = WrkLoad.available();
            WrkLoad.Measured l = legend("jmapserv GetLegendGraphic", ours + legend, wrk, CpuMeter::jvmMillis);
            l.load().print();
            if (mapserv != null) {
                double theirs = medianMillis(10, () -> get(http, mapserv.fastCgiUrl() + caps));
                System.out.printf("mapserv FastCGI GetCapabilities      median %7.1f ms  (ratio ours/theirs %.2f)%n",
                        theirs, oursHttp / theirs);
                WrkLoad.Measured t = legend("mapserv FastCGI GetLegendGraphic", mapserv.fastCgiUrl() + legend, wrk,
                        mapserv::fastCgiCpuMillis);
                t.load().print();
                System.out.printf("GetLegendGraphic throughput ratio ours/theirs %.2f%s%n",
                        l.load().requestsPerSecond() / t.load().requestsPerSecond(), !wrk ? "" : String.format(
                        " (server CPU per request %.2f vs %.2f ms)", l.cpuMillisPerRequest(),
                        t.cpuMillisPerRequest()));
            }
        }
    }

    /** wrk for 8 s after 2 s of warm-up when installed, else the in-JVM client (250 requests per client). */
    private static WrkLoad.Measured legend(String label, String url, boolean wrk, java.util.function.LongSupplier cpu)
            throws Exception {
        if (wrk) {
            return WrkLoad.png(label, url, CLIENTS, 2, 8, cpu);
        }
        LoadClient.run("warm-up", url, CLIENTS, 20);
        return new WrkLoad.Measured(LoadClient.run(label, url, CLIENTS, 250), Double.NaN);
    }

    private static String get(HttpClient http, String url) {
        try {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200 || r.body().length < 1000) {
                throw new IllegalStateException("bad answer " + r.statusCode() + " " + new String(r.body()));
            }
            return "";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static double medianMillis(int n, Runnable r) {
        return medianMillis(n, r, new double[2]);
    }

    /** Median wall milliseconds of n timed runs; {@code cpu[0]} gets the median CPU milliseconds
     * of the calling thread (which answers GetCapabilities), {@code cpu[1]} the JVM's mean CPU per run (GC and JIT
     * included): on a loaded machine wall time measures the neighbours, CPU time does not. */
    private static double medianMillis(int n, Runnable r, double[] cpu) {
        for (int i = 0; i < Math.max(5, n / 2); i++) {
            r.run(); // warm: the JIT has compiled the writer before timing starts
        }
        double[] t = new double[n];
        double[] c = new double[n];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long jvm0 = CpuMeter.jvmMillis();
        for (int i = 0; i < n; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            r.run();
            t[i] = (System.nanoTime() - t0) / 1e6;
            c[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        cpu[1] = (CpuMeter.jvmMillis() - jvm0) / (double) n;
        Arrays.sort(t);
        Arrays.sort(c);
        cpu[0] = c[n / 2];
        return t[n / 2];
    }
}
