package org.jmapserv.mapfile.parse;

/**
 * Decodes a STRING token as maplexer.l's MSSTRING state does: {@code \"}, {@code \'} and {@code \\} become the
 * escaped character, any other backslash is kept, and a trailing {@code i} after the closing quote marks a
 * case-insensitive string.
 */
final class QuotedString {
    private QuotedString() {
    }

    static boolean caseInsensitive(String token) {
        char last = token.charAt(token.length() - 1);
        return last == 'i' || last == 'I';
    }

    static String value(String token) {
        int end = token.length() - (caseInsensitive(token) ? 2 : 1);
        String body = token.substring(1, end);
        if (body.indexOf('\\') < 0) {
            return body;
        }
        StringBuilder sb = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length()) {
                char n = body.charAt(i + 1);
                if (n == '"' || n == '\'' || n == '\\') {
                    sb.append(n);
                    i++;
                    continue;
                }
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
