package org.jmapserv.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The CGI side of mapserv (mapserv.c main, cgiutil.c loadParams): reads REQUEST_METHOD, QUERY_STRING,
 * HTTP_COOKIE, CONTENT_TYPE and CONTENT_LENGTH (POST body from stdin, bounded) from the environment, lets the
 * shared {@link MapservHandler} answer and writes a CGI response: {@code Status:} when not 200, headers,
 * {@code Content-Type}, a blank line (CRLF, as mapserv writes), then the body. Unset QUERY_STRING on a GET is
 * mapserv's "QUERY_STRING not set" error page.
 */
public final class CgiGateway {

    private final MapservHandler handler;

    public CgiGateway(MapservHandler handler) {
        this.handler = handler;
    }

    public void respond(Map<String, String> env, InputStream stdin, OutputStream stdout, boolean headers)
            throws IOException {
        MapservResponse r = answer(env, stdin);
        if (headers) {
            StringBuilder h = new StringBuilder();
            if (r.status() != 200) {
                h.append("Status: ").append(r.status()).append(' ').append(reason(r.status())).append("\r\n");
            }
            r.headers().forEach((k, v) -> h.append(k).append(": ").append(v).append("\r\n"));
            h.append("Content-Type: ").append(r.contentType()).append("\r\n\r\n");
            stdout.write(h.toString().getBytes(StandardCharsets.ISO_8859_1));
        }
        stdout.write(r.body());
        stdout.flush();
    }

    private MapservResponse answer(Map<String, String> env, InputStream stdin) throws IOException {
        String method = env.getOrDefault("REQUEST_METHOD", "GET");
        String query = env.get("QUERY_STRING");
        if (query == null && !method.equalsIgnoreCase("POST")) {
            return ErrorPage.of(new MapservException(400, "loadParams(): Web application error. "
                    + "No query information to decode. QUERY_STRING not set."));
        }
        byte[] body = null;
        if (method.equalsIgnoreCase("POST")) {
            int max = handler.settings().limits().maxBodyBytes();
            long length = parseLength(env.get("CONTENT_LENGTH"));
            if (length < 0) {
                // missing, negative or not a number: the request is malformed, not too large
                return ErrorPage.of(new MapservException(400, "loadParams(): Web application error. "
                        + "CONTENT_LENGTH is missing or not a non-negative number."));
            }
            if (length > max) {
                return ErrorPage.of(new MapservException(413, "loadParams(): Web application error. "
                        + "POST body too large."));
            }
            body = readBody(stdin, (int) length);
        }
        String url = env.get("SCRIPT_NAME") == null ? null
                : "http://" + env.getOrDefault("SERVER_NAME", "localhost") + env.get("SCRIPT_NAME");
        return handler.handle(new MapservRequest(method, query, env.get("CONTENT_TYPE"), body,
                env.get("HTTP_COOKIE"), url));
    }

    private static byte[] readBody(InputStream in, int length) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(length);
        out.write(in.readNBytes(length));
        return out.toByteArray();
    }

    private static long parseLength(String v) {
        try {
            return v == null ? -1 : Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String reason(int status) {
        return switch (status) {
            case 302 -> "Found";
            case 400 -> "Bad Request";
            case 403 -> "Forbidden";
            case 405 -> "Method Not Allowed";
            case 413 -> "Payload Too Large";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> status >= 500 ? "Internal Server Error" : "Error";
        };
    }
}
