package org.jmapserv.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTTP Digest endpoint (RFC 7616, MD5, qop=auth) written from the RFC: challenges without a
 * valid Authorization, verifies the response hash, replies 200 "digest ok" when it matches.
 */
public final class DigestAuthEndpoint implements HttpHandler {
    private static final Pattern PARAM = Pattern.compile("(\\w+)=(?:\"([^\"]*)\"|([^,\\s]*))");
    private final String realm = "digest-test";
    private final String nonce = HexFormat.of().formatHex(md5(String.valueOf(System.nanoTime())));
    private final String user;
    private final String password;

    private final HttpHandler onSuccess;

    public DigestAuthEndpoint(String user, String password) {
        this(user, password, Responders.text(200, "digest ok"));
    }

    /** Hands requests that pass the digest check to {@code onSuccess} (e.g. a fake WMS). */
    public DigestAuthEndpoint(String user, String password, HttpHandler onSuccess) {
        this.user = user;
        this.password = password;
        this.onSuccess = onSuccess;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        if (auth != null && auth.startsWith("Digest ") && valid(parse(auth.substring(7)), ex.getRequestMethod())) {
            onSuccess.handle(ex);
            return;
        }
        ex.getResponseHeaders().set("WWW-Authenticate", "Digest realm=\"" + realm + "\", qop=\"auth\", nonce=\""
                + nonce + "\", algorithm=MD5");
        ex.sendResponseHeaders(401, -1);
    }

    private boolean valid(Map<String, String> p, String method) {
        if (!user.equals(p.get("username")) || !nonce.equals(p.get("nonce")) || !realm.equals(p.get("realm"))) {
            return false;
        }
        String ha1 = hex(user + ":" + realm + ":" + password);
        String ha2 = hex(method + ":" + p.get("uri"));
        String expected = hex(ha1 + ":" + nonce + ":" + p.get("nc") + ":" + p.get("cnonce") + ":" + p.get("qop") + ":" + ha2);
        return expected.equalsIgnoreCase(p.get("response"));
    }

    private static Map<String, String> parse(String s) {
        Map<String, String> m = new HashMap<>();
        Matcher x = PARAM.matcher(s);
        while (x.find()) {
            m.put(x.group(1), x.group(2) != null ? x.group(2) : x.group(3));
        }
        return m;
    }

    private static String hex(String s) {
        return HexFormat.of().formatHex(md5(s));
    }

    private static byte[] md5(String s) {
        try {
            return MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
