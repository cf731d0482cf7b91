package org.jmapserv.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jmapserv.mapfile.model.ConfigFileDef;
import org.jmapserv.mapfile.parse.MapfileReader;
import org.jmapserv.render.MapRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MasksSecretsInTheAccessLogTest {

    @TempDir
    Path dir;

    @Test
    void masksSecretLookingParametersAndUrlCredentials() {
        assertEquals("map=A&password=***&mode=map", AccessLog.mask("map=A&password=hunter2&mode=map"));
        assertEquals("x=https://***@host/", AccessLog.mask("x=https://user:pw@host/"));
        assertEquals("map=A&session_id=***", AccessLog.mask("map=A&session_id=abc"));
    }

    @Test
    void neverLogsTheCookieHeader() throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();
        ServerSettings settings = ServerSettings.of(new ConfigFileDef.Builder().build(), java.util.Map.of());
        MapservHandler handler = new MapservHandler(settings, new MapfileCache(new MapfileReader()), MapRenderer.standard());
        try (EmbeddedServer s = new EmbeddedServer(handler, "127.0.0.1", 0, null, lines::add).start()) {
            var client = java.net.http.HttpClient.newHttpClient();
            var req = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + s.port()
                    + "/mapserv?map=X&token=t0ps3cret")).header("Cookie", "sid=verysecret").build();
            var resp = client.send(req, java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(403, resp.statusCode());
            assertFalse(resp.body().contains("verysecret"));
        }
        assertEquals(1, lines.size());
        assertTrue(lines.get(0).contains("/mapserv?map=X&token=*** 403"), lines.get(0));
        assertFalse(lines.get(0).contains("verysecret") || lines.get(0).contains("t0ps3cret"));
    }
}
