package org.jmapserv.render.font;

import java.awt.Font;
import java.util.List;

/**
 * A sized FONT list whose first font cannot draw the whole label: msLayoutTextSymbol (textlayout.c) cuts each
 * line into runs (bidi level, then script) and get_face_for_run gives each run the first listed font holding
 * every glyph of the run, else the last font, which draws what it lacks as '?'. It is the first font to
 * everything that measures a single face (point size, line spacing); only the text shaper looks at the chain.
 * Labels the first font draws whole never get a chain, so the common path stays a plain {@link Font}.
 */
public final class FontChain extends Font {

    private static final long serialVersionUID = 1L;

    private final transient List<Font> fonts;

    private FontChain(List<Font> fonts) {
        super(fonts.get(0));
        this.fonts = List.copyOf(fonts);
    }

    /** The chain of {@code faces} (in list order) at {@code size} points. */
    public static FontChain sized(List<Font> faces, double size) {
        return new FontChain(faces.stream().map(f -> FontRegistry.sized(f, size)).toList());
    }

    /** The fonts in list order. */
    public List<Font> fonts() {
        return fonts;
    }

    /** get_face_for_run: the first font holding every character of {@code run}, else the last font. */
    public Font fontForRun(String run) {
        for (Font f : fonts) {
            if (f.canDisplayUpTo(run) < 0) {
                return f;
            }
        }
        return fonts.get(fonts.size() - 1);
    }

    @Override
    public boolean canDisplay(int codePoint) {
        for (Font f : fonts) {
            if (f.canDisplay(codePoint)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean canDisplay(char c) {
        return canDisplay((int) c);
    }

    @Override
    public int canDisplayUpTo(String str) {
        for (int i = 0; i < str.length(); ) {
            int cp = str.codePointAt(i);
            if (!canDisplay(cp)) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FontChain c && c.fonts.equals(fonts);
    }

    @Override
    public int hashCode() {
        return fonts.hashCode();
    }
}
