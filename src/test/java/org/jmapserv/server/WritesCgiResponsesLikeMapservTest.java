package org.jmapserv.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class WritesCgiResponsesLikeMapservTest extends OnOneServer {

    private static byte[] run(Map<String, String> env, String stdin) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CgiGateway(fx.handler()).respond(env, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                out, true);
        return out.toByteArray();
    }

    @Test
    void writesContentTypeBlankLineThenThePng() throws Exception {
        byte[] out = run(Map.of("REQUEST_METHOD", "GET", "QUERY_STRING", "map=LOCAL&mode=map"), "");
        byte[] head = "Content-Type: image/png\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
        assertArrayEquals(head, Arrays.copyOf(out, head.length));
        assertEquals((byte) 0x89, out[head.length]);
        assertEquals('P', out[head.length + 1]);
    }

    @Test
    void refusalsCarryAStatusLine() throws Exception {
        String out = new String(run(Map.of("REQUEST_METHOD", "GET", "QUERY_STRING", "map=/etc/x.map&mode=map"), ""),
                StandardCharsets.ISO_8859_1);
        assertTrue(out.startsWith("Status: 403 Forbidden\r\nContent-Type: text/html\r\n\r\n<HTML>"), out);
        assertTrue(!out.contains("/etc/x.map"));
    }

    @Test
    void readsFormPostBodiesAndHttpCookie() throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("REQUEST_METHOD", "POST");
        env.put("CONTENT_TYPE", "application/x-www-form-urlencoded");
        String body = "map=CASCADE&mode=map&layers=all&mapsize=222+100";
        env.put("CONTENT_LENGTH", Integer.toString(body.length()));
        env.put("HTTP_COOKIE", "sid=cgi-client");
        int before = fx.remote.received().size();
        String out = new String(run(env, body), StandardCharsets.ISO_8859_1);
        assertTrue(out.startsWith("Content-Type: image/png\r\n\r\n"));
        var got = fx.remote.received().get(before);
        assertEquals("222", got.param("WIDTH"));
        assertEquals("sid=cgi-client", got.header("cookie"));
    }

    @Test
    void anUnsetQueryStringIsMapservsError() throws Exception {
        String out = new String(run(Map.of("REQUEST_METHOD", "GET"), ""), StandardCharsets.ISO_8859_1);
        assertTrue(out.contains("No query information to decode. QUERY_STRING not set."));
    }
}
