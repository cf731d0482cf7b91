package org.jmapserv.server;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.Response;

/**
 * One line per request: client address, method, path and query with secret-looking values masked (passwords,
 * keys, tokens, cookies, credentials in URLs), status and duration. Request headers — Cookie and Authorization
 * included — are never logged.
 */
public final class AccessLog implements RequestLog {

    private static final Pattern SECRET_PARAM = Pattern.compile(
            "((?:^|&)[^=&]*(?:pass|pwd|secret|token|key|cookie|auth|session|credential)[^=&]*=)([^&]*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern URL_USERINFO = Pattern.compile("(://)[^/@\\s]*@");

    private final Consumer<String> sink;

    public AccessLog(Consumer<String> sink) {
        this.sink = sink;
    }

    @Override
    public void log(Request request, Response response) {
        String query = request.getHttpURI().getQuery();
        long ms = (System.nanoTime() - request.getBeginNanoTime()) / 1_000_000;
        sink.accept(Request.getRemoteAddr(request) + " " + request.getMethod() + " " + request.getHttpURI().getPath()
                + (query == null ? "" : "?" + mask(query)) + " " + response.getStatus() + " " + ms + "ms");
    }

    /** The query with secret parameter values and URL credentials replaced by "***". */
    public static String mask(String query) {
        Matcher m = SECRET_PARAM.matcher(query);
        String masked = m.replaceAll(r -> Matcher.quoteReplacement(r.group(1)) + "***");
        masked = URL_USERINFO.matcher(masked).replaceAll("$1***@");
        String lower = masked.toLowerCase(Locale.ROOT);
        return lower.contains("%40") ? masked.replaceAll("(?i)(%3A%2F%2F)[^&%]*(%3A[^&%]*)?%40", "$1***%40") : masked;
    }
}
