package org.jmapserv.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

/**
 * An endpoint that performs the NTLM handshake as written in [MS-NLMP]: 401 with
 * {@code WWW-Authenticate: NTLM}; the client's NEGOTIATE (type 1) gets a CHALLENGE (type 2);
 * the client's AUTHENTICATE (type 3) is decoded and recorded (user, domain, workstation, the
 * connection it came on, the NT response length) and answered 200 "ntlm ok" when the user name
 * matches. It does not verify the NT response hash: the test pins what the client sent.
 */
public final class NtlmAuthEndpoint implements HttpHandler {
    /** A decoded type 3 message and the client port of the connection that carried it. */
    public record Authenticate(String user, String domain, String workstation, int ntResponseLength,
            int clientPort) {
    }

    private static final byte[] SIGNATURE = "NTLMSSP\0".getBytes(StandardCharsets.US_ASCII);
    private static final int UNICODE = 0x1;
    private static final int NTLM = 0x200;
    private static final int TARGET_INFO = 0x800000;

    private final String expectedUser;
    private final List<Integer> negotiatePorts = Collections.synchronizedList(new ArrayList<>());
    private final List<Authenticate> authenticates = Collections.synchronizedList(new ArrayList<>());

    public NtlmAuthEndpoint(String expectedUser) {
        this.expectedUser = expectedUser;
    }

    /** Client ports of the connections that sent a type 1 message. */
    public List<Integer> negotiatePorts() {
        synchronized (negotiatePorts) {
            return List.copyOf(negotiatePorts);
        }
    }

    public List<Authenticate> authenticates() {
        synchronized (authenticates) {
            return List.copyOf(authenticates);
        }
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        byte[] msg = auth != null && auth.startsWith("NTLM ") ? Base64.getDecoder().decode(auth.substring(5).trim()) : null;
        int type = msg == null ? 0 : messageType(msg);
        if (type == 1) {
            negotiatePorts.add(ex.getRemoteAddress().getPort());
            challenge(ex, "NTLM " + Base64.getEncoder().encodeToString(challengeMessage()));
            return;
        }
        if (type == 3) {
            Authenticate a = decode(msg, ex.getRemoteAddress().getPort());
            authenticates.add(a);
            if (expectedUser.equals(a.user())) {
                Responders.text(200, "ntlm ok").handle(ex);
                return;
            }
        }
        challenge(ex, "NTLM");
    }

    private static void challenge(HttpExchange ex, String header) throws IOException {
        ex.getResponseHeaders().set("WWW-Authenticate", header);
        ex.sendResponseHeaders(401, -1);
    }

    private static int messageType(byte[] m) {
        if (m.length < 12 || !Arrays.equals(Arrays.copyOf(m, 8), SIGNATURE)) {
            return -1;
        }
        return le(m).getInt(8);
    }

    /** CHALLENGE_MESSAGE: empty target name, flags, 8-byte server challenge, empty target info. */
    private static byte[] challengeMessage() {
        ByteBuffer b = ByteBuffer.allocate(48).order(ByteOrder.LITTLE_ENDIAN);
        b.put(SIGNATURE).putInt(2);
        b.putShort((short) 0).putShort((short) 0).putInt(48); // target name
        b.putInt(UNICODE | NTLM | TARGET_INFO);
        b.put(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}); // server challenge
        b.putLong(0); // reserved
        b.putShort((short) 0).putShort((short) 0).putInt(48); // target info
        return b.array();
    }

    private static Authenticate decode(byte[] m, int port) {
        ByteBuffer b = le(m);
        boolean unicode = m.length >= 64 && (b.getInt(60) & UNICODE) != 0;
        return new Authenticate(field(m, 36, unicode), field(m, 28, unicode), field(m, 44, unicode),
                b.getShort(20) & 0xFFFF, port);
    }

    /** A security buffer (length, max length, offset) at {@code at}, as text. */
    private static String field(byte[] m, int at, boolean unicode) {
        ByteBuffer b = le(m);
        int len = b.getShort(at) & 0xFFFF;
        int off = b.getInt(at + 4);
        if (len == 0 || off + len > m.length) {
            return "";
        }
        return new String(m, off, len, unicode ? StandardCharsets.UTF_16LE : StandardCharsets.US_ASCII);
    }

    private static ByteBuffer le(byte[] m) {
        return ByteBuffer.wrap(m).order(ByteOrder.LITTLE_ENDIAN);
    }
}
