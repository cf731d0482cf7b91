package org.jmapserv.render.label;

/**
 * Label text shaping before layout, as msShapeText / msWrapText (maplabel.c): WRAP alone breaks at every wrap
 * character; with MAXLENGTH it breaks only where a line would exceed MAXLENGTH characters; MAXLENGTH without WRAP
 * drops labels longer than MAXLENGTH. Also the MapServer 8 sizes of the SIZE keywords.
 */
public final class LabelText {

    private LabelText() {
    }

    /** The text with line breaks as '\n', or {@code null} when MAXLENGTH rules the label out. */
    public static String wrap(String text, String wrap, int maxLength) {
        if (wrap == null || wrap.isEmpty()) {
            return maxLength > 0 && text.length() > maxLength ? null : text;
        }
        char w = wrap.charAt(0);
        if (maxLength <= 0) {
            return text.replace(w, '\n');
        }
        StringBuilder out = new StringBuilder();
        int lineLength = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == w && lineLength >= maxLength) {
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
