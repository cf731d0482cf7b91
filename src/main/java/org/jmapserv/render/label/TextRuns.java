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

    /** Run boundaries as {start, end} pairs of char indices, in logical order. */
    static List<int[]> of(String line) {
        List<int[]> out = new ArrayList<>();
        if (line.isEmpty()) {
            return out;
        }
        if (latin1(line)) {
            out.add(new int[] {0, line.length()});
            return out;
        }
        Bidi bidi = new Bidi(line, Bidi.DIRECTION_LEFT_TO_RIGHT);
        int start = 0;
        for (int i = 1; i <= line.length(); i++) {
            if (i == line.length() || bidi.getLevelAt(i) != bidi.getLevelAt(start)) {
                byScript(line, start, i, out);
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

    private static void byScript(String line, int from, int to, List<int[]> out) {
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
                out.add(new int[] {start, i});
                start = i;
            }
        }
    }
}
