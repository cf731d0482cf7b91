package org.jmapserv.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The mapserv endpoint as a jakarta servlet: copies method, query string, form body (bounded), Cookie header(s)
 * and request URL into a {@link MapservRequest}, lets the shared {@link MapservHandler} answer, and writes the
 * result. Runs in any servlet container; {@link EmbeddedServer} mounts it at /mapserv and /cgi-bin/mapserv.
 */
public final class MapservServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient MapservHandler handler;
    private final long bodyReadMillis;

    public MapservServlet(MapservHandler handler) {
        this(handler, EmbeddedServer.BODY_READ_TIMEOUT);
    }

    /**
     * {@code bodyReadTimeout} bounds how long a POST body may take to arrive; the body is read without holding a
     * container thread (servlet non-blocking I/O), so clients trickling bodies cannot starve other requests.
     */
    public MapservServlet(MapservHandler handler, Duration bodyReadTimeout) {
        this.handler = handler;
        this.bodyReadMillis = bodyReadTimeout.toMillis();
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        answer(req, resp, null);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        int max = handler.settings().limits().maxBodyBytes();
        if (req.getContentLengthLong() > max) {
            resp.sendError(413, "Request body too large");
            return;
        }
        if (!req.isAsyncSupported()) {
            byte[] body;
            try (InputStream in = req.getInputStream()) {
                body = in.readNBytes(max + 1);
            }
            if (body.length > max) {
                resp.sendError(413, "Request body too large");
                return;
            }
            answer(req, resp, body);
            return;
        }
        AsyncContext async = req.startAsync();
        async.setTimeout(bodyReadMillis);
        BodyReader reader = new BodyReader(req, resp, async, max);
        async.addListener(reader);
        req.getInputStream().setReadListener(reader);
    }

    /**
     * Collects a POST body as it arrives, on whatever thread the container calls back on, and answers once it is
     * complete: 413 past the size limit, 408 when the timeout passes first.
     */
    private final class BodyReader implements ReadListener, AsyncListener {
        private final HttpServletRequest req;
        private final HttpServletResponse resp;
        private final AsyncContext async;
        private final int max;
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private final byte[] chunk = new byte[8192];
        private final AtomicBoolean done = new AtomicBoolean();

        BodyReader(HttpServletRequest req, HttpServletResponse resp, AsyncContext async, int max) {
            this.req = req;
            this.resp = resp;
            this.async = async;
            this.max = max;
        }

        @Override
        public void onDataAvailable() throws IOException {
            ServletInputStream in = req.getInputStream();
            while (in.isReady() && !in.isFinished()) {
                int n = in.read(chunk);
                if (n < 0) {
                    break;
                }
                body.write(chunk, 0, n);
                if (body.size() > max) {
                    finish(() -> resp.sendError(413, "Request body too large"));
                    return;
                }
            }
        }

        @Override
        public void onAllDataRead() {
            finish(() -> answer(req, resp, body.toByteArray()));
        }

        @Override
        public void onError(Throwable t) {
            finish(() -> { });
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            finish(() -> {
                resp.setHeader("Connection", "close");
                write(MapservResponse.text(408, "text/plain", "Request body not received in time.\n"), resp);
            });
        }

        @Override
        public void onComplete(AsyncEvent event) {
        }

        @Override
        public void onError(AsyncEvent event) {
            finish(() -> { });
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
        }

        private void finish(IoAction action) {
            if (!done.compareAndSet(false, true)) {
                return;
            }
            try {
                action.run();
            } catch (IOException | RuntimeException e) {
                handler.log().internalError("answering a POST request", e);
            } finally {
                async.complete();
            }
        }
    }

    @FunctionalInterface
    private interface IoAction {
        void run() throws IOException;
    }

    private void answer(HttpServletRequest req, HttpServletResponse resp, byte[] body) throws IOException {
        List<String> cookies = Collections.list(req.getHeaders("Cookie"));
        String cookie = cookies.isEmpty() ? null : String.join("; ", cookies);
        MapservRequest request = new MapservRequest(req.getMethod(), req.getQueryString(), req.getContentType(),
                body, cookie, req.getRequestURL().toString());
        write(handler.handle(request), resp);
    }

    static void write(MapservResponse r, HttpServletResponse resp) throws IOException {
        resp.setStatus(r.status());
        resp.setHeader("Content-Type", r.contentType());
        r.headers().forEach(resp::setHeader);
        resp.setContentLength(r.body().length);
        resp.getOutputStream().write(r.body());
    }
}
