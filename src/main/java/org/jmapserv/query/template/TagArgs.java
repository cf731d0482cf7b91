package org.jmapserv.query.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finding tags and reading their arguments as maptemplate.c does: findTag ({@code [name]} or {@code [name ...]}),
 * findTagEnd (the next ']' outside double quotes) and getTagArgs (space-separated {@code key=value} pairs, quotes
 * grouping, a bare key meaning "1").
 */
final class TagArgs {

    private TagArgs() {
    }

    /** Index of the first {@code [name]} or {@code [name ...} at or after {@code from}, or -1. */
    static int find(String s, String name, int from) {
        String open = "[" + name;
        int i = s.indexOf(open, from);
        while (i >= 0) {
            int after = i + open.length();
            if (after < s.length() && (s.charAt(after) == ']' || s.charAt(after) == ' ')) {
                return i;
            }
            i = s.indexOf(open, after);
        }
        return -1;
    }

    /** Index of the ']' closing the tag starting at {@code start}, or -1. */
    static int end(String s, int start) {
        boolean quoted = false;
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ']' && !quoted) {
                return i;
            }
        }
        return -1;
    }

    /** The arguments of the tag {@code name} starting at {@code start}. */
    static Map<String, String> parse(String s, String name, int start) {
        Map<String, String> out = new LinkedHashMap<>();
        int end = end(s, start);
        if (end < 0) {
            return out;
        }
        String args = s.substring(start + name.length() + 1, end);
        for (String token : tokenize(args)) {
            if (token.isEmpty()) {
                continue;
            }
            int eq = token.indexOf('=');
            if (eq >= 0) {
                out.putIfAbsent(token.substring(0, eq).toLowerCase(java.util.Locale.ROOT), token.substring(eq + 1));
            } else {
                out.putIfAbsent(token.toLowerCase(java.util.Locale.ROOT), "1");
            }
        }
        return out;
    }

    /** msStringTokenize with quote handling: split on spaces outside double quotes, quotes removed. */
    private static List<String> tokenize(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ' ' && !quoted) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
