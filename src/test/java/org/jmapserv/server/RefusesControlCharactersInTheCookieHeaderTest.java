package org.jmapserv.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * README: "a Cookie header with control characters is refused with 400 before any remote request". A TAB used to
 * pass the endpoint and then be refused by the HTTP client, silently skipping the layer; byte 0x80 (a C1 control)
 * was forwarded as '?'. Both are now refused at the door, as every other control character is.
 */
class RefusesControlCharactersInTheCookieHeaderTest extends OnOneServer {

    private static String rawGet(int port, byte[] cookieValue) throws Exception {
        try (Socket s = new Socket("127.0.0.1", port)) {
            ByteArrayOutputStream req = new ByteArrayOutputStream();
            req.write(("GET /mapserv?map=CASCADE&mode=map&layers=all HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Connection: close\r\nCookie: ").getBytes(StandardCharsets.US_ASCII));
            req.write(cookieValue);
            req.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().write(req.toByteArray());
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0x09, 0x80, 0x9f})
    void aCookieHeaderWithAControlByteIsRefusedWith400BeforeAnyRemoteRequest(int control) throws Exception {
        int before = fx.remote.received().size();
        byte[] value = {'s', 'i', 'd', '=', 'a', (byte) control, 'b'};
        String answer = rawGet(fx.server.port(), value);
        assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
        assertTrue(answer.contains("control characters"), answer);
        assertEquals(before, fx.remote.received().size(), "no remote request was made");
    }
}
