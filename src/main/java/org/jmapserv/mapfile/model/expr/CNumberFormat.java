package org.jmapserv.mapfile.model.expr;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * C printf for one number: the {@code %g} that MapServer uses to turn a numeric expression into text
 * (mapparser.y, {@code snprintf(.., "%g", ..)}), and msToString (mapstring.c) behind
 * {@code tostring(x, "%.2f")}, which accepts exactly one conversion among {@code d i o u x X e E f F g G}
 * (integer conversions get the value cast to int) plus any {@code %%}.
 */
public final class CNumberFormat {

    private CNumberFormat() {
    }

    /** {@code printf("%g", v)}. */
    public static String g(double v) {
        return general(v, 6, false);
    }

    /** msToString: {@code format} with its single conversion applied to {@code value}. */
    public static String format(String format, double value) {
        StringBuilder out = new StringBuilder();
        boolean converted = false;
        int i = 0;
        while (i < format.length()) {
            char c = format.charAt(i);
            if (c != '%') {
                out.append(c);
                i++;
                continue;
            }
            if (i + 1 < format.length() && format.charAt(i + 1) == '%') {
                out.append('%');
                i += 2;
                continue;
            }
            if (converted) {
                throw new ExpressionEvaluationException("tostring() format \"" + format
                        + "\" has more than one conversion");
            }
            i = convert(format, i + 1, value, out);
            converted = true;
        }
        return out.toString();
    }

    private static int convert(String f, int i, double value, StringBuilder out) {
        String flags = "";
        while (i < f.length() && "-+ #0".indexOf(f.charAt(i)) >= 0) {
            flags += f.charAt(i++);
        }
        int width = 0;
        while (i < f.length() && Character.isDigit(f.charAt(i))) {
            width = width * 10 + (f.charAt(i++) - '0');
        }
        int precision = -1;
        if (i < f.length() && f.charAt(i) == '.') {
            i++;
            precision = 0;
            while (i < f.length() && Character.isDigit(f.charAt(i))) {
                precision = precision * 10 + (f.charAt(i++) - '0');
            }
        }
        if (i >= f.length() || "diouxXeEfFgG".indexOf(f.charAt(i)) < 0) {
            throw new ExpressionEvaluationException("tostring() format \"" + f
                    + "\" needs one of the conversions d i o u x X e E f F g G");
        }
        char conv = f.charAt(i);
        String body = body(conv, flags, precision, value);
        out.append(pad(body, flags, width));
        return i + 1;
    }

    private static String body(char conv, String flags, int precision, double value) {
        boolean alt = flags.indexOf('#') >= 0;
        String digits = switch (conv) {
            case 'd', 'i', 'u' -> Long.toString(Math.abs((long) (int) value));
            case 'o' -> Integer.toOctalString((int) value);
            case 'x' -> Integer.toHexString((int) value);
            case 'X' -> Integer.toHexString((int) value).toUpperCase(Locale.ROOT);
            case 'f', 'F' -> fixed(Math.abs(value), precision < 0 ? 6 : precision, alt);
            case 'e', 'E' -> exponential(Math.abs(value), precision < 0 ? 6 : precision, alt);
            default -> general(Math.abs(value), precision < 0 ? 6 : precision, alt);
        };
        if (Character.isUpperCase(conv)) {
            digits = digits.toUpperCase(Locale.ROOT);
        }
        boolean signed = "diufFeEgG".indexOf(conv) >= 0;
        boolean negative = signed && (conv == 'd' || conv == 'i' || conv == 'u' ? (int) value < 0
                : (value < 0 || (value == 0 && 1 / value < 0)));
        String sign = negative ? "-" : signed && flags.indexOf('+') >= 0 ? "+"
                : signed && flags.indexOf(' ') >= 0 ? " " : "";
        return sign + digits;
    }

    private static String pad(String body, String flags, int width) {
        if (body.length() >= width) {
            return body;
        }
        String fill = " ".repeat(width - body.length());
        if (flags.indexOf('-') >= 0) {
            return body + fill;
        }
        if (flags.indexOf('0') >= 0 && !body.isEmpty()) {
            int signLen = "+- ".indexOf(body.charAt(0)) >= 0 ? 1 : 0;
            return body.substring(0, signLen) + "0".repeat(width - body.length()) + body.substring(signLen);
        }
        return fill + body;
    }

    private static String fixed(double v, int precision, boolean alt) {
        if (!Double.isFinite(v)) {
            return nonFinite(v);
        }
        String s = new BigDecimal(v).setScale(precision, RoundingMode.HALF_EVEN).toPlainString();
        return alt && precision == 0 ? s + "." : s;
    }

    private static String exponential(double v, int precision, boolean alt) {
        if (!Double.isFinite(v)) {
            return nonFinite(v);
        }
        if (v == 0) {
            return fixed(0, precision, alt) + "e+00";
        }
        BigDecimal bd = new BigDecimal(v).round(new MathContext(precision + 1, RoundingMode.HALF_EVEN));
        int exp = bd.precision() - bd.scale() - 1;
        String mantissa = bd.movePointLeft(exp).setScale(precision, RoundingMode.HALF_EVEN).toPlainString();
        if (alt && precision == 0) {
            mantissa += ".";
        }
        return mantissa + (exp < 0 ? "e-" : "e+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
    }

    private static String general(double v, int precision, boolean alt) {
        if (!Double.isFinite(v)) {
            return v < 0 ? "-" + nonFinite(-v) : nonFinite(v);
        }
        int p = precision == 0 ? 1 : precision;
        double a = Math.abs(v);
        int exp = 0;
        if (a != 0) {
            BigDecimal bd = new BigDecimal(a).round(new MathContext(p, RoundingMode.HALF_EVEN));
            exp = bd.precision() - bd.scale() - 1;
        }
        String s = exp < -4 || exp >= p ? exponential(a, p - 1, alt) : fixed(a, p - 1 - exp, alt);
        if (!alt) {
            s = stripZeros(s);
        }
        return (v < 0 || (v == 0 && 1 / v < 0) ? "-" : "") + s;
    }

    private static String stripZeros(String s) {
        int e = s.indexOf('e');
        String mantissa = e < 0 ? s : s.substring(0, e);
        String exponent = e < 0 ? "" : s.substring(e);
        if (mantissa.indexOf('.') >= 0) {
            mantissa = mantissa.replaceAll("0+$", "");
            if (mantissa.endsWith(".")) {
                mantissa = mantissa.substring(0, mantissa.length() - 1);
            }
        }
        return mantissa + exponent;
    }

    private static String nonFinite(double v) {
        return Double.isNaN(v) ? "nan" : "inf";
    }
}
