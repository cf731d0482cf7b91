package org.jmapserv.ows;

/**
 * msEncodeHTMLEntities (mapstring.c): {@code & < > " '} as entities, everything else unchanged. Every value the
 * OWS writers take from metadata or the request goes through it before it lands in XML.
 */
public final class HtmlEntities {

    private HtmlEntities() {
    }

    public static String encode(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (rep != null && b == null) {
                b = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (b != null) {
                if (rep != null) {
                    b.append(rep);
                } else {
                    b.append(c);
                }
            }
        }
        return b == null ? s : b.toString();
    }
}
