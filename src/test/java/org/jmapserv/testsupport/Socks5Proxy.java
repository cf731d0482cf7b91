package org.jmapserv.testsupport;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A minimal SOCKS5 proxy on 127.0.0.1 (RFC 1928 CONNECT; RFC 1929 user name and password when
 * built with credentials, otherwise "no authentication"). It records, per connection, the
 * authentication methods the client offered, the user name it sent and the target it asked for.
 */
public final class Socks5Proxy extends LoopbackSocketServer {
    /** One client connection as the proxy saw it. */
    public record Session(List<Integer> offeredMethods, String username, String target) {
    }

    private static final int NO_AUTH = 0x00;
    private static final int USER_PASS = 0x02;
    private static final int NO_ACCEPTABLE = 0xFF;

    private final String user;
    private final String password;
    private final List<Session> sessions = Collections.synchronizedList(new ArrayList<>());

    private Socks5Proxy(String user, String password) throws IOException {
        super("socks5-proxy");
        this.user = user;
        this.password = password;
        startAccepting();
    }

    /** A proxy that asks for no authentication. */
    public static Socks5Proxy open() throws IOException {
        return new Socks5Proxy(null, null);
    }

    /** A proxy that requires RFC 1929 user name and password. */
    public static Socks5Proxy requiring(String user, String password) throws IOException {
        return new Socks5Proxy(user, password);
    }

    public List<Session> sessions() {
        synchronized (sessions) {
            return List.copyOf(sessions);
        }
    }

    @Override
    void serve(Socket client) {
        try (client) {
            DataInputStream in = new DataInputStream(client.getInputStream());
            OutputStream out = client.getOutputStream();
            if (in.readUnsignedByte() != 5) {
                return;
            }
            List<Integer> methods = new ArrayList<>();
            for (int n = in.readUnsignedByte(); n > 0; n--) {
                methods.add(in.readUnsignedByte());
            }
            int wanted = user == null ? NO_AUTH : USER_PASS;
            if (!methods.contains(wanted)) {
                sessions.add(new Session(methods, null, null));
                out.write(new byte[] {5, (byte) NO_ACCEPTABLE});
                out.flush();
                return;
            }
            out.write(new byte[] {5, (byte) wanted});
            out.flush();
            String sentUser = null;
            if (wanted == USER_PASS) {
                in.readUnsignedByte(); // sub-negotiation version 1
                sentUser = readString(in);
                String sentPassword = readString(in);
                boolean ok = user.equals(sentUser) && password.equals(sentPassword);
                out.write(new byte[] {1, (byte) (ok ? 0 : 1)});
                out.flush();
                if (!ok) {
                    sessions.add(new Session(methods, sentUser, null));
                    return;
                }
            }
            String target = readConnect(in);
            sessions.add(new Session(methods, sentUser, target));
            int colon = target.lastIndexOf(':');
            try (Socket upstream = new Socket(target.substring(0, colon), Integer.parseInt(target.substring(colon + 1)))) {
                track(upstream);
                out.write(new byte[] {5, 0, 0, 1, 0, 0, 0, 0, 0, 0});
                out.flush();
                Thread pump = new Thread(() -> copy(upstream, client), "socks5-pump");
                pump.setDaemon(true);
                pump.start();
                copy(client, upstream);
            }
        } catch (IOException e) {
            // a client that hangs up mid-handshake ends its session
        }
    }

    /** Reads a CONNECT request and returns "host:port". */
    private static String readConnect(DataInputStream in) throws IOException {
        in.readUnsignedByte(); // version
        int cmd = in.readUnsignedByte();
        in.readUnsignedByte(); // reserved
        int atyp = in.readUnsignedByte();
        String host;
        if (atyp == 1 || atyp == 4) {
            byte[] addr = new byte[atyp == 1 ? 4 : 16];
            in.readFully(addr);
            host = InetAddress.getByAddress(addr).getHostAddress();
        } else if (atyp == 3) {
            host = readString(in);
        } else {
            throw new IOException("address type " + atyp);
        }
        int port = in.readUnsignedShort();
        if (cmd != 1) {
            throw new IOException("only CONNECT is supported");
        }
        return host + ":" + port;
    }

    private static String readString(DataInputStream in) throws IOException {
        byte[] b = new byte[in.readUnsignedByte()];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    private static void copy(Socket from, Socket to) {
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            byte[] buf = new byte[8192];
            for (int n = in.read(buf); n != -1; n = in.read(buf)) {
                out.write(buf, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // either side closed: the tunnel is over
        } finally {
            try {
                to.shutdownOutput();
            } catch (IOException e) {
                // already closed
            }
        }
    }
}
