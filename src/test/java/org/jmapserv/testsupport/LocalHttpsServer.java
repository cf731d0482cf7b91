package org.jmapserv.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * An in-process HTTP or HTTPS server (the JDK's HttpServer) on 127.0.0.1 and an ephemeral port
 * that records every request it receives, so tests can assert what a client actually sent.
 *
 * <pre>{@code
 * try (LocalHttpsServer s = LocalHttpsServer.https(pki.serverContext(pki.server("localhost")))
 *         .route("/ok", Responders.text(200, "hello")).start()) {
 *     URI u = s.uri("/ok");               // https://localhost:PORT/ok
 *     ... s.received().get(0).header("Cookie") ...
 * }
 * }</pre>
 */
public final class LocalHttpsServer implements AutoCloseable {
    static {
        // without it the JDK server sends headers and body as Nagle-delayed segments (~40 ms a request)
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final String scheme;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "local-test-server");
        t.setDaemon(true);
        return t;
    });
    private final List<RecordedRequest> received = Collections.synchronizedList(new ArrayList<>());
    private String host = "localhost";

    private LocalHttpsServer(HttpServer server, String scheme) {
        this.server = server;
        this.scheme = scheme;
    }

    /** An HTTPS server presenting the given context's key. */
    public static LocalHttpsServer https(SSLContext ctx) {
        return https(ctx, false);
    }

    /** An HTTPS server; with {@code requireClientCertificate} the handshake needs a client certificate. */
    public static LocalHttpsServer https(SSLContext ctx, boolean requireClientCertificate) {
        try {
            HttpsServer s = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
            s.setHttpsConfigurator(new HttpsConfigurator(ctx) {
                @Override
                public void configure(HttpsParameters params) {
                    SSLParameters p = ctx.getDefaultSSLParameters();
                    p.setNeedClientAuth(requireClientCertificate);
                    params.setSSLParameters(p);
                }
            });
            return new LocalHttpsServer(s, "https");
        } catch (IOException e) {
            throw new IllegalStateException("cannot bind a local HTTPS server", e);
        }
    }

    /** A plain HTTP server. */
    public static LocalHttpsServer http() {
        try {
            return new LocalHttpsServer(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50), "http");
        } catch (IOException e) {
            throw new IllegalStateException("cannot bind a local HTTP server", e);
        }
    }

    /** Host name used by {@link #uri} (default "localhost"; "127.0.0.1" gives another origin). */
    public LocalHttpsServer hostName(String name) {
        this.host = name;
        return this;
    }

    /** Serves {@code path} (a prefix, as HttpServer contexts are) with {@code handler}. */
    public LocalHttpsServer route(String path, HttpHandler handler) {
        server.createContext(path, exchange -> {
            received.add(record(exchange));
            try {
                handler.handle(exchange);
            } finally {
                exchange.close();
            }
        });
        return this;
    }

    public LocalHttpsServer start() {
        server.setExecutor(executor);
        server.start();
        return this;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code scheme://host:port + pathAndQuery}. */
    public URI uri(String pathAndQuery) {
        return URI.create(scheme + "://" + host + ":" + port() + pathAndQuery);
    }

    /** Requests received so far, in arrival order. */
    public List<RecordedRequest> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    /** The only or last request received; fails if none. */
    public RecordedRequest last() {
        List<RecordedRequest> r = received();
        if (r.isEmpty()) {
            throw new AssertionError("the server received no request");
        }
        return r.get(r.size() - 1);
    }

    private static RecordedRequest record(HttpExchange ex) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        ex.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
        return new RecordedRequest(ex.getRequestMethod(), ex.getRequestURI().toString(), headers);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
