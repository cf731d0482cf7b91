package org.jmapserv.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jmapserv.mapfile.model.ConfigFileDef;
import org.jmapserv.mapfile.parse.MapfileReader;
import org.jmapserv.render.MapRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 15's reproduction: about 220 connections each trickling a POST body one byte at a time used to hold every
 * Jetty thread in a blocking read, so /health and every map timed out for as long as they stayed open. Bodies are
 * now read without holding a thread and must arrive within the body read timeout (then 408).
 */
class SlowRequestBodiesCannotStarveTheServerTest {

    private static final int CONNECTIONS = 230;

    @Test
    @Timeout(60)
    void healthAnswersWhileManyBodiesTrickleAndTheTricklersGet408() throws Exception {
        MapservHandler handler = new MapservHandler(ServerSettings.of(new ConfigFileDef.Builder().build(), Map.of()),
                new MapfileCache(new MapfileReader()), MapRenderer.standard());
        try (EmbeddedServer server = new EmbeddedServer(handler, "127.0.0.1", 0, null, line -> { },
                Duration.ofMillis(2500)).start()) {
            List<Socket> slow = new ArrayList<>();
            try {
                for (int i = 0; i < CONNECTIONS; i++) {
                    Socket s = new Socket();
                    s.connect(new InetSocketAddress("127.0.0.1", server.port()), 2000);
                    s.setSoTimeout(8000);
                    s.getOutputStream().write(("POST /mapserv HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                            + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 200\r\n\r\nm")
                            .getBytes(StandardCharsets.US_ASCII));
                    slow.add(s);
                }
                HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
                for (int round = 0; round < 3; round++) {
                    for (Socket s : slow) {
                        trickle(s);
                    }
                    long t0 = System.nanoTime();
                    HttpResponse<String> health = client.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + server.port() + "/health"))
                            .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.ofString());
                    assertEquals(200, health.statusCode());
                    assertTrue(System.nanoTime() - t0 < 3_000_000_000L, "/health answered late");
                    Thread.sleep(400);
                }
                int answered408 = 0;
                for (Socket s : slow) {
                    String status = statusLine(s.getInputStream());
                    if (status.startsWith("HTTP/1.1 408")) {
                        answered408++;
                    }
                }
                assertEquals(CONNECTIONS, answered408, "every trickling body is cut off with 408");
            } finally {
                for (Socket s : slow) {
                    s.close();
                }
            }
        }
    }

    private static void trickle(Socket s) {
        try {
            OutputStream out = s.getOutputStream();
            out.write('=');
            out.flush();
        } catch (IOException closedAlready) {
            // the server may already have given up on this one
        }
    }

    private static String statusLine(InputStream in) {
        StringBuilder sb = new StringBuilder();
        try {
            int c;
            while ((c = in.read()) >= 0 && c != '\n') {
                sb.append((char) c);
            }
        } catch (IOException e) {
            return "closed: " + e.getMessage();
        }
        return sb.toString();
    }
}
