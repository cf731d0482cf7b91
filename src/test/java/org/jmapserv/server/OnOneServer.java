package org.jmapserv.server;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Base of the servlet tests that share one {@link ServerFixture} (embedded server, LOCAL and CASCADE maps, a
 * remote HTTPS WMS) across the test methods of a class: started before the first, closed after the last.
 */
abstract class OnOneServer {

    @TempDir
    static Path dir;
    static ServerFixture fx;

    @BeforeAll
    static void start() throws Exception {
        fx = new ServerFixture(dir);
    }

    @AfterAll
    static void stop() throws Exception {
        fx.close();
    }
}
