package org.jmapserv.render.layer;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * C's sprintf for the one conversion of a graticule LABELFORMAT ({@code %[flags][width][.precision](f|e|g|d)}),
 * so labels read as MapServer's _FormatLabel prints them: %g picks fixed or exponent form by the exponent and drops
 * trailing zeros, unlike Java's %g. Text around the conversion is kept; {@code %%} is a percent sign.
 */
final class CFormat {

    private static final Pattern SPEC = Pattern.compile("%([-+ 0#]*)(\\d*)(?:\\.(\\d+))?([a-zA-Z%])");

    private CFormat() {
    }

    /** {@code format} applied to {@code value}; ints for %d/%i, the double for the others. */
    static String format(String format, double value) {
        Matcher m = SPEC.matcher(format);
        StringBuilder out = new StringBuilder();
        int last = 0;
        boolean used = false;
        while (m.find()) {
            out.append(format, last, m.start());
            last = m.end();
            char conv = m.group(4).charAt(0);
            if (conv == '%') {
                out.append('%');
                continue;
            }
            if (used) {
                out.append(m.group()); // a second conversion has no argument: leave it as written
                continue;
            }
            used = true;
            String flags = m.group(1);
            int width = m.group(2).isEmpty() ? 0 : Integer.parseInt(m.group(2));
            int prec = m.group(3) == null ? -1 : Integer.parseInt(m.group(3));
            String body = switch (Character.toLowerCase(conv)) {
                case 'f' -> fixed(value, prec < 0 ? 6 : prec);
                case 'e' -> exponent(value, prec < 0 ? 6 : prec);
                case 'g' -> general(value, prec < 0 ? 6 : Math.max(prec, 1), flags.contains("#"));
                case 'd', 'i' -> Long.toString((long) value);
                default -> m.group();
            };
            if (Character.isUpperCase(conv)) {
                body = body.toUpperCase(Locale.ROOT);
            }
            if (flags.contains("+") && !body.startsWith("-")) {
                body = "+" + body;
            } else if (flags.contains(" ") && !body.startsWith("-")) {
                body = " " + body;
            }
            out.append(pad(body, width, flags.contains("-"), flags.contains("0")));
        }
        out.append(format.substring(last));
        return out.toString();
    }

    static String fixed(double v, int prec) {
        return new BigDecimal(v).setScale(prec, java.math.RoundingMode.HALF_EVEN).toPlainString();
    }

    static String exponent(double v, int prec) {
        String s = String.format(Locale.ROOT, "%." + prec + "e", v);
        // Java writes e+01 already; C writes at least two exponent digits, as here
        return s;
    }

    static String general(double v, int prec, boolean keepZeros) {
        if (v == 0) {
            return keepZeros ? fixed(0, prec - 1) : "0";
        }
        String e = String.format(Locale.ROOT, "%." + (prec - 1) + "e", v);
        int x = Integer.parseInt(e.substring(e.indexOf('e') + 1));
        String s = prec > x && x >= -4 ? fixed(v, prec - 1 - x) : e;
        if (keepZeros) {
            return s;
        }
        int ei = s.indexOf('e');
        String mant = ei < 0 ? s : s.substring(0, ei);
        String exp = ei < 0 ? "" : s.substring(ei);
        if (mant.contains(".")) {
            mant = mant.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return mant + exp;
    }

    private static String pad(String s, int width, boolean left, boolean zeros) {
        if (s.length() >= width) {
            return s;
        }
        String fill = (zeros && !left ? "0" : " ").repeat(width - s.length());
        if (left) {
            return s + fill;
        }
        if (zeros && (s.startsWith("-") || s.startsWith("+"))) {
            return s.charAt(0) + fill + s.substring(1);
        }
        return fill + s;
    }
}
