package org.jmapserv.render.label;

/**
 * Label text shaping before layout, as msShapeText / msWrapText (maplabel.c): WRAP alone breaks at every wrap
 * character; with MAXLENGTH it breaks only where a line already holds MAXLENGTH characters, at a wrap character
 * or a zero-width space (U+200B). MAXLENGTH without WRAP
 * does nothing in MapServer 8.0 (the documentation says such labels are dropped; 8.0 draws them). Also the MapServer 8 sizes of the SIZE keywords.
 */
public final class LabelText {

    private LabelText() {
    }

    private static final char ZERO_WIDTH_SPACE = '\u200B';

    /** The text with line breaks as '\n', or {@code null} when MAXLENGTH rules the label out. */
    public static String wrap(String text, String wrap, int maxLength) {
        if (wrap == null || wrap.isEmpty()) {
            return text; // MapServer 8 draws a label longer than MAXLENGTH when there is no WRAP (probed)
        }
        char w = wrap.charAt(0);
        if (maxLength <= 0) {
            return text.replace(w, '\n');
        }
        StringBuilder out = new StringBuilder();
        int lineLength = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // with MAXLENGTH a zero-width space is a break opportunity too (probed on MapServer 8.0)
            if ((c == w || c == ZERO_WIDTH_SPACE) && lineLength >= maxLength) {
                out.append('\n');
                lineLength = 0;
            } else {
                out.append(c);
                lineLength++;
            }
        }
        return out.toString();
    }

    /** TINY..GIANT as MapServer maps them ({@link org.jmapserv.render.font.DefaultFont#keywordSize}). */
    public static double keywordSize(String keyword) {
        return org.jmapserv.render.font.DefaultFont.keywordSize(keyword);
    }
}
