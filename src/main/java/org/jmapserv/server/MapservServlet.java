package org.jmapserv.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.List;

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

    public MapservServlet(MapservHandler handler) {
        this.handler = handler;
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
        byte[] body;
        try (InputStream in = req.getInputStream()) {
            body = in.readNBytes(max + 1);
        }
        if (body.length > max) {
            resp.sendError(413, "Request body too large");
            return;
        }
        answer(req, resp, body);
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
