package org.jmapserv.query.template;

import java.nio.charset.StandardCharsets;

/** msEncodeHTMLEntities, msEncodeUrl and msEscapeJSonString (mapstring.c), as template tags apply them. */
public final class Escaping {

    private static final String URL_SAFE = "-_.!~*'()";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Escaping() {
    }

    /** &amp; &lt; &gt; &quot; and &#39;. */
    public static String html(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Bytes other than ASCII letters, digits and -_.!~*'() as %XX (a space is %20). */
    public static String url(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (byte x : org.jmapserv.data.RawText.toBytes(s)) {
            int c = x & 0xff;
            if (c < 128 && (Character.isLetterOrDigit(c) || URL_SAFE.indexOf(c) >= 0)) {
                b.append((char) c);
            } else {
                b.append('%').append(HEX[c >> 4]).append(HEX[c & 15]);
            }
        }
        return b.toString();
    }

    /** Backslash, quote and control characters escaped for a JSON string body. */
    public static String json(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
