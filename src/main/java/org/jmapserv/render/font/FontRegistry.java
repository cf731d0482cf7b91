package org.jmapserv.render.font;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads TrueType fonts named through a {@link FontSet} once per file (msGetFontFace's face cache, mapfontset.c)
 * and derives sized instances. Thread-safe; shared by all draws of a {@code MapRenderer}. MapServer's text
 * sizes are FreeType pixel sizes at 96 dpi of a nominal point size, so {@link #sized} scales by 96/72 and, as
 * MapServer's font cache sets whole pixel sizes on the face (MS_NINT(size * 96/72)), rounds to whole pixels:
 * SIZE 7 is a 9-pixel font, not 9.33 (text widths and label boxes follow).
 */
public final class FontRegistry {

    /** FreeType is set up with 96 dpi by MapServer's font cache: one "point" of SIZE is 96/72 pixels. */
    public static final double PIXELS_PER_POINT = 96.0 / 72.0;

    private final ConcurrentHashMap<Path, Font> faces = new ConcurrentHashMap<>();

    /**
     * The face for a FONT alias; with no alias, MapServer's built-in font (DejaVu Sans Condensed, which
     * fontcache.c embeds and uses whenever a label or symbol names no FONT, whatever the FONTSET holds).
     */
    public Font face(FontSet set, String alias) throws FontException {
        if (alias == null || alias.isEmpty()) {
            return DefaultFont.face();
        }
        if (FontList.isList(alias)) {
            return faces(set, alias).get(0);
        }
        return single(set, alias);
    }

    /**
     * The faces of a FONT list ({@code "a,b,c"}, entries may carry a {@code lang:} prefix), in order, leaving out
     * aliases the FONTSET does not have as MapServer's glyph lookup passes over them; fails as a single unknown
     * FONT does when none is there.
     */
    public List<Font> faces(FontSet set, String fontList) throws FontException {
        List<Font> out = new ArrayList<>();
        FontException first = null;
        for (String alias : FontList.aliases(fontList)) {
            try {
                out.add(single(set, alias));
            } catch (FontException e) {
                first = first == null ? e : first;
            }
        }
        if (out.isEmpty()) {
            throw first != null ? first : new FontException("msGetFontFace(): General error message. Empty FONT list \""
                    + fontList + "\".");
        }
        return out;
    }

    /**
     * The face that draws {@code text} for a FONT (list): MapServer takes each glyph from the first listed font
     * that has it; we take the first font that has every glyph of the text, which is the same drawing. When no
     * single font has them all, the first font is used and {@code warnings} is told: per-glyph mixing of fonts
     * is not done here.
     */
    public Font faceFor(FontSet set, String fontList, String text, java.util.function.Consumer<String> warnings)
            throws FontException {
        if (fontList == null || !FontList.isList(fontList)) {
            return face(set, fontList);
        }
        List<Font> candidates = faces(set, fontList);
        for (Font f : candidates) {
            if (f.canDisplayUpTo(text) == -1) {
                return f;
            }
        }
        warnings.accept("FONT \"" + fontList + "\": a label has characters no single font of the list holds all of; "
                + "MapServer mixes the fonts glyph by glyph, such labels are drawn with the first font only");
        return candidates.get(0);
    }

    private Font single(FontSet set, String alias) throws FontException {
        String name = alias;
        Path p = set.path(name);
        if (p == null) {
            throw new FontException("msGetFontFace(): General error message. Could not find font alias \"" + name
                    + "\" in fontset " + (set.file() == null ? "(no FONTSET defined)" : set.file()) + ".");
        }
        Font f = faces.get(p);
        if (f == null) {
            f = load(name, p);
            faces.putIfAbsent(p, f);
        }
        return f;
    }

    /**
     * The face at a MapServer label/symbol SIZE (already scaled by the layer's scale factor). msGetGlyphByIndex
     * (fontcache.c) takes the size as an unsigned int, so a fractional SIZE is cut to whole points first: SIZE 7.5
     * draws a 9-pixel font, like SIZE 7.
     */
    public static Font sized(Font face, double size) {
        return face.deriveFont((float) pixelSize(size));
    }

    /** The whole FreeType pixel size MapServer sets for a SIZE: MS_NINT(trunc(size) * 96/72). */
    public static long pixelSize(double size) {
        return Math.round(Math.floor(size) * PIXELS_PER_POINT);
    }

    private static Font load(String alias, Path p) throws FontException {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, p.toFile());
        } catch (IOException | FontFormatException e) {
            throw new FontException("msGetFontFace(): Unable to load font \"" + alias + "\" from " + p + ": "
                    + e.getMessage());
        }
    }
}
