package org.jmapserv.mapfile.model.expr;

/**
 * The string functions of expressions: commify (msCommifyString), upper/lower (msStringToUpper/Lower),
 * initcap (msStringInitCap) and firstcap (msStringFirstCap), all in mapstring.c. MapServer changes case
 * with C's toupper/tolower in the C locale, so only ASCII letters change; so do we.
 */
final class TextFunctions {

    private TextFunctions() {
    }

    static String upper(String s) {
        StringBuilder sb = new StringBuilder(s);
        for (int i = 0; i < sb.length(); i++) {
            sb.setCharAt(i, up(sb.charAt(i)));
        }
        return sb.toString();
    }

    static String lower(String s) {
        StringBuilder sb = new StringBuilder(s);
        for (int i = 0; i < sb.length(); i++) {
            sb.setCharAt(i, down(sb.charAt(i)));
        }
        return sb.toString();
    }

    /** First letter of every space-separated word upper case, the rest lower case. */
    static String initCap(String s) {
        StringBuilder sb = new StringBuilder(s);
        boolean start = true;
        for (int i = 0; i < sb.length(); i++) {
            char c = sb.charAt(i);
            if (c == ' ') {
                start = true;
            } else {
                sb.setCharAt(i, start ? up(c) : down(c));
                start = false;
            }
        }
        return sb.toString();
    }

    /** First non-space character upper case, every other one lower case. */
    static String firstCap(String s) {
        StringBuilder sb = new StringBuilder(s);
        boolean start = true;
        for (int i = 0; i < sb.length(); i++) {
            char c = sb.charAt(i);
            if (c != ' ') {
                sb.setCharAt(i, start ? up(c) : down(c));
                start = false;
            }
        }
        return sb.toString();
    }

    /** Thousands separators in the integer part: {@code 1234567.891} becomes {@code 1,234,567.891}. */
    static String commify(String s) {
        int dot = s.indexOf('.');
        if (dot >= 0 && s.indexOf('.', dot + 1) >= 0) {
            return s;
        }
        int end = dot < 0 ? s.length() : dot;
        int start = s.startsWith("-") || s.startsWith("+") ? 1 : 0;
        StringBuilder sb = new StringBuilder(s.substring(0, start));
        String digits = s.substring(start, end);
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                sb.append(',');
            }
            sb.append(digits.charAt(i));
        }
        return sb.append(s.substring(end)).toString();
    }

    private static char up(char c) {
        return c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
    }

    private static char down(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
}
