package org.jmapserv.render.font;

import java.util.ArrayList;
import java.util.List;

/**
 * A LABEL FONT naming several fonts, as msFontsetLookupFonts and get_face_for_run (textlayout.c) read it:
 * comma-separated aliases, white space around them ignored, each optionally prefixed by a language tag
 * ({@code "ar:arabic,default"}) that makes the font the first choice for runs of that script.
 */
public final class FontList {

    private FontList() {
    }

    /** One entry: its language prefix with the colon ({@code "ar:"}), or "" when none, and the alias. */
    public record Entry(String prefix, String alias) {
    }

    /** Whether {@code font} is more than one plain alias. */
    public static boolean isList(String font) {
        return font.indexOf(',') >= 0 || font.indexOf(':') >= 0;
    }

    /** The aliases in order, language prefixes removed, empty entries dropped. */
    public static List<String> aliases(String font) {
        return entries(font).stream().map(Entry::alias).toList();
    }

    /** The entries in order, empty ones dropped. */
    public static List<Entry> entries(String font) {
        List<Entry> out = new ArrayList<>();
        for (String part : font.split(",")) {
            String alias = part.strip();
            String prefix = "";
            int colon = alias.indexOf(':');
            if (colon >= 0) {
                prefix = alias.substring(0, colon + 1);
                alias = alias.substring(colon + 1).strip();
            }
            if (!alias.isEmpty()) {
                out.add(new Entry(prefix, alias));
            }
        }
        return out;
    }
}
