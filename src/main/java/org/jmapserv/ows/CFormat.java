package org.jmapserv.ows;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * Numbers as MapServer's OWS writers print them with C's printf: {@code %g} (6 significant digits, trailing
 * zeros stripped, exponent form below 1e-4 or from 1e6 on), {@code %.15g} and {@code %.6f}. Java's own %g keeps
 * trailing zeros and switches to exponent form at other bounds, so it cannot be used for these.
 */
public final class CFormat {

    private CFormat() {
    }

    /** printf("%g"). */
    public static String g(double value) {
        return g(value, 6);
    }

    /** printf("%.{precision}g"). */
    public static String g(double value, int precision) {
        if (value == 0) {
            return (1 / value) < 0 ? "-0" : "0";
        }
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        int p = Math.max(1, precision);
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(p));
        int exponent = rounded.precision() - rounded.scale() - 1;
        if (exponent < -4 || exponent >= p) {
            BigDecimal mantissa = rounded.movePointLeft(exponent).stripTrailingZeros();
            String sign = exponent < 0 ? "-" : "+";
            int abs = Math.abs(exponent);
            return mantissa.toPlainString() + "e" + sign + (abs < 10 ? "0" + abs : Integer.toString(abs));
        }
        return rounded.stripTrailingZeros().toPlainString();
    }

    /** printf("%.6f"). */
    public static String f6(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }
}
