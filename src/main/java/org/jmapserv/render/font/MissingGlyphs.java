package org.jmapserv.render.font;

import java.awt.Font;

/**
 * What MapServer 8 draws for a character none of the label's fonts has: a question mark (probed: "東京" with
 * DejaVu Sans draws "??"), not the font's empty-box .notdef glyph. Control and format characters (line breaks,
 * zero-width spaces, bidi marks) are left alone: they draw nothing either way.
 */
public final class MissingGlyphs {

    private MissingGlyphs() {
    }

    /** {@code text} with every character {@code font} cannot draw replaced by '?'; the same string if none. */
    public static String replace(Font font, String text) {
        int bad = font.canDisplayUpTo(text);
        if (bad < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int type = Character.getType(cp);
            boolean invisible = type == Character.CONTROL || type == Character.FORMAT
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
            if (invisible || font.canDisplay(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }
}
