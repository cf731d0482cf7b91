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
     * The faces that draw {@code text} for a FONT (list): the first font alone when it holds every character
     * (every run of the text then takes it, as get_face_for_run does), else the list's fonts in order, for a
     * {@link FontChain} to choose from run by run.
     */
    public List<Font> facesFor(FontSet set, String fontList, String text) throws FontException {
        if (fontList == null || !FontList.isList(fontList)) {
            return List.of(face(set, fontList));
        }
        List<Font> candidates = faces(set, fontList);
        if (candidates.size() == 1 || candidates.get(0).canDisplayUpTo(text) < 0) {
            return List.of(candidates.get(0));
        }
        return candidates;
    }

    /**
     * The sized font that draws {@code text} for a FONT (list): a plain font when one face draws every run of it
     * (a single alias, or a list without language prefixes whose first font holds the whole text), else a
     * {@link FontChain} of the list's faces and prefixes for the text shaper to choose from run by run.
     */
    public Font sizedFor(FontSet set, String fontList, String text, double size) throws FontException {
        if (fontList == null || !FontList.isList(fontList)) {
            return sized(face(set, fontList), size);
        }
        List<Font> faces = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        FontException first = null;
        for (FontList.Entry e : FontList.entries(fontList)) {
            try {
                faces.add(single(set, e.alias()));
                prefixes.add(e.prefix());
            } catch (FontException ex) {
                first = first == null ? ex : first;
            }
        }
        if (faces.isEmpty()) {
            throw first != null ? first : new FontException("msGetFontFace(): General error message. Empty FONT list \""
                    + fontList + "\".");
        }
        boolean prefixed = prefixes.stream().anyMatch(p -> !p.isEmpty());
        if (faces.size() == 1 || !prefixed && faces.get(0).canDisplayUpTo(text) < 0) {
            return sized(faces.get(0), size);
        }
        return FontChain.sized(faces, prefixes, size);
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
