package org.jmapserv.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jmapserv.http.HttpFetcher;
import org.jmapserv.http.HttpProfile;
import org.jmapserv.http.TrustSettings;
import org.jmapserv.testsupport.LocalHttpsServer;
import org.jmapserv.testsupport.Responders;
import org.jmapserv.testsupport.TestCertificates;

/**
 * 1,000 small HTTPS GETs against a local server: one long-lived fetcher (pooled keep-alive
 * connections, resumed TLS sessions) versus a new fetcher, hence a new connection and full TLS
 * handshake, for every request. Prints requests/s for both and the ratio. Run: bench/run HttpPoolingBench
 */
public final class HttpPoolingBench {
    private HttpPoolingBench() {
    }

    public static void main(String[] args) throws Exception {
        // the JDK server otherwise writes headers and body as two Nagle-delayed segments (~40 ms each)
        System.setProperty("sun.net.httpserver.nodelay", "true");
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        TestCertificates pki = TestCertificates.create();
        Path dir = Files.createTempDirectory("bench");
        HttpProfile profile = HttpProfile.defaults()
                .withTrust(new TrustSettings(pki.writeCaBundle(dir.resolve("ca.pem")), List.of(), List.of()));
        try (LocalHttpsServer server = LocalHttpsServer.https(pki.serverContext(pki.server("localhost")))
                .route("/tile", Responders.bytes(200, "image/png", new byte[512])).start()) {
            URI uri = server.uri("/tile");
            pooled(uri, profile, 100); // warm-up
            fresh(uri, profile, 50);
            double pooled = pooled(uri, profile, n);
            double fresh = fresh(uri, profile, n);
            System.out.printf("pooled: %.0f req/s%nfresh connection each time: %.0f req/s%nratio pooled/fresh: %.1fx%n",
                    pooled, fresh, pooled / fresh);
        }
    }

    private static double pooled(URI uri, HttpProfile profile, int n) throws Exception {
        try (HttpFetcher f = new HttpFetcher()) {
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                f.fetch(uri, profile).get();
            }
            return n / ((System.nanoTime() - t0) / 1e9);
        }
    }

    private static double fresh(URI uri, HttpProfile profile, int n) throws Exception {
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            try (HttpFetcher f = new HttpFetcher()) {
                f.fetch(uri, profile).get();
            }
        }
        return n / ((System.nanoTime() - t0) / 1e9);
    }
}
