package org.jmapserv.mapfile.model.expr;

/**
 * C's {@code atof}: the longest numeric prefix after leading white space, 0 when there is none. This is
 * how MapServer turns a numeric binding {@code [x]} into a number (yylex in mapparser.y), so
 * {@code "12abc"} is 12 and {@code "abc"} is 0. Also accepts {@code inf}, {@code infinity}, {@code nan}
 * and hexadecimal integers, as glibc's strtod does.
 */
public final class Atof {

    private Atof() {
    }

    public static double parse(String s) {
        if (s == null) {
            return 0;
        }
        int n = s.length();
        int i = 0;
        while (i < n && isSpace(s.charAt(i))) {
            i++;
        }
        int start = i;
        boolean negative = i < n && s.charAt(i) == '-';
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        if (startsWithIgnoreCase(s, i, "inf")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (startsWithIgnoreCase(s, i, "nan")) {
            return Double.NaN;
        }
        if (startsWithIgnoreCase(s, i, "0x")) {
            return hex(s, i + 2, negative);
        }
        int digitsStart = i;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
        }
        if (i == digitsStart || (i == digitsStart + 1 && s.charAt(digitsStart) == '.')) {
            return 0;
        }
        int mantissaEnd = i;
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < n && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
                j++;
            }
            int expDigits = j;
            while (j < n && isDigit(s.charAt(j))) {
                j++;
            }
            mantissaEnd = j > expDigits ? j : i;
        }
        return Double.parseDouble(s.substring(start, mantissaEnd));
    }

    private static double hex(String s, int i, boolean negative) {
        double v = 0;
        int n = s.length();
        while (i < n && Character.digit(s.charAt(i), 16) >= 0) {
            v = v * 16 + Character.digit(s.charAt(i), 16);
            i++;
        }
        return negative ? -v : v;
    }

    private static boolean startsWithIgnoreCase(String s, int at, String prefix) {
        return s.regionMatches(true, at, prefix, 0, prefix.length());
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
    }
}
