package org.jmapserv.server;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.function.Consumer;

import javax.net.ssl.SSLContext;

import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Jetty 12 (ee10) serving the mapserv servlet at {@code /mapserv} and {@code /cgi-bin/mapserv}, {@code /health},
 * and the preview page at {@code /}; optional HTTPS from a ready SSLContext; masked access log; graceful stop.
 * Port 0 picks a free port (tests).
 */
public final class EmbeddedServer implements AutoCloseable {

    private final Server server;
    private final ServerConnector connector;
    private final MapservHandler handler;

    /** How long a request body may take to arrive in full before the request is answered 408. */
    public static final Duration BODY_READ_TIMEOUT = Duration.ofSeconds(10);

    /** How long a connection may stay silent (headers, body, or between keep-alive requests). */
    public static final Duration IDLE_TIMEOUT = Duration.ofSeconds(30);

    public EmbeddedServer(MapservHandler handler, String bind, int port, SSLContext tls, Consumer<String> accessLog) {
        this(handler, bind, port, tls, accessLog, BODY_READ_TIMEOUT);
    }

    public EmbeddedServer(MapservHandler handler, String bind, int port, SSLContext tls, Consumer<String> accessLog,
            Duration bodyReadTimeout) {
        this.handler = handler;
        QueuedThreadPool threads = new QueuedThreadPool(200, 8);
        threads.setName("jmapserv-http");
        this.server = new Server(threads);
        HttpConfiguration config = new HttpConfiguration();
        config.setSendServerVersion(false);
        if (tls != null) {
            config.addCustomizer(new SecureRequestCustomizer(false));
            SslContextFactory.Server ssl = new SslContextFactory.Server();
            ssl.setSslContext(tls);
            connector = new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"),
                    new HttpConnectionFactory(config));
        } else {
            connector = new ServerConnector(server, new HttpConnectionFactory(config));
        }
        connector.setHost(bind);
        connector.setIdleTimeout(IDLE_TIMEOUT.toMillis());
        connector.setPort(port);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        ServletHolder mapserv = new ServletHolder("mapserv", new MapservServlet(handler, bodyReadTimeout));
        context.addServlet(mapserv, "/mapserv");
        context.addServlet(mapserv, "/cgi-bin/mapserv");
        context.addServlet(new ServletHolder("health", new HealthServlet(handler)), "/health");
        context.addServlet(new ServletHolder("metrics", new MetricsServlet(handler.metrics())), "/metrics");
        ServerMetrics metrics = handler.metrics();
        metrics.gauge("jmapserv.http.threads.busy", "HTTP threads busy", threads::getBusyThreads);
        metrics.gauge("jmapserv.http.threads.max", "HTTP threads at most", threads::getMaxThreads);
        metrics.gauge("jmapserv.http.queue.size", "HTTP jobs waiting for a thread", threads::getQueueSize);
        context.addServlet(new ServletHolder("preview", new PreviewServlet(handler)), "/");
        server.setHandler(context);
        AccessLog log = new AccessLog(accessLog);
        server.setRequestLog((request, response) -> {
            metrics.request(response.getStatus());
            log.log(request, response);
        });
        server.setStopTimeout(10_000);
        server.setStopAtShutdown(true);
    }

    public EmbeddedServer start() throws Exception {
        server.start();
        return this;
    }

    public int port() {
        return connector.getLocalPort();
    }

    public InetSocketAddress address() {
        return new InetSocketAddress(connector.getHost() == null ? "0.0.0.0" : connector.getHost(), port());
    }

    public void join() throws InterruptedException {
        server.join();
    }

    /** Graceful: stops accepting, lets running requests finish (up to 10 s), then closes the draw pool. */
    @Override
    public void close() throws Exception {
        server.stop();
        handler.close();
    }
}
