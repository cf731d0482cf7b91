package org.jmapserv.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.jmapserv.http.HttpFetcher;
import org.jmapserv.mapfile.model.ConfigFileDef;
import org.jmapserv.mapfile.model.Metadata;
import org.jmapserv.mapfile.parse.MapfileReader;
import org.jmapserv.render.MapRenderer;
import org.jmapserv.testsupport.FakeWmsHandler;
import org.jmapserv.testsupport.LocalHttpsServer;
import org.jmapserv.testsupport.TestCertificates;
import org.jmapserv.wms.client.WmsHttpProfiles;

/**
 * A running endpoint for tests: a temp dir with a local mapfile ("local": an inline red box over lon 0..60,
 * lat 0..40) and a cascading one ("cascade": the local box on top of a remote layer from a FakeWmsHandler over
 * HTTPS, trusted through CONFIG "CURL_CA_BUNDLE", sending the caller's cookie with ows_http_cookie "forward"),
 * MAPS aliases LOCAL and CASCADE, and Jetty on 127.0.0.1 port 0.
 */
final class ServerFixture implements AutoCloseable {

    final Path dir;
    final FakeWmsHandler remote = new FakeWmsHandler()
            .layer("remote", new FakeWmsHandler.Feature(-180, -90, 180, 90, java.awt.Color.BLUE));
    final LocalHttpsServer remoteServer;
    final EmbeddedServer server;
    final HttpFetcher fetcher = new HttpFetcher();
    private final MapservHandler handler;
    final HttpClient client = HttpClient.newHttpClient();

    ServerFixture(Path dir, Map<String, String> env, ServerSettings.Limits limits) throws Exception {
        this.dir = dir;
        TestCertificates certs = TestCertificates.create();
        Path ca = certs.writeCaBundle(dir.resolve("ca.pem"));
        remoteServer = LocalHttpsServer.https(certs.serverContext(certs.server("localhost", "127.0.0.1")))
                .route("/wms", remote).start();
        Files.writeString(dir.resolve("local.map"), localMap());
        Files.writeString(dir.resolve("cascade.map"), cascadeMap(ca, remoteServer.uri("/wms?")));
        Map<String, String> envAll = new HashMap<>(env);
        envAll.putIfAbsent("MS_MAP_PATTERN", "^" + java.util.regex.Pattern.quote(dir.toString() + "/"));
        ConfigFileDef.Builder cfg = new ConfigFileDef.Builder();
        cfg.maps = Metadata.of(java.util.List.of(new Metadata.Entry("LOCAL", dir.resolve("local.map").toString()),
                new Metadata.Entry("CASCADE", dir.resolve("cascade.map").toString())));
        cfg.env = Metadata.of(envAll.entrySet().stream().map(e -> new Metadata.Entry(e.getKey(), e.getValue())).toList());
        ServerSettings settings = new ServerSettings(cfg.build(), Map.of(), limits);
        MapRenderer renderer = MapRenderer.withRemoteLayers(fetcher, WmsHttpProfiles.isolated());
        MapservHandler handler = new MapservHandler(settings, new MapfileCache(new MapfileReader()), renderer);
        this.handler = handler;
        fetcher.observedBy(handler.metrics()::fetched);
        server = new EmbeddedServer(handler, "127.0.0.1", 0, null, line -> { }).start();
    }

    ServerFixture(Path dir) throws Exception {
        this(dir, Map.of(), ServerSettings.Limits.defaults());
    }

    static String localMap() {
        return """
                MAP
                  NAME "local"
                  EXTENT -180 -90 180 90
                  SIZE 360 180
                  IMAGECOLOR 255 255 255
                  PROJECTION "init=epsg:4326" END
                  WEB METADATA "wms_title" "Local test" "wms_srs" "EPSG:4326 EPSG:3857" "wms_enable_request" "*" END END
                  LAYER NAME "box" TYPE POLYGON STATUS ON
                    METADATA "wms_title" "Red box" END
                    FEATURE POINTS 0 0 0 40 60 40 60 0 0 0 END END
                    CLASS STYLE COLOR 255 0 0 END END
                  END
                END
                """;
    }

    static String cascadeMap(Path ca, URI remote) {
        return """
                MAP
                  NAME "cascade"
                  EXTENT -180 -90 180 90
                  SIZE 360 180
                  IMAGECOLOR 255 255 255
                  PROJECTION "init=epsg:4326" END
                  CONFIG "CURL_CA_BUNDLE" "%s"
                  WEB METADATA "wms_srs" "EPSG:4326" "wms_enable_request" "*" END END
                  LAYER NAME "remote" TYPE RASTER STATUS ON
                    CONNECTIONTYPE WMS CONNECTION "%s"
                    METADATA "wms_name" "remote" "wms_srs" "EPSG:4326" "wms_server_version" "1.1.1"
                      "wms_format" "image/png" "ows_http_cookie" "forward" END
                  END
                  LAYER NAME "box" TYPE POLYGON STATUS ON
                    FEATURE POINTS 0 0 0 40 60 40 60 0 0 0 END END
                    CLASS STYLE COLOR 255 0 0 END END
                  END
                END
                """.formatted(ca, remote);
    }

    MapservHandler handler() {
        return handler;
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
    }

    HttpResponse<byte[]> get(String pathAndQuery, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(pathAndQuery)).GET();
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), java.nio.charset.StandardCharsets.UTF_8);
    }

    static java.awt.image.BufferedImage image(HttpResponse<byte[]> r) throws IOException {
        return javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(r.body()));
    }

    @Override
    public void close() throws Exception {
        server.close();
        remoteServer.close();
        fetcher.close();
    }
}
