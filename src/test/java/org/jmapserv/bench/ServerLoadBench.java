package org.jmapserv.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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
 * Loopback load on the mapserv endpoint, 8 concurrent clients, N requests each (arg 1, default 50): one mapfile
 * cascading our in-process HTTPS WMS (which demands the forwarded session cookie, so a server that does not forward
 * it fails) with a local layer on top, drawn by our endpoint and, in the same run with the same client, by Debian's
 * mapserv behind nginx (CGI via fcgiwrap, and native FastCGI via spawn-fcgi). mapserv trusts the test CA through
 * CONFIG "CURL_CA_BUNDLE" in the mapfile. Prints req/s, p99, failures, remote GetMaps per run and the ratios.
 */
public final class ServerLoadBench {

    private static final int CLIENTS = 8;

    private ServerLoadBench() {
    }

    public static void main(String[] args) throws Exception {
        int perClient = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        Path dir = Files.createTempDirectory("jmapserv-bench-");
        try {
            measureAll(dir, perClient);
        } finally {
            try (var files = Files.walk(dir)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static void measureAll(Path dir, int perClient) throws Exception {
        TestCertificates certs = TestCertificates.create();
        Path ca = certs.writeCaBundle(dir.resolve("ca.pem"));
        FakeWmsHandler fake = new FakeWmsHandler().layer("remote",
                new FakeWmsHandler.Feature(-180, -90, 180, 90, java.awt.Color.BLUE))
                .requiring(r -> r.header("cookie") != null && r.header("cookie").startsWith("sid=client"));
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
            Path localMap = Files.writeString(dir.resolve("local.map"), local);
            Path cascadeMap = Files.writeString(dir.resolve("cascade.map"), cascade);
            Path conf = Files.writeString(dir.resolve("mapserver.conf"),
                    "CONFIG\n  MAPS\n    \"L\" \"" + localMap + "\"\n    \"C\" \"" + cascadeMap + "\"\n  END\nEND\n");
            String query = "mode=map&layers=remote+box&map=";
            ConfigFileDef.Builder cfg = new ConfigFileDef.Builder();
            cfg.maps = Metadata.of(List.of(new Metadata.Entry("L", localMap.toString()),
                    new Metadata.Entry("C", cascadeMap.toString())));
            MapservHandler handler = new MapservHandler(ServerSettings.of(cfg.build(), Map.of()),
                    new MapfileCache(new MapfileReader()), MapRenderer.withRemoteLayers(fetcher, WmsHttpProfiles.isolated()));
            try (EmbeddedServer server = new EmbeddedServer(handler, "127.0.0.1", 0, null, line -> { }).start();
                    MapservBehindNginx mapserv = MapservBehindNginx.startOrExplain(dir, conf, ca, CLIENTS)) {
                String ours = "http://127.0.0.1:" + server.port() + "/mapserv?" + query;
                LoadClient.run("warm-up", ours + "C", CLIENTS, 10);
                LoadClient.Result l = measure(fake, "jmapserv local", ours + "L", perClient);
                LoadClient.Result c = measure(fake, "jmapserv cascaded", ours + "C", perClient);
                System.out.printf("jmapserv cascaded/local throughput: %.2f%n", c.requestsPerSecond() / l.requestsPerSecond());
                if (mapserv != null) {
                    compare(fake, c, "mapserv CGI (nginx+fcgiwrap)", mapserv.cgiUrl() + query + "C", perClient);
                    compare(fake, c, "mapserv FastCGI (nginx+spawn-fcgi)", mapserv.fastCgiUrl() + query + "C",
                            perClient);
                }
            }
        }
    }

    private static void compare(FakeWmsHandler fake, LoadClient.Result ours, String label, String url, int perClient)
            throws Exception {
        LoadClient.run("warm-up", url, CLIENTS, 2);
        LoadClient.Result theirs = measure(fake, label, url, perClient);
        System.out.printf("jmapserv / %s throughput: %.2fx (p99 %.1f vs %.1f ms)%n", label,
                ours.requestsPerSecond() / theirs.requestsPerSecond(), ours.p99Millis(), theirs.p99Millis());
    }

    /** Runs and prints, with how many GetMaps reached the remote WMS (a cascaded draw that skipped it is no draw). */
    private static LoadClient.Result measure(FakeWmsHandler fake, String label, String url, int perClient)
            throws Exception {
        int before = fake.received().size();
        LoadClient.Result r = LoadClient.run(label, url, CLIENTS, perClient);
        r.print();
        System.out.printf("%-34s %5d GetMap requests reached the remote WMS%n", "", fake.received().size() - before);
        return r;
    }
}
