package org.jmapserv.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;

import javax.net.ssl.SSLContext;

import org.jmapserv.http.ClientCertificate;
import org.jmapserv.http.Secret;
import org.jmapserv.http.HttpFetcher;
import org.jmapserv.http.tls.ClientKeyLoader;
import org.jmapserv.mapfile.MapfileException;
import org.jmapserv.server.ServerLog;
import org.jmapserv.server.EmbeddedServer;
import org.jmapserv.server.MapservHandler;
import org.jmapserv.server.ServerSettings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code server}: the mapserv endpoint in embedded Jetty ({@code /mapserv}, {@code /cgi-bin/mapserv},
 * {@code /health}, preview at {@code /}), HTTP or HTTPS from a PEM or PKCS#12 key, masked access log on stderr,
 * graceful stop on SIGTERM/Ctrl-C.
 */
@Command(name = "server", mixinStandardHelpOptions = true, versionProvider = VersionText.class,
        description = "Serve mapfiles over HTTP like mapserv")
public final class ServerCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "8080")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", description = "address to listen on (default 127.0.0.1)")
    String bind;

    @Option(names = "--config", description = "MapServer config file (default: MAPSERVER_CONFIG_FILE)")
    Path config;

    @Option(names = "--https-cert", description = "PEM certificate chain, or a .p12/.pfx file")
    Path httpsCert;

    @Option(names = "--https-key", description = "PEM private key (not needed with PKCS#12)")
    Path httpsKey;

    @Option(names = "--https-key-password-env", description = "environment variable holding the key password")
    String keyPasswordEnv;

    @Option(names = "--max-draws", description = "draws running at once (default: 2 x cores, at least 4)")
    Integer maxDraws;

    @Option(names = "--draw-timeout", defaultValue = "60", description = "seconds a request waits for its draw")
    int drawTimeout;

    @Override
    public Integer call() throws Exception {
        try {
            return serve();
        } catch (MapfileException e) {
            System.err.println("server: cannot use the config file: " + e.diagnostics().get(0));
            return 1;
        } catch (java.io.IOException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            System.err.println("server: cannot listen on " + bind + ":" + port + ": " + cause.getMessage());
            return 1;
        } catch (java.security.GeneralSecurityException e) {
            System.err.println("server: cannot set up HTTPS: " + e.getMessage());
            return 1;
        }
    }

    /** Jetty's start-up chatter (version banner, context started) is not the operator's business. */
    private static final java.util.logging.Logger JETTY = java.util.logging.Logger.getLogger("org.eclipse.jetty");

    private int serve() throws Exception {
        JETTY.setLevel(java.util.logging.Level.WARNING);
        Map<String, String> env = System.getenv();
        ServerSettings.Limits d = ServerSettings.Limits.defaults();
        ServerSettings settings = ServerSettings.of(EndpointFactory.config(config, env), env)
                .withLimits(new ServerSettings.Limits(maxDraws == null ? d.maxConcurrentDraws() : maxDraws,
                        d.queueWait(), Duration.ofSeconds(drawTimeout), d.maxBodyBytes()));
        SSLContext tls = httpsCert == null ? null : tls();
        try (HttpFetcher fetcher = new HttpFetcher()) {
            ServerLog log = new ServerLog();
            MapservHandler handler = EndpointFactory.handler(settings, fetcher, log::warning);
            fetcher.observedBy(handler.metrics()::fetched);
            EmbeddedServer server;
            try {
                server = new EmbeddedServer(handler, bind, port, tls, System.err::println).start();
            } catch (Exception e) {
                handler.close();
                throw e instanceof java.io.IOException io ? io : new java.io.IOException(e.getMessage(), e);
            }
            System.err.println("jmapserv listening on " + (tls == null ? "http" : "https") + "://" + bind + ":"
                    + server.port() + "/mapserv (preview at /, health at /health)");
            server.join();
        }
        return 0;
    }

    private SSLContext tls() throws Exception {
        String pw = keyPasswordEnv == null ? null : System.getenv(keyPasswordEnv);
        ClientCertificate cc = new ClientCertificate(httpsCert, httpsKey, pw == null ? null : Secret.of(pw));
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(ClientKeyLoader.keyManagers(cc), null, null);
        return ctx;
    }
}
