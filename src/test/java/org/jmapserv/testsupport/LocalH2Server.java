package org.jmapserv.testsupport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.net.ssl.SSLContext;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.Message;
import org.apache.hc.core5.http.URIScheme;
import org.apache.hc.core5.http.impl.bootstrap.HttpAsyncServer;
import org.apache.hc.core5.http.message.BasicHttpResponse;
import org.apache.hc.core5.http.nio.AsyncRequestConsumer;
import org.apache.hc.core5.http.nio.AsyncServerRequestHandler;
import org.apache.hc.core5.http.nio.entity.BasicAsyncEntityProducer;
import org.apache.hc.core5.http.nio.entity.DiscardingEntityConsumer;
import org.apache.hc.core5.http2.ssl.H2ServerTlsStrategy;
import org.apache.hc.core5.http.nio.support.BasicRequestConsumer;
import org.apache.hc.core5.http.nio.support.BasicResponseProducer;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.http.protocol.HttpCoreContext;
import org.apache.hc.core5.http2.HttpVersionPolicy;
import org.apache.hc.core5.http2.impl.nio.bootstrap.H2ServerBootstrap;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.reactor.ListenerEndpoint;

/**
 * An in-process HTTPS server on 127.0.0.1 that offers HTTP/2 and HTTP/1.1 by ALPN (HttpCore's
 * H2 server), recording each request with the protocol version it arrived on.
 *
 * <pre>{@code
 * try (LocalH2Server s = LocalH2Server.start(pki.serverContext(pki.server("localhost")),
 *         req -> LocalH2Server.Reply.text(200, "hello"))) {
 *     ... s.last().protocol() ...   // "HTTP/2"
 * }
 * }</pre>
 */
public final class LocalH2Server implements AutoCloseable {
    /** A request as the server saw it, with the client certificate's subject ("" if none). */
    public record Seen(String protocol, RecordedRequest request, String clientPrincipal) {
    }

    /** What to answer: status, headers, body, and how long to wait before answering. */
    public record Reply(int status, Map<String, String> headers, byte[] body, long delayMillis) {
        public static Reply text(int status, String body) {
            return new Reply(status, Map.of("Content-Type", "text/plain"), body.getBytes(java.nio.charset.StandardCharsets.UTF_8), 0);
        }

        public Reply withHeader(String name, String value) {
            Map<String, String> h = new LinkedHashMap<>(headers);
            h.put(name, value);
            return new Reply(status, h, body, delayMillis);
        }

        public Reply delayed(long millis) {
            return new Reply(status, headers, body, millis);
        }
    }

    private final HttpAsyncServer server;
    private final int port;
    private final List<Seen> seen = Collections.synchronizedList(new ArrayList<>());
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "local-h2-delay");
        t.setDaemon(true);
        return t;
    });

    private LocalH2Server(SSLContext ctx, boolean needClientCertificate, Function<RecordedRequest, Reply> responder) {
        H2ServerTlsStrategy tls = needClientCertificate
                ? new H2ServerTlsStrategy(ctx, (endpoint, engine) -> engine.setNeedClientAuth(true), null)
                : new H2ServerTlsStrategy(ctx);
        server = H2ServerBootstrap.bootstrap()
                .setVersionPolicy(HttpVersionPolicy.NEGOTIATE)
                .setTlsStrategy(tls)
                .register("*", handler(responder))
                .registerVirtual("127.0.0.1", "*", handler(responder))
                .create();
        server.start();
        try {
            ListenerEndpoint ep = server.listen(new InetSocketAddress("127.0.0.1", 0), URIScheme.HTTPS).get();
            port = ((InetSocketAddress) ep.getAddress()).getPort();
        } catch (InterruptedException | ExecutionException e) {
            server.close(CloseMode.IMMEDIATE);
            throw new IllegalStateException("cannot bind a local HTTP/2 server", e);
        }
    }

    /** Starts a server answering every request with {@code responder}. */
    public static LocalH2Server start(SSLContext ctx, Function<RecordedRequest, Reply> responder) {
        return new LocalH2Server(ctx, false, responder);
    }

    /** Like {@link #start}, but the TLS handshake requires a client certificate. */
    public static LocalH2Server requiringClientCertificate(SSLContext ctx, Function<RecordedRequest, Reply> responder) {
        return new LocalH2Server(ctx, true, responder);
    }

    public int port() {
        return port;
    }

    /** {@code https://host:port + pathAndQuery}. */
    public URI uri(String host, String pathAndQuery) {
        return URI.create("https://" + host + ":" + port + pathAndQuery);
    }

    public List<Seen> seen() {
        synchronized (seen) {
            return List.copyOf(seen);
        }
    }

    public Seen last() {
        List<Seen> s = seen();
        if (s.isEmpty()) {
            throw new AssertionError("the server received no request");
        }
        return s.get(s.size() - 1);
    }

    private AsyncServerRequestHandler<Message<HttpRequest, Void>> handler(Function<RecordedRequest, Reply> responder) {
        return new AsyncServerRequestHandler<>() {
            @Override
            public AsyncRequestConsumer<Message<HttpRequest, Void>> prepare(HttpRequest request,
                    EntityDetails details, HttpContext context) {
                return new BasicRequestConsumer<>(new DiscardingEntityConsumer<>());
            }

            @Override
            public void handle(Message<HttpRequest, Void> message, ResponseTrigger trigger, HttpContext context) {
                RecordedRequest req = record(message.getHead());
                HttpCoreContext core = HttpCoreContext.cast(context);
                seen.add(new Seen(String.valueOf(core.getProtocolVersion()), req, principal(core)));
                Reply reply = responder.apply(req);
                Runnable send = () -> submit(reply, trigger, context);
                if (reply.delayMillis() > 0) {
                    timer.schedule(send, reply.delayMillis(), TimeUnit.MILLISECONDS);
                } else {
                    send.run();
                }
            }
        };
    }

    private static String principal(HttpCoreContext core) {
        try {
            return core.getSSLSession() == null ? "" : core.getSSLSession().getPeerPrincipal().getName();
        } catch (javax.net.ssl.SSLPeerUnverifiedException e) {
            return "";
        }
    }

    private static void submit(Reply reply, AsyncServerRequestHandler.ResponseTrigger trigger, HttpContext context) {
        BasicHttpResponse resp = new BasicHttpResponse(reply.status());
        reply.headers().forEach((k, v) -> {
            if (!k.equalsIgnoreCase("Content-Type")) {
                resp.addHeader(k, v);
            }
        });
        String type = reply.headers().getOrDefault("Content-Type", "application/octet-stream");
        try {
            trigger.submitResponse(new BasicResponseProducer(resp,
                    new BasicAsyncEntityProducer(reply.body(), ContentType.parse(type))), context);
        } catch (org.apache.hc.core5.http.HttpException | IOException e) {
            throw new IllegalStateException("test server could not answer", e);
        }
    }

    private static RecordedRequest record(HttpRequest r) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (Header h : r.getHeaders()) {
            headers.computeIfAbsent(h.getName().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(h.getValue());
        }
        headers.replaceAll((k, v) -> List.copyOf(v));
        return new RecordedRequest(r.getMethod(), r.getRequestUri(), headers);
    }

    @Override
    public void close() {
        server.close(CloseMode.IMMEDIATE);
        timer.shutdownNow();
    }
}
