package org.jmapserv.render.font;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the HTML entities MapServer accepts in TRUETYPE symbol CHARACTERs and label text (msDecodeHTMLEntities,
 * mapstring.c): numeric {@code &#9733;} / {@code &#x2605;} and the common named ones. Unknown entities stay as
 * written.
 */
public final class HtmlEntities {

    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);");
    private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'", "nbsp", "\u00a0", "deg", "\u00b0", "copy", "\u00a9");

    private HtmlEntities() {
    }

    public static String decode(String s) {
        if (s == null || s.indexOf('&') < 0) {
            return s;
        }
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String rep;
            if (e.startsWith("#x") || e.startsWith("#X")) {
                rep = new String(Character.toChars(Integer.parseInt(e.substring(2), 16)));
            } else if (e.startsWith("#")) {
                rep = new String(Character.toChars(Integer.parseInt(e.substring(1))));
            } else {
                rep = NAMED.getOrDefault(e, m.group());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(rep));
        }
        m.appendTail(out);
        return out.toString();
    }
}
