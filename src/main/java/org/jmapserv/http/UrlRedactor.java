package org.jmapserv.http;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks secrets in URLs and headers before they reach a log line, an error or a debug dump.
 * MapServer prints full URLs and redacts only {@code password=} and {@code pwd=}; we mask more.
 *
 * <p>Masked: URL userinfo ({@code user:pass@} becomes {@code ***@}); the values of the query
 * parameters named in {@link #SECRET_PARAMETERS} (case-insensitive); the values of the
 * {@code Authorization}, {@code Proxy-Authorization}, {@code Cookie} and {@code Set-Cookie}
 * headers.
 */
public final class UrlRedactor {
    /** Query parameter names whose values are masked, compared case-insensitively. */
    public static final Set<String> SECRET_PARAMETERS = Set.of(
            "password", "passwd", "pwd", "pass", "token", "access_token", "refresh_token",
            "id_token", "api_key", "apikey", "key", "authkey", "auth", "sig", "signature",
            "secret", "client_secret", "session", "sessionid", "x-amz-signature",
            "x-amz-credential", "x-amz-security-token");

    /** Header names whose values are masked, compared case-insensitively. */
    public static final Set<String> SECRET_HEADERS =
            Set.of("authorization", "proxy-authorization", "cookie", "set-cookie");

    private static final String MASK = "***";
    private static final Pattern USERINFO = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*://)[^/?#@]*@");
    private static final Pattern PARAM = Pattern.compile("([?&;])([^=&;#]+)=([^&;#]*)");

    private UrlRedactor() {
    }

    /** The URI as text with its secrets masked. */
    public static String maskUri(URI uri) {
        return mask(uri.toString());
    }

    /** A URL string with its userinfo and secret query parameters masked; tolerates bad URLs. */
    public static String mask(String url) {
        if (url == null) {
            return "";
        }
        String noUser = USERINFO.matcher(url).replaceFirst("$1" + MASK + "@");
        Matcher m = PARAM.matcher(noUser);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(2);
            String value = isSecretParameter(name) ? MASK : m.group(3);
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + name + "=" + value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The header value as it may be logged: {@code ***} for credential-bearing headers. */
    public static String maskHeader(String name, String value) {
        return SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT)) ? MASK : value;
    }

    private static boolean isSecretParameter(String rawName) {
        String name = java.net.URLDecoder.decode(rawName, java.nio.charset.StandardCharsets.UTF_8);
        return SECRET_PARAMETERS.contains(name.toLowerCase(Locale.ROOT));
    }
}
