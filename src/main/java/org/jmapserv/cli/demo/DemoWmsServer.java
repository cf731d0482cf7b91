package org.jmapserv.cli.demo;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javax.imageio.ImageIO;
import javax.net.ssl.SSLContext;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/**
 * A tiny HTTPS WMS on 127.0.0.1 for the demo: answers GetMap with an "ocean" gradient and a 30-degree graticule
 * for EPSG:4326 boxes, but only when the request carries the expected session cookie (else 401).
 */
public final class DemoWmsServer implements AutoCloseable {

    private final HttpsServer server;
    private final String cookie;
    private final AtomicInteger served = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();

    public DemoWmsServer(SSLContext tls, String requiredCookie) throws IOException {
        this.cookie = requiredCookie;
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        server.createContext("/wms", this::handle);
        server.start();
    }

    public URI uri() {
        return URI.create("https://127.0.0.1:" + server.getAddress().getPort() + "/wms?");
    }

    public int served() {
        return served.get();
    }

    public int refused() {
        return refused.get();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String got = ex.getRequestHeaders().getFirst("Cookie");
            if (got == null || !got.contains(cookie)) {
                refused.incrementAndGet();
                send(ex, 401, "text/plain", "session cookie required".getBytes(StandardCharsets.UTF_8));
                return;
            }
            Map<String, String> p = params(ex.getRequestURI().getRawQuery());
            int w = Integer.parseInt(p.getOrDefault("WIDTH", "256"));
            int h = Integer.parseInt(p.getOrDefault("HEIGHT", "256"));
            String[] b = p.getOrDefault("BBOX", "-180,-90,180,90").split(",");
            served.incrementAndGet();
            send(ex, 200, "image/png", draw(w, h, b));
        }
    }

    private static byte[] draw(int w, int h, String[] bbox) throws IOException {
        double minX = Double.parseDouble(bbox[0]);
        double minY = Double.parseDouble(bbox[1]);
        double maxX = Double.parseDouble(bbox[2]);
        double maxY = Double.parseDouble(bbox[3]);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(120, 180, 230), 0, h, new Color(30, 80, 150)));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(255, 255, 255, 90));
        for (int lon = -180; lon <= 180; lon += 30) {
            int x = (int) Math.round((lon - minX) / (maxX - minX) * w);
            g.drawLine(x, 0, x, h);
        }
        for (int lat = -90; lat <= 90; lat += 30) {
            int y = (int) Math.round((maxY - lat) / (maxY - minY) * h);
            g.drawLine(0, y, w, y);
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    private static Map<String, String> params(String query) {
        Map<String, String> out = new HashMap<>();
        if (query != null) {
            for (String part : query.split("&")) {
                int eq = part.indexOf('=');
                if (eq > 0) {
                    out.put(URLDecoder.decode(part.substring(0, eq), StandardCharsets.UTF_8).toUpperCase(Locale.ROOT),
                            URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return out;
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream o = ex.getResponseBody()) {
            o.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
