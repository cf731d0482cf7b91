package org.jmapserv.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The browser preview at {@code /}: a static page (our own HTML+JS, no CDN) that lists the MAPS aliases from
 * {@code /maps.json}, reads a map's layers from its WMS GetCapabilities and shows {@code mode=map} images with
 * layer toggles, pan (drag) and zoom (wheel, +/- buttons) through {@code mapext}, the map's EXTENT coming from
 * {@code /extent.json}. A map without WMS metadata is drawn with its own default layers. Only aliases are listed:
 * configured paths are never revealed.
 */
public final class PreviewServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient MapservHandler handler;

    public PreviewServlet(MapservHandler handler) {
        this.handler = handler;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        if (path.equals("/") || path.isEmpty() || path.equals("/index.html")) {
            MapservServlet.write(MapservResponse.of(200, "text/html; charset=UTF-8", page()), resp);
        } else if (path.equals("/maps.json")) {
            String json = handler.mapAliases().stream().map(PreviewServlet::jsonString)
                    .collect(Collectors.joining(",", "[", "]"));
            MapservServlet.write(MapservResponse.text(200, "application/json", json), resp);
        } else if (path.equals("/extent.json")) {
            org.jmapserv.mapfile.model.Extent e = handler.extentOf(String.valueOf(req.getParameter("map")));
            String json = e == null || !e.isValid() || !Double.isFinite(e.width()) ? "null"
                    : "[" + e.minX() + "," + e.minY() + "," + e.maxX() + "," + e.maxY() + "]";
            MapservServlet.write(MapservResponse.text(200, "application/json", json), resp);
        } else {
            MapservServlet.write(MapservResponse.text(404, "text/plain", "not found"), resp);
        }
    }

    private static byte[] page() throws IOException {
        try (InputStream in = PreviewServlet.class.getResourceAsStream("preview.html")) {
            if (in == null) {
                return "preview page missing from the build".getBytes(StandardCharsets.UTF_8);
            }
            return in.readAllBytes();
        }
    }

    static String jsonString(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
