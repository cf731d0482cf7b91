package org.jmapserv.wms.client;

import java.math.BigDecimal;
import java.math.MathContext;

/** C's {@code printf("%.15g")}, which MapServer uses for BBOX values; Java's %g differs (no zero stripping). */
final class CNumberFormat {

    private static final MathContext FIFTEEN = new MathContext(15);

    private CNumberFormat() {
    }

    static String g15(double value) {
        if (value == 0) {
            return "0";
        }
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        BigDecimal rounded = new BigDecimal(value).round(FIFTEEN);
        int exponent = rounded.precision() - rounded.scale() - 1;
        if (exponent < -4 || exponent >= 15) {
            BigDecimal mantissa = rounded.movePointLeft(exponent).stripTrailingZeros();
            String sign = exponent < 0 ? "-" : "+";
            int abs = Math.abs(exponent);
            return mantissa.toPlainString() + "e" + sign + (abs < 10 ? "0" + abs : Integer.toString(abs));
        }
        return rounded.stripTrailingZeros().toPlainString();
    }
}
