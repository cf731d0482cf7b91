package org.jmapserv.render.font;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * MapServer's built-in font: the DejaVu Sans Condensed face that fontcache.c (msGetDefaultFontFace) compiles in
 * and uses for every label, legend or scalebar text that names no FONT, and for TYPE BITMAP labels. The TTF is
 * bundled as a class-path resource (Bitstream Vera / DejaVu licence, LICENSE-DejaVu.txt beside it) and loaded
 * once.
 */
public final class DefaultFont {

    /** The file name of the bundled face, as Debian's fonts-dejavu-extra ships it. */
    public static final String RESOURCE = "DejaVuSansCondensed.ttf";

    private DefaultFont() {
    }

    /**
     * The SIZE of a TINY..GIANT keyword (MS_TINY 5, MS_SMALL 7, MS_MEDIUM 10, MS_LARGE 13, MS_GIANT 16 in
     * mapserver.h), which MapServer 8 draws with this face; anything else is MEDIUM, the LABEL default.
     */
    public static double keywordSize(String keyword) {
        if (keyword == null) {
            return 10;
        }
        return switch (keyword.toUpperCase(java.util.Locale.ROOT)) {
            case "TINY" -> 5;
            case "SMALL" -> 7;
            case "LARGE" -> 13;
            case "GIANT" -> 16;
            default -> 10;
        };
    }

    /** The 1-point face; derive sizes with {@link FontRegistry#sized}. */
    public static Font face() {
        return Holder.FACE;
    }

    private static final class Holder {
        static final Font FACE = load();

        private static Font load() {
            try (InputStream in = DefaultFont.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the built-in font " + RESOURCE + " is missing from the class path");
                }
                return Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("the built-in font " + RESOURCE + " is unreadable", e);
            }
        }
    }
}
