package org.jmapserv.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.jmapserv.http.HttpFetcher;
import org.jmapserv.mapfile.model.ConfigFileDef;
import org.jmapserv.mapfile.model.Metadata;
import org.jmapserv.mapfile.parse.MapfileReader;
import org.jmapserv.render.MapRenderer;
import org.jmapserv.server.EmbeddedServer;
import org.jmapserv.server.MapfileCache;
import org.jmapserv.server.MapservHandler;
import org.jmapserv.server.ServerSettings;
import org.jmapserv.testsupport.FakeWmsHandler;
import org.jmapserv.testsupport.LocalHttpsServer;
import org.jmapserv.testsupport.TestCertificates;
import org.jmapserv.wms.client.WmsHttpProfiles;

/**
 * Loopback load on the mapserv endpoint: 8 concurrent clients, N requests each (arg 1, default 50), for a local
 * map (baseline) and the same map cascading an HTTPS WMS with cookie forwarding. Prints requests/s, p99 and
 * failures for both and the cascaded/local throughput ratio. Debian mapserv under fcgiwrap is not compared here.
 */
public final class ServerLoadBench {

    private ServerLoadBench() {
    }

    public static void main(String[] args) throws Exception {
        int perClient = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        Path dir = Files.createTempDirectory("jmapserv-bench-");
        TestCertificates certs = TestCertificates.create();
        Path ca = certs.writeCaBundle(dir.resolve("ca.pem"));
        FakeWmsHandler fake = new FakeWmsHandler().layer("remote",
                new FakeWmsHandler.Feature(-180, -90, 180, 90, java.awt.Color.BLUE));
        try (LocalHttpsServer remote = LocalHttpsServer.https(certs.serverContext(certs.server("localhost", "127.0.0.1")))
                .route("/wms", fake).start(); HttpFetcher fetcher = new HttpFetcher()) {
            String local = "MAP NAME \"l\" EXTENT -180 -90 180 90 SIZE 512 256 PROJECTION \"init=epsg:4326\" END\n"
                    + " LAYER NAME \"box\" TYPE POLYGON STATUS ON FEATURE POINTS 0 0 0 40 60 40 60 0 0 0 END END\n"
                    + "  CLASS STYLE COLOR 255 0 0 END END END\nEND\n";
            String cascade = local.replace(" LAYER NAME \"box\"", " CONFIG \"CURL_CA_BUNDLE\" \"" + ca + "\"\n"
                    + " LAYER NAME \"remote\" TYPE RASTER STATUS ON CONNECTIONTYPE WMS CONNECTION \""
                    + remote.uri("/wms?") + "\"\n  METADATA \"wms_name\" \"remote\" \"wms_srs\" \"EPSG:4326\""
                    + " \"wms_server_version\" \"1.1.1\" \"wms_format\" \"image/png\" \"ows_http_cookie\" \"forward\" END\n"
                    + " END\n LAYER NAME \"box\"");
            Files.writeString(dir.resolve("local.map"), local);
            Files.writeString(dir.resolve("cascade.map"), cascade);
            ConfigFileDef.Builder cfg = new ConfigFileDef.Builder();
            cfg.maps = Metadata.of(List.of(new Metadata.Entry("L", dir.resolve("local.map").toString()),
                    new Metadata.Entry("C", dir.resolve("cascade.map").toString())));
            MapservHandler handler = new MapservHandler(ServerSettings.of(cfg.build(), Map.of()),
                    new MapfileCache(new MapfileReader()), MapRenderer.withRemoteLayers(fetcher, WmsHttpProfiles.isolated()));
            try (EmbeddedServer server = new EmbeddedServer(handler, "127.0.0.1", 0, null, line -> { }).start()) {
                String base = "http://127.0.0.1:" + server.port() + "/mapserv?mode=map&map=";
                run("warm-up", base + "C", 10);
                double l = run("local   ", base + "L", perClient);
                double c = run("cascaded", base + "C", perClient);
                System.out.printf("cascaded/local throughput ratio: %.2f%n", c / l);
            }
        }
    }

    private static double run(String label, String url, int perClient) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        long start = System.nanoTime();
        List<Future<?>> fs = new ArrayList<>();
        for (int c = 0; c < 8; c++) {
            int id = c;
            fs.add(pool.submit(() -> {
                for (int i = 0; i < perClient; i++) {
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create(url))
                                .header("Cookie", "sid=c" + id).build(), HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() != 200 || r.body().length < 8 || r.body()[1] != 'P') {
                            failures.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                    latencies.add(System.nanoTime() - t0);
                }
                return null;
            }));
        }
        for (Future<?> f : fs) {
            f.get();
        }
        pool.shutdown();
        double secs = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        long p99 = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.99) - 1));
        double rps = sorted.size() / secs;
        System.out.printf("%s: %d requests, %.1f req/s, p99 %.1f ms, %d failed%n", label, sorted.size(), rps,
                p99 / 1e6, failures.get());
        return rps;
    }
}
