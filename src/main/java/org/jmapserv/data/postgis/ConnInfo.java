package org.jmapserv.data.postgis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A libpq connection string ({@code "host=db port=5432 dbname='my db' password='it\'s'"}) split into its keywords,
 * as conninfo_parse (libpq fe-connect.c) reads it: {@code keyword = value} pairs separated by whitespace, spaces
 * allowed around {@code =}, a value either bare (up to the next whitespace, backslash escapes the next character) or
 * single-quoted (backslash escapes {@code '} and {@code \}). A later keyword overrides an earlier one. URIs
 * ({@code postgresql://...}) are refused: MapServer users write keyword strings. Messages never quote a value.
 */
public record ConnInfo(Map<String, String> values) {

    public ConnInfo {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The value of {@code keyword} (lower case), or null. */
    public String get(String keyword) {
        return values.get(keyword);
    }

    /** @throws IllegalArgumentException naming the position and the problem, never a value */
    public static ConnInfo parse(String s) {
        if (s == null) {
            return new ConnInfo(Map.of());
        }
        String t = s.strip();
        if (t.startsWith("postgresql://") || t.startsWith("postgres://")) {
            throw new IllegalArgumentException("connection URIs are not supported, write keyword=value pairs");
        }
        Map<String, String> out = new LinkedHashMap<>();
        int i = 0, n = s.length();
        while (true) {
            while (i < n && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            while (i < n && s.charAt(i) != '=' && !Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            String key = s.substring(start, i).toLowerCase(Locale.ROOT);
            while (i < n && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (i >= n || s.charAt(i) != '=') {
                throw new IllegalArgumentException("missing \"=\" after \"" + key + "\" in connection info string");
            }
            i++;
            while (i < n && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            StringBuilder v = new StringBuilder();
            if (i < n && s.charAt(i) == '\'') {
                i++;
                boolean closed = false;
                while (i < n) {
                    char c = s.charAt(i++);
                    if (c == '\\' && i < n) {
                        v.append(s.charAt(i++));
                    } else if (c == '\'') {
                        closed = true;
                        break;
                    } else {
                        v.append(c);
                    }
                }
                if (!closed) {
                    throw new IllegalArgumentException("unterminated quoted string in connection info string");
                }
            } else {
                while (i < n && !Character.isWhitespace(s.charAt(i))) {
                    char c = s.charAt(i++);
                    if (c == '\\' && i < n) {
                        v.append(s.charAt(i++));
                    } else {
                        v.append(c);
                    }
                }
            }
            out.put(key, v.toString());
        }
        return new ConnInfo(out);
    }

    /** The string with every password value replaced by {@code ***}: safe for messages and logs. */
    public static String mask(String connection) {
        if (connection == null) {
            return null;
        }
        return connection.replaceAll("(?i)(password\\s*=\\s*)('(?:[^'\\\\]|\\\\.)*'?|\\S*)", "$1***");
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        values.forEach((k, v) -> b.append(b.length() == 0 ? "" : " ").append(k).append('=')
                .append(k.equals("password") ? "***" : v));
        return b.toString();
    }
}
