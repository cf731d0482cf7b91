package org.jmapserv.server;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The request's parameters in arrival order, as mapserv's loadParams (cgiutil.c) builds them: query string or
 * form body pairs URL-decoded with '+' as space, then the Cookie header's pairs appended after them. Names match
 * case-insensitively; {@link #first} prefers the query string, {@link #last} (used by runtime substitution) the
 * cookie, as in MapServer.
 */
public final class RequestParams {

    /** One name/value pair. */
    public record Param(String name, String value) {
    }

    private final List<Param> params;

    private RequestParams(List<Param> params) {
        this.params = List.copyOf(params);
    }

    public static RequestParams of(List<Param> params) {
        return new RequestParams(params);
    }

    /** Parses {@code a=1&b=2}; pairs without '=' get an empty value, empty names are dropped. */
    public static RequestParams parseQuery(String query) {
        List<Param> out = new ArrayList<>();
        if (query != null) {
            for (String part : query.split("&")) {
                addPair(out, part, false);
            }
        }
        return new RequestParams(out);
    }

    /** A copy with the Cookie header's pairs appended (split on ';', leading spaces skipped). */
    public RequestParams withCookies(String cookieHeader) {
        if (cookieHeader == null || cookieHeader.isEmpty()) {
            return this;
        }
        List<Param> out = new ArrayList<>(params);
        for (String part : cookieHeader.split(";")) {
            addPair(out, part.stripLeading(), true);
        }
        return new RequestParams(out);
    }

    /** A copy with {@code other}'s pairs appended. */
    public RequestParams plus(RequestParams other) {
        List<Param> out = new ArrayList<>(params);
        out.addAll(other.params);
        return new RequestParams(out);
    }

    private static void addPair(List<Param> out, String part, boolean cookie) {
        if (part.isEmpty()) {
            return;
        }
        int eq = part.indexOf('=');
        String name = decode(eq < 0 ? part : part.substring(0, eq));
        String value = eq < 0 ? "" : decode(part.substring(eq + 1));
        if (!name.isEmpty()) {
            out.add(new Param(name, value));
        }
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s.replace('+', ' ');
        }
    }

    /** The first value for {@code name} (case-insensitive), or null. */
    public String first(String name) {
        for (Param p : params) {
            if (p.name().equalsIgnoreCase(name)) {
                return p.value();
            }
        }
        return null;
    }

    /** The first non-empty value for {@code name}, or null: mapserv ignores empty values in the classic form. */
    public String firstNonEmpty(String name) {
        for (Param p : params) {
            if (p.name().equalsIgnoreCase(name) && !p.value().isEmpty()) {
                return p.value();
            }
        }
        return null;
    }

    /** The last value for {@code name} (case-insensitive), or null. */
    public String last(String name) {
        String found = null;
        for (Param p : params) {
            if (p.name().equalsIgnoreCase(name)) {
                found = p.value();
            }
        }
        return found;
    }

    /** All pairs whose name starts with {@code prefix} (case-insensitive), in order. */
    public List<Param> startingWith(String prefix) {
        String lower = prefix.toLowerCase(Locale.ROOT);
        return params.stream().filter(p -> p.name().toLowerCase(Locale.ROOT).startsWith(lower)).toList();
    }

    public List<Param> all() {
        return params;
    }

    /** Names only: values may be secrets (cookies), so they never reach a log through toString. */
    @Override
    public String toString() {
        return "RequestParams" + params.stream().map(Param::name).toList();
    }
}
