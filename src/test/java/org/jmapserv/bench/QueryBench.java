package org.jmapserv.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.jmapserv.data.ShapeGeometry;
import org.jmapserv.data.shapefile.DbfField;
import org.jmapserv.data.shapefile.ShapeType;
import org.jmapserv.data.shapefile.ShapefileWriter;
import org.jmapserv.mapfile.model.ConfigFileDef;
import org.jmapserv.mapfile.model.Metadata;
import org.jmapserv.mapfile.parse.MapfileReader;
import org.jmapserv.render.MapRenderer;
import org.jmapserv.server.EmbeddedServer;
import org.jmapserv.server.MapfileCache;
import org.jmapserv.server.MapservHandler;
import org.jmapserv.server.ServerSettings;

/**
 * Point queries per second on a generated 100,000-point shapefile with a .qix index (Debian's shptree), 8
 * concurrent connections driven by {@code wrk} as a separate process ({@link WrkLoad}) for S seconds each (arg 1,
 * default 6, after 5 s of warm-up: a serving JVM is JIT-compiled, and MapServer's processes need none): WMS
 * GetFeatureInfo (text/plain) and mapserv mode=query (HTML template) against our endpoint and, in the same run
 * with the same client, Debian's mapserv behind nginx as native FastCGI (spawn-fcgi, 8 processes). Every answer
 * must name the feature found. A mode=query without a point (mapfile loaded, no data read, MapServer's error page)
 * shows the floor the HTTP path sets. Prints req/s, p99 and the
 * ratios (goal: at least 2x). Without wrk, falls back to the in-JVM {@link LoadClient} (200 requests per client).
 */
public final class QueryBench {

    private static final int CLIENTS = 8;
    private static final int FEATURES = 100_000;

    private QueryBench() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 6;
        Path dir = Files.createTempDirectory("jmapserv-querybench-");
        try {
            run(dir, seconds);
        } finally {
            try (var files = Files.walk(dir)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static void run(Path dir, int seconds) throws Exception {
        double[] target = writePoints(dir.resolve("points"));
        Process shptree = new ProcessBuilder("shptree", dir.resolve("points.shp").toString()).redirectErrorStream(true)
                .start();
        shptree.getInputStream().readAllBytes();
        if (shptree.waitFor() != 0 || !Files.exists(dir.resolve("points.qix"))) {
            throw new IllegalStateException("shptree failed (Debian mapserver-bin)");
        }
        Files.writeString(dir.resolve("point.html"), "<!-- MapServer Template -->\nfound [NAME] [ID]\n");
        Files.writeString(dir.resolve("q.map"), "MAP NAME \"q\" EXTENT 0 0 1000 1000 SIZE 1000 1000\n"
                + " WEB METADATA \"wms_title\" \"q\" \"wms_srs\" \"EPSG:3857\" \"wms_enable_request\" \"*\" END END\n"
                + " PROJECTION \"init=epsg:3857\" END\n"
                + " LAYER NAME \"points\" TYPE POINT STATUS ON DATA \"points\" TEMPLATE \"point.html\" TOLERANCE 0.4\n"
                + "  METADATA \"wms_title\" \"points\" \"wms_include_items\" \"all\" END\n"
                + "  CLASS STYLE COLOR 255 0 0 END END END\nEND\n");
        Path conf = Files.writeString(dir.resolve("mapserver.conf"),
                "CONFIG\n  MAPS\n    \"Q\" \"" + dir.resolve("q.map") + "\"\n  END\nEND\n");
        Path dummyCa = Files.writeString(dir.resolve("ca.pem"), "");
        // BBOX 0..1000 on 1000 pixels: MapServer's pixel-centre extent is 0.5..999.5, one unit per pixel
        long px = Math.round(target[0] - 0.5);
        long py = Math.round(999.5 - target[1]);
        String gfi = "map=Q&SERVICE=WMS&VERSION=1.1.1&REQUEST=GetFeatureInfo&SRS=EPSG:3857&BBOX=0,0,1000,1000"
                + "&WIDTH=1000&HEIGHT=1000&LAYERS=points&QUERY_LAYERS=points&STYLES=&FORMAT=image/png"
                + "&INFO_FORMAT=text/plain&X=" + px + "&Y=" + py;
        String query = "map=Q&mode=query&layers=points&mapxy=" + target[0] + "+" + target[1];
        ConfigFileDef.Builder cfg = new ConfigFileDef.Builder();
        cfg.maps = Metadata.of(List.of(new Metadata.Entry("Q", dir.resolve("q.map").toString())));
        MapservHandler handler = new MapservHandler(ServerSettings.of(cfg.build(), Map.of()),
                new MapfileCache(new MapfileReader()), MapRenderer.standard());
        try (EmbeddedServer server = new EmbeddedServer(handler, "127.0.0.1", 0, null, line -> { }).start();
                MapservBehindNginx mapserv = MapservBehindNginx.startOrExplain(dir, conf, dummyCa, CLIENTS)) {
            String ours = "http://127.0.0.1:" + server.port() + "/mapserv?";
            String name = "P" + (int) target[2];
            boolean wrk = WrkLoad.available();
            int perClient = 200;
            if (!wrk) {
                LoadClient.run("warm-up", ours + gfi, CLIENTS, 50, b -> contains(b, name), name);
                LoadClient.run("warm-up", ours + query, CLIENTS, 50, b -> contains(b, name), name);
            }
            LoadClient.Result g = measure("jmapserv GetFeatureInfo", ours + gfi, wrk, seconds, perClient,
                    name);
            LoadClient.Result q = measure("jmapserv mode=query", ours + query, wrk, seconds, perClient, name);
            String floor = "map=Q&mode=query&layers=points";
            LoadClient.Result c = measure("jmapserv no-data error page", ours + floor, wrk, seconds, perClient,
                    "needs a point");
            if (mapserv != null) {
                String fcgi = mapserv.fastCgiUrl();
                LoadClient.Result mg = measure("mapserv FastCGI GetFeatureInfo", fcgi + gfi, wrk, seconds,
                        perClient, name);
                LoadClient.Result mq = measure("mapserv FastCGI mode=query", fcgi + query, wrk, seconds, perClient,
                        name);
                LoadClient.Result mc = measure("mapserv FastCGI no-data error page", fcgi + floor, wrk, seconds,
                        perClient,
                        "needs a point");
                System.out.printf("jmapserv / mapserv FastCGI GetFeatureInfo: %.2fx (p99 %.1f vs %.1f ms)%n",
                        g.requestsPerSecond() / mg.requestsPerSecond(), g.p99Millis(), mg.p99Millis());
                System.out.printf("jmapserv / mapserv FastCGI mode=query:     %.2fx (p99 %.1f vs %.1f ms)%n",
                        q.requestsPerSecond() / mq.requestsPerSecond(), q.p99Millis(), mq.p99Millis());
                System.out.printf("jmapserv / mapserv FastCGI no-data floor:  %.2fx (the HTTP and client cost both pay)%n",
                        c.requestsPerSecond() / mc.requestsPerSecond());
            }
        }
    }

    private static LoadClient.Result measure(String label, String url, boolean wrk, int seconds, int perClient,
            String name) throws Exception {
        LoadClient.Result r = wrk ? WrkLoad.run(label, url, CLIENTS, 5, seconds, b -> contains(b, name), name)
                : LoadClient.run(label, url, CLIENTS, perClient, b -> contains(b, name), name);
        r.print();
        return r;
    }

    private static boolean contains(byte[] body, String text) {
        return new String(body, StandardCharsets.UTF_8).contains(text);
    }

    /** 100,000 random points over 0..1000 with NAME "P&lt;i&gt;" and ID; returns x, y and index of one of them. */
    private static double[] writePoints(Path base) {
        Random random = new Random(42);
        double[] target = null;
        try (ShapefileWriter w = ShapefileWriter.create(base, ShapeType.POINT,
                List.of(DbfField.character("NAME", 12), DbfField.numeric("ID", 8, 0)))) {
            for (int i = 0; i < FEATURES; i++) {
                double x = random.nextDouble() * 1000;
                double y = random.nextDouble() * 1000;
                if (i == FEATURES / 2) {
                    x = 500.5;
                    y = 500.5;
                    target = new double[] {x, y, i};
                }
                w.write(ShapeGeometry.point(x, y), new ArrayList<>(List.of("P" + i, Integer.toString(i))));
            }
        }
        return target;
    }
}
