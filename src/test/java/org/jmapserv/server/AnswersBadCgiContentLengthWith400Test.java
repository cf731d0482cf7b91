package org.jmapserv.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A negative or non-numeric CONTENT_LENGTH is a malformed request (400); only a real oversize body is 413. */
class AnswersBadCgiContentLengthWith400Test extends OnOneServer {

    private static String post(String contentLength) throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("REQUEST_METHOD", "POST");
        env.put("CONTENT_TYPE", "application/x-www-form-urlencoded");
        env.put("CONTENT_LENGTH", contentLength);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CgiGateway(fx.handler()).respond(env, new ByteArrayInputStream("map=LOCAL".getBytes(
                StandardCharsets.US_ASCII)), out, true);
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-5", "abc", "", "1e3"})
    void aMalformedContentLengthIs400(String value) throws Exception {
        String out = post(value);
        assertTrue(out.startsWith("Status: 400 Bad Request\r\n"), out);
    }

    @ParameterizedTest
    @ValueSource(strings = {"99999999999"})
    void aContentLengthOverTheLimitIs413(String value) throws Exception {
        String out = post(value);
        assertTrue(out.startsWith("Status: 413"), out);
    }
}
