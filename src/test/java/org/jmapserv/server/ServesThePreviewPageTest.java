package org.jmapserv.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServesThePreviewPageTest {

    @TempDir
    Path dir;

    @Test
    void servesOurOwnPageAndListsOnlyAliases() throws Exception {
        try (ServerFixture fx = new ServerFixture(dir)) {
            String page = ServerFixture.text(fx.get("/", null));
            assertTrue(page.contains("<title>jmapserv preview</title>"));
            assertFalse(page.contains("http://") || page.contains("https://"), "no CDN or external script");
            String maps = ServerFixture.text(fx.get("/maps.json", null));
            assertEquals("[\"LOCAL\",\"CASCADE\"]", maps);
            assertEquals(404, fx.get("/nothing-here", null).statusCode());
        }
    }
}
