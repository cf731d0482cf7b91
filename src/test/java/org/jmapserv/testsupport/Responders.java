package org.jmapserv.testsupport;

import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Canned endpoints for {@link LocalHttpsServer}: text, redirects, auth checks, slow bodies. */
public final class Responders {
    private Responders() {
    }

    /** Replies {@code status} with a text/plain body. */
    public static HttpHandler text(int status, String body) {
        return bytes(status, "text/plain; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
    }

    /** Replies {@code status} with the given content type and body. */
    public static HttpHandler bytes(int status, String contentType, byte[] body) {
        return ex -> {
            ex.getResponseHeaders().set("Content-Type", contentType);
            ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                ex.getResponseBody().write(body);
            }
        };
    }

    /** Replies 302 to {@code target} (absolute, or relative to the request). */
    public static HttpHandler redirect(int status, String target) {
        return ex -> {
            ex.getResponseHeaders().set("Location", target);
            ex.sendResponseHeaders(status, -1);
        };
    }

    /** Replies 302 to a URI computed when the request arrives (for servers started later). */
    public static HttpHandler redirectTo(java.util.function.Supplier<URI> target) {
        return ex -> {
            ex.getResponseHeaders().set("Location", target.get().toString());
            ex.sendResponseHeaders(302, -1);
        };
    }

    /** 200 "welcome" only with {@code Authorization: Basic user:password}, else 401 with a Basic challenge. */
    public static HttpHandler basicAuth(String user, String password) {
        String expected = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return ex -> {
            if (expected.equals(ex.getRequestHeaders().getFirst("Authorization"))) {
                text(200, "welcome").handle(ex);
            } else {
                ex.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"test\"");
                ex.sendResponseHeaders(401, -1);
            }
        };
    }

    /** Sends headers, then {@code bytes} bytes one at a time every {@code intervalMillis}. */
    public static HttpHandler trickle(int bytes, long intervalMillis) {
        return ex -> {
            ex.getResponseHeaders().set("Content-Type", "application/octet-stream");
            ex.sendResponseHeaders(200, bytes);
            OutputStream out = ex.getResponseBody();
            for (int i = 0; i < bytes; i++) {
                out.write('x');
                out.flush();
                sleep(intervalMillis);
            }
        };
    }

    /** Waits {@code millis} before sending anything (a stalled server). */
    public static HttpHandler silentFor(long millis) {
        return ex -> {
            sleep(millis);
            text(200, "late").handle(ex);
        };
    }

    private static void sleep(long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
