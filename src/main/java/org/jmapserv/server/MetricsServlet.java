package org.jmapserv.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code /metrics}: {@link ServerMetrics} in Prometheus text format 0.0.4. Reveals no paths or secrets. */
public final class MetricsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient ServerMetrics metrics;

    public MetricsServlet(ServerMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        byte[] body = metrics.scrape().getBytes(StandardCharsets.UTF_8);
        resp.setStatus(200);
        resp.setHeader("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
