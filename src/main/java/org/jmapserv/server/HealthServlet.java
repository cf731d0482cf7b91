package org.jmapserv.server;

import java.io.IOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code /health}: "ok" with the number of draws running, for load balancers. Reveals no paths. */
public final class HealthServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient MapservHandler handler;

    public HealthServlet(MapservHandler handler) {
        this.handler = handler;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        MapservServlet.write(MapservResponse.text(200, "application/json",
                "{\"status\":\"ok\",\"drawsInProgress\":" + handler.busyDraws() + "}"), resp);
    }
}
