package org.jmapserv.data;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Attribute text kept as MapServer 8.0 keeps it when a layer has no ENCODING: the file's raw bytes, read as
 * UTF-8 downstream. Valid UTF-8 sequences become their characters; every other byte becomes the lone surrogate
 * U+DC00+byte (Python's "surrogateescape"), so such a value never equals a (UTF-8) mapfile string — as in 8.0,
 * where {@code "[name]" = "Zürich"} compares bytes and a latin1 {@code Z\xFCrich} does not match — and the
 * original bytes can be written back out unchanged ({@link #toBytes}), as mapserv's templates do. For drawing,
 * {@link #forDisplay} maps each escaped byte to the code point of the same number, which is what
 * msUTF8ToUniChar (Tcl's UtfToUniChar, maptclutf.c) does with a byte that starts no valid sequence.
 */
public final class RawText {

    private static final char ESCAPE_BASE = '\uDC00';

    private RawText() {
    }

    /** The bytes {@code [start, end)} of {@code bytes} as described above. */
    public static String decode(byte[] bytes, int start, int end) {
        StringBuilder out = new StringBuilder(end - start);
        int i = start;
        while (i < end) {
            int b = bytes[i] & 0xFF;
            int trail = b >= 0xF0 && b <= 0xF4 ? 3 : b >= 0xE0 ? (b <= 0xEF ? 2 : -1) : b >= 0xC2 ? 1 : 0;
            if (b < 0x80) {
                out.append((char) b);
                i++;
                continue;
            }
            int cp = trail > 0 ? sequence(bytes, i, end, b, trail) : -1;
            if (cp < 0) {
                out.append((char) (ESCAPE_BASE + b));
                i++;
            } else {
                out.appendCodePoint(cp);
                i += trail + 1;
            }
        }
        return out.toString();
    }

    private static int sequence(byte[] bytes, int i, int end, int lead, int trail) {
        if (i + trail >= end) {
            return -1;
        }
        int cp = lead & (0x3F >> trail);
        for (int k = 1; k <= trail; k++) {
            int c = bytes[i + k] & 0xFF;
            if ((c & 0xC0) != 0x80) {
                return -1;
            }
            cp = (cp << 6) | (c & 0x3F);
        }
        int min = trail == 1 ? 0x80 : trail == 2 ? 0x800 : 0x10000;
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            return -1; // overlong, out of range or a surrogate: not text, keep the bytes
        }
        return cp;
    }

    /** {@code text} with escaped bytes turned into the characters 8.0 draws for them (U+0080..U+00FF). */
    public static String forDisplay(String text) {
        if (text == null || !hasEscapes(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(isEscape(text, i) ? (char) (c - ESCAPE_BASE) : c);
        }
        return out.toString();
    }

    /** The bytes MapServer would write for {@code text}: UTF-8, with escaped bytes restored as they were. */
    public static byte[] toBytes(String text) {
        if (!hasEscapes(text)) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() + 8);
        int runStart = 0;
        for (int i = 0; i < text.length(); i++) {
            if (isEscape(text, i)) {
                out.writeBytes(text.substring(runStart, i).getBytes(StandardCharsets.UTF_8));
                out.write(text.charAt(i) - ESCAPE_BASE);
                runStart = i + 1;
            }
        }
        out.writeBytes(text.substring(runStart).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** Whether {@code text} holds bytes that were not valid UTF-8. */
    public static boolean hasEscapes(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isEscape(text, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isEscape(String text, int i) {
        char c = text.charAt(i);
        return c >= '\uDC80' && c <= '\uDCFF' && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
    }
}
