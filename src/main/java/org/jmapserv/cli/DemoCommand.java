package org.jmapserv.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.jmapserv.cli.demo.DemoCertificates;
import org.jmapserv.cli.demo.DemoWmsServer;
import org.jmapserv.http.HttpFetcher;
import org.jmapserv.mapfile.model.ConfigFileDef;
import org.jmapserv.mapfile.model.Metadata;
import org.jmapserv.server.MapservHandler;
import org.jmapserv.server.MapservRequest;
import org.jmapserv.server.MapservResponse;
import org.jmapserv.server.ServerSettings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code demo}: the newcomer's first command. Generates a CA, starts an HTTPS WMS on 127.0.0.1 that demands a
 * session cookie, writes a mapfile that cascades it ({@code ows_http_cookie "forward"}, CA in CONFIG
 * CURL_CA_BUNDLE) under local shapefile layers, asks the mapserv endpoint for {@code mode=map} with the cookie,
 * writes the PNG and says what happened. Nothing leaves 127.0.0.1.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = VersionText.class,
        description = "Render a cascaded HTTPS WMS map with cookie forwarding, locally")
public final class DemoCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", defaultValue = "demo.png", description = "output PNG (default demo.png)")
    Path output;

    @Option(names = "--data", description = "directory with countries.shp, lakes.shp, cities.shp"
            + " (default: test-data/data of this checkout)")
    Path data;

    @Override
    public Integer call() throws Exception {
        Path dataDir = data != null ? data : DemoData.locate();
        if (dataDir == null || !Files.isRegularFile(dataDir.resolve("countries.shp"))) {
            System.err.println("demo: cannot find test-data/data (countries.shp); pass --data DIR");
            return 2;
        }
        Path work = Files.createTempDirectory("jmapserv-demo-");
        try {
            return run(dataDir, work);
        } finally {
            deleteTree(work); // the CA bundle and mapfile only live as long as the demo
        }
    }

    private static void deleteTree(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("demo: could not remove " + dir + ": " + e.getMessage());
        }
    }

    private Integer run(Path dataDir, Path work) throws Exception {
        String session = "session=" + HexFormat.of().formatHex(new SecureRandom().generateSeed(8));
        DemoCertificates certs = DemoCertificates.generate();
        Path ca = certs.writeCaBundle(work.resolve("demo-ca.pem"));
        System.out.println("1. generated a demo CA (" + ca + ") and a server certificate for 127.0.0.1");
        try (DemoWmsServer wms = new DemoWmsServer(certs.serverContext(), session);
             HttpFetcher fetcher = new HttpFetcher()) {
            System.out.println("2. started an HTTPS WMS at " + wms.uri() + " that answers only with the session cookie");
            Path mapfile = Files.writeString(work.resolve("demo.map"), DemoData.mapfile(dataDir, ca, wms.uri()));
            System.out.println("3. wrote " + mapfile + " (temporary): WMS layer with ows_http_cookie \"forward\", "
                    + "CONFIG CURL_CA_BUNDLE, countries/lakes/cities on top");
            ConfigFileDef.Builder cfg = new ConfigFileDef.Builder();
            cfg.maps = Metadata.of(List.of(new Metadata.Entry("DEMO", mapfile.toString())));
            ServerSettings settings = ServerSettings.of(cfg.build(), Map.of());
            try (MapservHandler handler = EndpointFactory.handler(settings, fetcher, w -> System.err.println("warning: " + w))) {
                MapservResponse r = handler.handle(MapservRequest.get("map=DEMO&mode=map&layers=all", session, null));
                return finish(r, wms);
            }
        }
    }

    private Integer finish(MapservResponse r, DemoWmsServer wms) throws IOException {
        if (r.status() != 200 || !r.contentType().startsWith("image/")) {
            System.err.println("demo: the endpoint answered " + r.status() + ": " + r.bodyText());
            return 1;
        }
        Files.write(output, r.body());
        System.out.println("4. asked the mapserv endpoint for map=DEMO&mode=map&layers=all with a Cookie header; it forwarded "
                + "the cookie to the WMS (" + wms.served() + " GetMap served, " + wms.refused() + " refused)");
        System.out.println("5. wrote " + output.toAbsolutePath() + " (" + r.body().length + " bytes)");
        return wms.served() > 0 ? 0 : 1;
    }
}
