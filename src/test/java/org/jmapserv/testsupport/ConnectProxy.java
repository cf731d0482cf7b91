package org.jmapserv.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A minimal HTTP CONNECT proxy on 127.0.0.1 for tunnelling tests. Without credentials it tunnels
 * every CONNECT; with credentials it answers 407 (Basic challenge) until a CONNECT carries the
 * right {@code Proxy-Authorization}. It records each CONNECT's target and Proxy-Authorization
 * value (empty string when absent).
 */
public final class ConnectProxy extends LoopbackSocketServer {
    /** One CONNECT request as the proxy saw it. */
    public record ConnectRequest(String target, String proxyAuthorization) {
    }

    private final String expectedAuth;
    private final List<ConnectRequest> received = Collections.synchronizedList(new ArrayList<>());

    private ConnectProxy(String user, String password) throws IOException {
        super("connect-proxy");
        this.expectedAuth = user == null ? null
                : "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        startAccepting();
    }

    /** A proxy that needs no authentication. */
    public static ConnectProxy open() throws IOException {
        return new ConnectProxy(null, null);
    }

    /** A proxy that requires Basic proxy authentication. */
    public static ConnectProxy requiringBasic(String user, String password) throws IOException {
        return new ConnectProxy(user, password);
    }

    public List<ConnectRequest> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    @Override
    void serve(Socket client) {
        try (client) {
            InputStream in = client.getInputStream();
            OutputStream out = client.getOutputStream();
            while (true) {
                List<String> head = readHead(in);
                if (head.isEmpty()) {
                    return;
                }
                String[] line = head.get(0).split(" ");
                String auth = headerValue(head, "proxy-authorization");
                received.add(new ConnectRequest(line.length > 1 ? line[1] : "", auth));
                if (!"CONNECT".equals(line[0])) {
                    out.write("HTTP/1.1 405 Only CONNECT\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    return;
                }
                if (expectedAuth != null && !expectedAuth.equals(auth)) {
                    out.write(("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"proxy\"\r\n"
                            + "Content-Length: 0\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    continue;
                }
                tunnel(client, line[1], in, out);
                return;
            }
        } catch (IOException e) {
            // the client went away; nothing to clean up beyond the sockets closed above
        }
    }

    private void tunnel(Socket client, String target, InputStream in, OutputStream out) throws IOException {
        int colon = target.lastIndexOf(':');
        try (Socket upstream = new Socket(target.substring(0, colon), Integer.parseInt(target.substring(colon + 1)))) {
            out.write("HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread up = new Thread(() -> pipe(in, upstreamOut(upstream)), "connect-proxy-pipe");
            up.setDaemon(true);
            up.start();
            pipe(upstream.getInputStream(), out);
        }
    }

    private static OutputStream upstreamOut(Socket s) {
        try {
            return s.getOutputStream();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void pipe(InputStream in, OutputStream out) {
        byte[] buf = new byte[8192];
        try {
            for (int n = in.read(buf); n != -1; n = in.read(buf)) {
                out.write(buf, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // one side closed: the tunnel is over
        }
    }

    private static List<String> readHead(InputStream in) throws IOException {
        List<String> lines = new ArrayList<>();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1; b = in.read()) {
            if (b == '\n') {
                String s = line.toString(StandardCharsets.ISO_8859_1).replace("\r", "");
                if (s.isEmpty()) {
                    return lines;
                }
                lines.add(s);
                line.reset();
            } else {
                line.write(b);
            }
        }
        return List.of();
    }

    private static String headerValue(List<String> head, String name) {
        for (String h : head.subList(1, head.size())) {
            int c = h.indexOf(':');
            if (c > 0 && h.substring(0, c).trim().toLowerCase(Locale.ROOT).equals(name)) {
                return h.substring(c + 1).trim();
            }
        }
        return "";
    }
}
