package org.jmapserv.testsupport;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import javax.imageio.ImageIO;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * A tiny WMS for tests: answers GetMap by drawing, for each requested layer, a filled rectangle at fixed world
 * coordinates (given per layer in the request's CRS units) on a transparent image of the requested size and BBOX,
 * so a test can check where the map put it. It records every request (parameters, upper-cased keys, and headers)
 * and can be told to demand a header, to delay, or to answer with a ServiceException.
 */
public final class FakeWmsHandler implements HttpHandler {

    /** One received request. */
    public record Received(Map<String, String> params, Map<String, String> headers, String rawQuery) {
        public String param(String key) {
            return params.get(key.toUpperCase(Locale.ROOT));
        }

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** What a layer draws: a world rectangle (in the request CRS, x/y order) and a colour. */
    public record Feature(double minX, double minY, double maxX, double maxY, Color color) {
    }

    private final Map<String, Feature> layers = new LinkedHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile Predicate<Received> authorised = r -> true;
    private volatile long delayMillis;
    private volatile java.util.concurrent.CyclicBarrier barrier;
    private volatile String exceptionCode;
    private volatile String exceptionContentType = "application/vnd.ogc.se_xml";
    private final Map<String, byte[]> imageCache = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile boolean cachingImages;

    public FakeWmsHandler layer(String name, Feature feature) {
        layers.put(name, feature);
        return this;
    }

    /** Requests for which {@code test} is false get 401. */
    public FakeWmsHandler requiring(Predicate<Received> test) {
        this.authorised = test;
        return this;
    }

    /**
     * Answers a repeated query with the bytes drawn the first time, so the answer time is the {@link #delay} alone
     * (benchmarks: a real server's encoding time would otherwise land on our CPUs).
     */
    public FakeWmsHandler cachingImages() {
        this.cachingImages = true;
        return this;
    }

    public FakeWmsHandler delay(long millis) {
        this.delayMillis = millis;
        return this;
    }

    /** Every request waits (up to 10 s) until all parties of {@code b} have a request in flight: proves parallelism. */
    public FakeWmsHandler awaiting(java.util.concurrent.CyclicBarrier b) {
        this.barrier = b;
        return this;
    }

    public FakeWmsHandler failWithServiceException(String code, String contentType) {
        this.exceptionCode = code;
        this.exceptionContentType = contentType;
        return this;
    }

    public List<Received> received() {
        return Collections.unmodifiableList(received);
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        try (ex) {
            Received r = record(ex);
            if (barrier != null) {
                try {
                    barrier.await(10, java.util.concurrent.TimeUnit.SECONDS);
                } catch (Exception e) {
                    send(ex, 503, "text/plain", "requests did not arrive together".getBytes(StandardCharsets.UTF_8));
                    return;
                }
            }
            if (delayMillis > 0) {
                sleep(delayMillis);
            }
            if (!authorised.test(r)) {
                send(ex, 401, "text/plain", "unauthorised".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (exceptionCode != null) {
                send(ex, 200, exceptionContentType, ("<?xml version=\"1.0\"?><ServiceExceptionReport version=\"1.1.1\">"
                        + "<ServiceException code=\"" + exceptionCode + "\">fake failure</ServiceException>"
                        + "</ServiceExceptionReport>").getBytes(StandardCharsets.UTF_8));
                return;
            }
            String format = r.param("FORMAT") == null ? "image/png" : r.param("FORMAT");
            String type = format.toLowerCase(Locale.ROOT).contains("jpeg") ? "jpeg" : "png";
            byte[] image = cachingImages ? imageCache.get(String.valueOf(r.rawQuery())) : null;
            if (image == null) {
                image = draw(r, type);
                if (cachingImages) {
                    imageCache.put(String.valueOf(r.rawQuery()), image);
                }
            }
            send(ex, 200, "image/" + type, image);
        }
    }

    private Received record(HttpExchange ex) {
        Map<String, String> params = new LinkedHashMap<>();
        String query = ex.getRequestURI().getRawQuery();
        if (query != null) {
            for (String part : query.split("&")) {
                int eq = part.indexOf('=');
                if (eq > 0) {
                    params.put(URLDecoder.decode(part.substring(0, eq), StandardCharsets.UTF_8).toUpperCase(Locale.ROOT),
                            URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        Map<String, String> headers = new LinkedHashMap<>();
        ex.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(", ", v)));
        Received r = new Received(params, headers, query);
        received.add(r);
        return r;
    }

    private byte[] draw(Received r, String type) throws IOException {
        int w = Integer.parseInt(r.param("WIDTH"));
        int h = Integer.parseInt(r.param("HEIGHT"));
        String[] b = r.param("BBOX").split(",");
        double[] box = new double[4];
        for (int i = 0; i < 4; i++) {
            box[i] = Double.parseDouble(b[i]);
        }
        if ("1.3.0".equals(r.param("VERSION")) && "EPSG:4326".equals(r.param("CRS"))) {
            box = new double[] {box[1], box[0], box[3], box[2]};
        }
        BufferedImage img = new BufferedImage(w, h, type.equals("png") ? BufferedImage.TYPE_INT_ARGB
                : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        if (type.equals("jpeg")) {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
        }
        double sx = w / (box[2] - box[0]);
        double sy = h / (box[3] - box[1]);
        List<String> names = new ArrayList<>(List.of(r.param("LAYERS").split(",")));
        for (String name : names) {
            Feature f = layers.get(name);
            if (f != null) {
                g.setColor(f.color());
                g.fill(new Rectangle2D.Double((f.minX() - box[0]) * sx, (box[3] - f.maxY()) * sy,
                        (f.maxX() - f.minX()) * sx, (f.maxY() - f.minY()) * sy));
            }
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, type, out);
        return out.toByteArray();
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
