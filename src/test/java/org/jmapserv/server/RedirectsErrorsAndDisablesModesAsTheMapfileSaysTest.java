package org.jmapserv.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * WEB ERROR turns a classic-mode error into mapserv's 302 redirect (msCGIWriteError / msRedirect), over HTTP and
 * CGI; WEB METADATA {@code ms_enable_modes} switches modes off with mapserv's message.
 */
class RedirectsErrorsAndDisablesModesAsTheMapfileSaysTest extends OnOneServer {

    /** Runs after {@link OnOneServer#start()}: the shared server is up. */
    @BeforeAll
    static void prepare() throws Exception {
        Files.writeString(dir.resolve("err.map"), map("ERROR \"http://example.test/oops.html\""));
        Files.writeString(dir.resolve("modes.map"), map("METADATA \"ms_enable_modes\" \"!* MAP\" END"));
    }

    private static String map(String web) {
        return """
                MAP
                  EXTENT 0 0 10 10 SIZE 100 100
                  WEB %s END
                  LAYER NAME "a" TYPE POLYGON STATUS ON
                    FEATURE POINTS 1 1 1 9 9 9 9 1 1 1 END END
                    CLASS NAME "A" STYLE COLOR 255 0 0 END END
                  END
                END
                """.formatted(web);
    }

    @Test
    void anErrorAfterTheMapIsLoadedRedirectsToWebError() throws Exception {
        HttpResponse<byte[]> r = fx.get("/mapserv?map=" + dir.resolve("err.map") + "&mode=map&mapsize=99999+5", null);
        assertEquals(302, r.statusCode());
        assertEquals("http://example.test/oops.html", r.headers().firstValue("Location").orElse(""));
        assertEquals(0, r.body().length);
    }

    @Test
    void aRefusedMapfileIsNeverRedirectedAndEchoesNoPath() throws Exception {
        HttpResponse<byte[]> r = fx.get("/mapserv?map=/etc/passwd&mode=map", null);
        assertEquals(403, r.statusCode());
        assertTrue(!ServerFixture.text(r).contains("/etc/passwd"));
    }

    @Test
    void theCgiAdapterWritesTheRedirectAsMapserv() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CgiGateway(fx.handler()).respond(Map.of("REQUEST_METHOD", "GET", "QUERY_STRING",
                "map=" + dir.resolve("err.map") + "&mode=legend&mapsize=0+0"), new ByteArrayInputStream(new byte[0]),
                out, true);
        String cgi = out.toString(StandardCharsets.ISO_8859_1);
        assertTrue(cgi.startsWith("Status: 302 Found\r\n"), cgi);
        assertTrue(cgi.contains("\r\nLocation: http://example.test/oops.html\r\n"), cgi);
    }

    @Test
    void msEnableModesSwitchesModesOffWithMapservsMessage() throws Exception {
        String base = "/mapserv?map=" + dir.resolve("modes.map");
        assertTrue(ServerFixture.text(fx.get(base + "&mode=legend", null)).contains("msCGISetMode(): Web application"
                + " error. The specified mode &#39;legend&#39; is not supported by the current map configuration"),
                ServerFixture.text(fx.get(base + "&mode=legend", null)));
        HttpResponse<byte[]> map = fx.get(base + "&mode=map", null);
        assertEquals("image/png", map.headers().firstValue("Content-Type").orElse(""));
    }
}
