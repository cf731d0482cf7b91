package org.jmapserv.render.font;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;

/**
 * A sized FONT list a label needs more than its first font from: msLayoutTextSymbol (textlayout.c) cuts each
 * line into runs (bidi level, then script) and get_face_for_run gives each run, first, a font whose language
 * prefix matches the run's script ({@link ScriptPrefix}) and that holds every glyph of the run; failing that, the
 * first listed font (prefixed or not) holding every glyph; else the last font, which draws what it lacks as '?'.
 * It is the first font to everything that measures a single face (point size, line spacing); only the text
 * shaper looks at the chain. Labels the first font draws whole, from a list without prefixes, never get a chain,
 * so the common path stays a plain {@link Font}.
 */
public final class FontChain extends Font {

    private static final long serialVersionUID = 1L;

    private final transient List<Font> fonts;
    /** Each font's language prefix ("ar:"), "" for none. */
    private final transient List<String> prefixes;

    private FontChain(List<Font> fonts, List<String> prefixes) {
        super(fonts.get(0));
        this.fonts = List.copyOf(fonts);
        this.prefixes = List.copyOf(prefixes);
    }

    /** The chain of {@code faces} (in list order, no prefixes) at {@code size} points. */
    public static FontChain sized(List<Font> faces, double size) {
        return sized(faces, faces.stream().map(f -> "").toList(), size);
    }

    /** The chain of {@code faces} with their language {@code prefixes} ("" for none) at {@code size} points. */
    public static FontChain sized(List<Font> faces, List<String> prefixes, double size) {
        List<Font> sized = new ArrayList<>(faces.size());
        for (Font f : faces) {
            sized.add(FontRegistry.sized(f, size));
        }
        return new FontChain(sized, prefixes);
    }

    /** The fonts in list order. */
    public List<Font> fonts() {
        return fonts;
    }

    /** get_face_for_run without a script prefix: the first font holding every character, else the last font. */
    public Font fontForRun(String run) {
        return fontForRun(run, null);
    }

    /**
     * get_face_for_run: the first font prefixed by {@code prefix} (may be null) that holds every character of
     * {@code run}, else the first font of the list that does, else the last font.
     */
    public Font fontForRun(String run, String prefix) {
        if (prefix != null) {
            for (int i = 0; i < fonts.size(); i++) {
                if (prefixes.get(i).equals(prefix) && fonts.get(i).canDisplayUpTo(run) < 0) {
                    return fonts.get(i);
                }
            }
        }
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
        return o instanceof FontChain c && c.fonts.equals(fonts) && c.prefixes.equals(prefixes);
    }

    @Override
    public int hashCode() {
        return fonts.hashCode() * 31 + prefixes.hashCode();
    }
}
