package org.jmapserv.render.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

import org.jmapserv.mapfile.model.OutputFormatDef.ImageMode;

/**
 * DRIVER "GDAL/AAIGRID" with IMAGEMODE BYTE / INT16 / FLOAT32 (msSaveImageGDAL through GDAL's AAIGrid driver): the
 * ESRI ASCII grid header (ncols, nrows, lower-left corner and cellsize with 12 decimals, NODATA_value from NULLVALUE)
 * and one line per row, each value after a space — integers for BYTE and INT16, floats as C's {@code %.20g} for
 * FLOAT32, as GDAL 3.6 writes them. One band only, as the driver allows. The grid goes to a stream; map2img writes
 * the {@code .prj} side file beside a named output ({@link AsciiGridPrj}).
 */
final class AsciiGridEncoder {

    private final GeoReference geo;

    AsciiGridEncoder(GeoReference geo) {
        this.geo = geo;
    }

    void encode(RawImage raw, OutputStream out) throws IOException {
        boolean floats = raw.mode() == ImageMode.FLOAT32;
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.US_ASCII), 1 << 16);
        double minY = geo.maxY() - geo.cellY() * raw.height();
        w.write("ncols        " + raw.width() + "\n");
        w.write("nrows        " + raw.height() + "\n");
        w.write("xllcorner    " + f12(geo.minX()) + "\n");
        w.write("yllcorner    " + f12(minY) + "\n");
        if (Math.abs(geo.cellX() - geo.cellY()) < 1e-7) { // GDAL writes dx / dy only for really non-square cells
            w.write("cellsize     " + f12(geo.cellX()) + "\n");
        } else {
            w.write("dx           " + f12(geo.cellX()) + "\n");
            w.write("dy           " + f12(geo.cellY()) + "\n");
        }
        if (raw.nullValue() != null) {
            float nd = raw.nullAsType();
            w.write((floats ? "NODATA_value  " + g20(nd) : "NODATA_value " + (long) nd) + "\n");
        }
        StringBuilder line = new StringBuilder();
        for (int y = 0; y < raw.height(); y++) {
            line.setLength(0);
            for (int x = 0; x < raw.width(); x++) {
                float v = raw.get(0, x, y);
                String t = floats ? g20(v) : Long.toString((long) v);
                if (floats && x == 0 && y == 0 && t.matches("-?[0-9]+")) {
                    t += ".0"; // GDAL's AAIGrid writer marks a float grid so on its first value (probed: "0.0")
                }
                line.append(' ').append(t);
            }
            line.append('\n');
            w.write(line.toString());
        }
        w.flush();
    }

    /** C's {@code printf("%.12f", d)}: the double's exact value rounded, not Java's shortest digits. */
    static String f12(double d) {
        return new BigDecimal(d).setScale(12, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** C's {@code printf("%.20g", (double) v)}: 20 significant digits, trailing zeros dropped. */
    static String g20(float v) {
        double d = v;
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return (1 / d) < 0 ? "-0" : "0";
        }
        BigDecimal b = new BigDecimal(d).round(new MathContext(20, RoundingMode.HALF_EVEN));
        int exp = b.precision() - b.scale() - 1;
        if (exp < -4 || exp >= 20) {
            String m = b.unscaledValue().abs().toString();
            String digits = m.replaceAll("0+$", "");
            String mant = digits.length() > 1 ? digits.charAt(0) + "." + digits.substring(1) : digits;
            return (b.signum() < 0 ? "-" : "") + mant + (exp < 0 ? "e-" : "e+")
                    + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
        }
        String s = b.toPlainString();
        if (s.indexOf('.') >= 0) {
            s = s.replaceAll("0+$", "");
            if (s.endsWith(".")) {
                s = s.substring(0, s.length() - 1);
            }
        }
        return s;
    }
}
