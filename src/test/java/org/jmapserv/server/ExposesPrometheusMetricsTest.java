package org.jmapserv.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

/**
 * {@code /metrics} answers Prometheus text format with requests by status, draw and per-layer time, remote fetch
 * latency by origin, draw slots and HTTP thread pool use — and no paths or cookies.
 */
class ExposesPrometheusMetricsTest extends OnOneServer {

    @Test
    void afterAFewRequestsTheMetricsCountThem() throws Exception {
        assertEquals(200, fx.get("/mapserv?map=LOCAL&mode=map&layers=all", null).statusCode());
        assertEquals(200, fx.get("/mapserv?map=CASCADE&mode=map&layers=all", "sid=secret-cookie").statusCode());
        assertEquals(403, fx.get("/mapserv?map=/etc/passwd&mode=map", null).statusCode());
        HttpResponse<byte[]> r = fx.get("/metrics", null);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain; version=0.0.4"));
        String m = ServerFixture.text(r);
        assertTrue(m.contains("jmapserv_requests_total{status=\"200\"}"), m);
        assertTrue(m.contains("jmapserv_requests_total{status=\"403\"}"), m);
        assertTrue(m.contains("jmapserv_draw_seconds_count"), m);
        assertTrue(m.contains("jmapserv_layer_draw_seconds_count{layer=\"box\"}"), m);
        assertTrue(m.contains("jmapserv_remote_fetch_seconds_count{origin=\"localhost:"), m);
        assertTrue(m.contains("jmapserv_draw_slots_busy"), m);
        assertTrue(m.contains("jmapserv_http_threads_busy"), m);
        assertFalse(m.contains("secret-cookie") || m.contains("passwd") || m.contains(dir.toString()), m);
    }
}
