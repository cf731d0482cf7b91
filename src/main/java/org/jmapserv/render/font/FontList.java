package org.jmapserv.render.font;

import java.util.ArrayList;
import java.util.List;

/**
 * A LABEL FONT naming several fonts, as msFontsetLookupFonts splits it: comma-separated aliases, white space
 * around them ignored, each optionally prefixed by a language tag ({@code "ar:arabic,default"}) that only
 * steers HarfBuzz's shaping and is not part of the alias.
 */
public final class FontList {

    private FontList() {
    }

    /** Whether {@code font} is more than one plain alias. */
    public static boolean isList(String font) {
        return font.indexOf(',') >= 0 || font.indexOf(':') >= 0;
    }

    /** The aliases in order, language prefixes removed, empty entries dropped. */
    public static List<String> aliases(String font) {
        List<String> out = new ArrayList<>();
        for (String part : font.split(",")) {
            String alias = part.strip();
            int colon = alias.indexOf(':');
            if (colon >= 0) {
                alias = alias.substring(colon + 1).strip();
            }
            if (!alias.isEmpty()) {
                out.add(alias);
            }
        }
        return out;
    }
}
