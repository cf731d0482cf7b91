package org.jmapserv.data.ogr;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Field values as OGR_F_GetFieldAsString gives them to MapServer: integers in decimal, reals with at most 15
 * significant digits and no trailing zeros ("%.15g"), unset and null fields as empty strings.
 */
final class OgrValues {

    private static final MathContext DIGITS = new MathContext(15);

    private OgrValues() {
    }

    static String real(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.isNaN(v) ? "nan" : v > 0 ? "inf" : "-inf";
        }
        if (v == 0) {
            return "0";
        }
        String s = new BigDecimal(v).round(DIGITS).stripTrailingZeros().toPlainString();
        return s;
    }

    /** A JDBC / JSON value as a string: whole numbers without a decimal point, reals as {@link #real}. */
    static String of(Object o) {
        if (o == null) {
            return "";
        }
        if (o instanceof Double d) {
            return real(d);
        }
        if (o instanceof Float f) {
            return real(f);
        }
        if (o instanceof byte[] b) {
            StringBuilder sb = new StringBuilder(2 * b.length);
            for (byte x : b) {
                sb.append(Character.toUpperCase(Character.forDigit((x >> 4) & 15, 16)))
                        .append(Character.toUpperCase(Character.forDigit(x & 15, 16)));
            }
            return sb.toString();
        }
        return o.toString();
    }
}
