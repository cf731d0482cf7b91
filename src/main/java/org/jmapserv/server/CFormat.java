package org.jmapserv.server;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** C's printf {@code %g} (6 significant digits, trailing zeros removed), as mapserv prints coordinates. */
final class CFormat {

    private CFormat() {
    }

    static String g(double v) {
        if (v == 0) {
            return "0";
        }
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.isNaN(v) ? "nan" : v > 0 ? "inf" : "-inf";
        }
        BigDecimal d = new BigDecimal(v).round(new MathContext(6, RoundingMode.HALF_EVEN));
        int exp = d.precision() - d.scale() - 1;
        if (exp < -4 || exp >= 6) {
            BigDecimal mant = d.movePointLeft(exp).stripTrailingZeros();
            String e = (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
            return mant.toPlainString() + "e" + e;
        }
        String s = d.toPlainString();
        if (s.contains(".")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s;
    }
}
