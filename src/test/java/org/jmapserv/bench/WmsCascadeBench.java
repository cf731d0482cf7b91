package org.jmapserv.bench;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.jmapserv.http.HttpFetcher;
import org.jmapserv.http.settings.HttpProfileResolver;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.model.Metadata;
import org.jmapserv.mapfile.parse.MapfileReader;
import org.jmapserv.render.MapRenderer;
import org.jmapserv.render.RenderRequest;
import org.jmapserv.render.RenderedMap;
import org.jmapserv.testsupport.FakeWmsHandler;
import org.jmapserv.testsupport.LocalHttpsServer;
import org.jmapserv.testsupport.TestCertificates;
import org.jmapserv.wms.client.WmsHttpProfiles;

/**
 * Issue 5's speed target: a map of 4 HTTPS WMS layers whose servers answer each request after 100 ms must draw in at
 * most 1.15 x the slowest single fetch (measured here as the same map with one of those layers). Prints both, the
 * ratio, and the same 4-layer map drawn by Debian's map2img (-c N, CURL_CA_BUNDLE) in the same run.
 * Usage: bench/run WmsCascadeBench [draws]
 */
public final class WmsCascadeBench {

    private static double encodeMs;
    private static int encodes;

    private WmsCascadeBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Path dir = Files.createTempDirectory("wms-bench");
        TestCertificates pki = TestCertificates.create();
        Path ca = pki.writeCaBundle(dir.resolve("ca.pem"));
        List<LocalHttpsServer> servers = new ArrayList<>();
        StringBuilder layers = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            FakeWmsHandler h = new FakeWmsHandler().delay(100)
                    .layer("l" + i, new FakeWmsHandler.Feature(-9 + 4 * i, 41, -5 + 4 * i, 54, new Color(50 * i, 90, 200)));
            LocalHttpsServer s = LocalHttpsServer.https(pki.serverContext(pki.server("localhost"))).route("/wms", h)
                    .start();
            servers.add(s);
            layers.append("LAYER NAME \"l").append(i).append("\" TYPE RASTER STATUS ON CONNECTIONTYPE WMS CONNECTION \"")
                    .append(s.uri("/wms")).append("\" METADATA \"wms_srs\" \"EPSG:4326\" \"wms_name\" \"l").append(i)
                    .append("\" \"wms_format\" \"image/png\" \"wms_server_version\" \"1.1.1\" END END\n");
        }
        String template = "MAP SIZE 1024 768 EXTENT -10 40 10 55 IMAGECOLOR 255 255 255\n"
                + "PROJECTION \"init=epsg:4326\" END CONFIG \"CURL_CA_BUNDLE\" \"" + ca + "\"\n%s END\n";
        Path four = Files.writeString(dir.resolve("four.map"), template.formatted(layers));
        Path one = Files.writeString(dir.resolve("one.map"), template.formatted(layers.toString().split("\n")[0]));
        try (HttpFetcher http = new HttpFetcher()) {
            MapRenderer renderer = MapRenderer.withRemoteLayers(http,
                    new WmsHttpProfiles(new HttpProfileResolver(Map.of(), null, null, w -> { }), Metadata.EMPTY));
            MapDef fourMap = new MapfileReader().read(four);
            MapDef oneMap = new MapfileReader().read(one);
            for (int i = 0; i < 5; i++) {
                draw(renderer, fourMap);
                draw(renderer, oneMap);
            }
            double oneMs = 0;
            double fourMs = 0;
            double slowestFetch = 0;
            for (int i = 0; i < n; i++) {
                oneMs += draw(renderer, oneMap);
                List<String> debug = new ArrayList<>();
                fourMs += draw(renderer, fourMap, debug);
                slowestFetch += slowestFetchMillis(debug);
            }
            oneMs /= n;
            fourMs /= n;
            slowestFetch /= n;
            System.out.printf("single WMS layer map: %.1f ms per draw%n", oneMs);
            System.out.printf("4 WMS layers map:     %.1f ms per draw; slowest of its 4 fetches: %.1f ms%n", fourMs,
                    slowestFetch);
            System.out.printf("ratio whole 4-layer draw / slowest single fetch: %.2f (target <= 1.15)%n",
                    fourMs / slowestFetch);
            System.out.printf("ratio 4-layer draw / 1-layer draw: %.2f%n", fourMs / oneMs);
            System.out.printf("(draw = MapRenderer.render, as msDrawMap; PNG encoding adds %.1f ms per map)%n",
                    encodeMs / encodes);
            fourMs += encodeMs / encodes;
            mapserver(four, ca, n, fourMs);
        } finally {
            servers.forEach(LocalHttpsServer::close);
        }
    }

    private static double draw(MapRenderer renderer, MapDef map) throws Exception {
        return draw(renderer, map, new ArrayList<>());
    }

    private static double draw(MapRenderer renderer, MapDef map, List<String> debug) throws Exception {
        long t = System.nanoTime();
        RenderedMap out = renderer.render(map, RenderRequest.defaults().withDebug(null, 1, Map.of(), debug::add));
        double drawMs = (System.nanoTime() - t) / 1e6;
        if (!out.warnings().isEmpty()) {
            throw new IllegalStateException(out.warnings().toString());
        }
        long e = System.nanoTime();
        out.write(java.io.OutputStream.nullOutputStream());
        encodeMs += (System.nanoTime() - e) / 1e6;
        encodes++;
        return drawMs;
    }

    /** The largest "fetched in N ms" of one draw's debug lines. */
    private static double slowestFetchMillis(List<String> debug) {
        double max = 0;
        for (String line : debug) {
            int at = line.indexOf("fetched in ");
            if (at >= 0) {
                max = Math.max(max, Double.parseDouble(line.substring(at + 11, line.indexOf(" ms", at))));
            }
        }
        return max;
    }

    private static void mapserver(Path mapfile, Path ca, int n, double oursMs) throws Exception {
        if (!Files.isExecutable(Path.of("/usr/bin/map2img"))) {
            System.out.println("Debian map2img not installed (apt-get install mapserver-bin): no MapServer figure");
            return;
        }
        ProcessBuilder pb = new ProcessBuilder("/usr/bin/map2img", "-m", mapfile.toString(), "-o",
                mapfile.resolveSibling("ms.png").toString(), "-c", Integer.toString(n)).redirectErrorStream(true);
        pb.environment().put("CURL_CA_BUNDLE", ca.toString());
        long t = System.nanoTime();
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes());
        p.waitFor(5, TimeUnit.MINUTES);
        double ms = (System.nanoTime() - t) / 1e6 / n;
        System.out.printf("MapServer map2img -c %d, same 4-layer map: %.1f ms per draw (incl. reload + PNG write)%n", n, ms);
        System.out.printf("ratio ours (draw + encode) / MapServer: %.2f%n", oursMs / ms);
        if (output.contains("rror")) {
            System.out.println("map2img said: " + output.strip());
        }
    }
}
