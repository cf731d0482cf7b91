package org.jmapserv.render.label;

import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;

/**
 * The runs msLayoutTextSymbol (textlayout.c) cuts a line into before choosing a font for each: a line of
 * characters below U+02B0 is one run; any other line is cut where the bidi embedding level changes (FriBidi with
 * a left-to-right paragraph) and then, within each piece, where the script changes, COMMON and INHERITED
 * characters taking the script before them (or, at the start, the one after them) as get_scripts does.
 */
final class TextRuns {

    private TextRuns() {
    }

    /**
     * One run: char indices {@code [start, end)}, its bidi embedding level (-1 for the single run of a Latin-1
     * line, which MapServer neither reorders nor shapes) and its script (LATIN for a Latin-1 line; COMMON for a
     * run of digits, blanks or punctuation alone).
     */
    record Run(int start, int end, int level, Character.UnicodeScript script) {

        /** Whether MapServer sets the run glyph after glyph ("basic shaper") rather than through HarfBuzz. */
        boolean basic() {
            return level < 0 || script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.COMMON;
        }

        /** Whether HarfBuzz shapes the run right to left (an odd embedding level). */
        boolean rightToLeft() {
            return level >= 0 && level % 2 == 1;
        }
    }

    /** The runs of a line, in logical order. */
    static List<Run> of(String line) {
        List<Run> out = new ArrayList<>();
        if (line.isEmpty()) {
            return out;
        }
        if (latin1(line)) {
            out.add(new Run(0, line.length(), -1, Character.UnicodeScript.LATIN));
            return out;
        }
        Bidi bidi = new Bidi(line, Bidi.DIRECTION_LEFT_TO_RIGHT);
        int start = 0;
        for (int i = 1; i <= line.length(); i++) {
            if (i == line.length() || bidi.getLevelAt(i) != bidi.getLevelAt(start)) {
                byScript(line, start, i, bidi.getLevelAt(start), out);
                start = i;
            }
        }
        return out;
    }

    private static boolean latin1(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) >= 0x2B0) {
                return false;
            }
        }
        return true;
    }

    private static void byScript(String line, int from, int to, int level, List<Run> out) {
        Character.UnicodeScript[] scripts = new Character.UnicodeScript[to - from];
        Character.UnicodeScript last = null;
        boolean backwards = false;
        for (int i = from; i < to; i++) {
            Character.UnicodeScript s = Character.UnicodeScript.of(line.codePointAt(i));
            if (s == Character.UnicodeScript.COMMON || s == Character.UnicodeScript.INHERITED) {
                if (last != null) {
                    s = last;
                } else {
                    backwards = true;
                }
            } else {
                last = s;
            }
            scripts[i - from] = s;
        }
        last = null;
        for (int i = to - 1; i >= from && backwards; i--) {
            Character.UnicodeScript s = scripts[i - from];
            if (s == Character.UnicodeScript.COMMON || s == Character.UnicodeScript.INHERITED) {
                if (last != null) {
                    scripts[i - from] = last;
                }
            } else {
                last = s;
            }
        }
        int start = from;
        for (int i = from + 1; i <= to; i++) {
            // a low surrogate belongs to the code point before it
            if (i < to && Character.isLowSurrogate(line.charAt(i))) {
                scripts[i - from] = scripts[i - from - 1];
                continue;
            }
            if (i == to || scripts[i - from] != scripts[start - from]) {
                out.add(new Run(start, i, level, scripts[start - from]));
                start = i;
            }
        }
    }
}
