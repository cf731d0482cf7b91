package org.jmapserv.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.jmapserv.testsupport.FakeWmsHandler;

class ForwardsCallerCookieToCascadedWmsTest extends OnOneServer {

    /** Runs after {@link OnOneServer#start()}: the shared server is up. */
    @BeforeAll
    static void prepare() throws Exception {
        fx.remote.requiring(r -> r.header("cookie") != null && r.header("cookie").startsWith("sid="));
    }

    @Test
    void sendsTheIncomingCookieHeaderToTheRemoteWmsOverHttps() throws Exception {
        HttpResponse<byte[]> r = fx.get("/mapserv?map=CASCADE&mode=map&layers=all", "sid=abc123; theme=dark");
        assertEquals(200, r.statusCode(), ServerFixture.text(r));
        BufferedImage img = ServerFixture.image(r);
        assertEquals(0xff0000ff, img.getRGB(90, 135), "remote layer drawn (the fake demanded the cookie)");
        assertEquals(0xffff0000, img.getRGB(210, 70), "local layer on top");
        FakeWmsHandler.Received last = fx.remote.received().get(fx.remote.received().size() - 1);
        assertEquals("sid=abc123; theme=dark", last.header("cookie"));
    }

    @Test
    void concurrentRequestsNeverSeeEachOthersCookies() throws Exception {
        int n = 40;
        int before = fx.remote.received().size();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<HttpResponse<byte[]>>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int width = 200 + i;
                futures.add(pool.submit(() -> fx.get("/mapserv?map=CASCADE&mode=map&layers=all&mapsize=" + width + "+100",
                        "sid=client" + width)));
            }
            for (Future<HttpResponse<byte[]>> f : futures) {
                assertEquals(200, f.get().statusCode());
            }
        } finally {
            pool.shutdown();
        }
        List<FakeWmsHandler.Received> got = fx.remote.received().subList(before, fx.remote.received().size());
        assertEquals(n, got.size());
        for (FakeWmsHandler.Received r : got) {
            assertEquals("sid=client" + r.param("WIDTH"), r.header("cookie"),
                    "the remote request drawn for width " + r.param("WIDTH") + " carries that client's cookie");
        }
    }

    @Test
    void sendsNoCookieWhenTheCallerSentNone() throws Exception {
        int before = fx.remote.received().size();
        HttpResponse<byte[]> r = fx.get("/mapserv?map=CASCADE&mode=map&layers=all", null);
        assertEquals(200, r.statusCode());
        FakeWmsHandler.Received last = fx.remote.received().get(before);
        assertEquals(null, last.header("cookie"));
        assertEquals(0xffffffff, ServerFixture.image(r).getRGB(90, 135), "the fake refused, layer left out");
    }

    @Test
    void refusesACookieWithControlCharactersBeforeAnyRemoteRequest() throws Exception {
        int before = fx.remote.received().size();
        String raw = rawGet("/mapserv?map=CASCADE&mode=map&layers=all", "sid=a\u0001b");
        assertTrue(raw.startsWith("HTTP/1.1 400"), raw);
        assertFalse(raw.contains("a\u0001b"));
        assertEquals(before, fx.remote.received().size());
    }

    @Test
    void handlerRefusesCarriageReturnInCookieItself() throws Exception {
        int before = fx.remote.received().size();
        MapservResponse r = fx.handler().handle(MapservRequest.get("map=CASCADE&mode=map", "sid=a\rb", null));
        assertEquals(400, r.status());
        assertTrue(r.bodyText().contains("Cookie header contains control characters"));
        assertEquals(before, fx.remote.received().size());
    }

    private static String rawGet(String path, String cookie) throws Exception {
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", fx.server.port())) {
            s.setSoTimeout(10_000);
            String req = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: " + cookie
                    + "\r\nConnection: close\r\n\r\n";
            s.getOutputStream().write(req.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            return new String(s.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        }
    }
}
