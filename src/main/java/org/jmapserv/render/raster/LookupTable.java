package org.jmapserv.render.raster;

import java.util.ArrayList;
import java.util.List;

/**
 * A PROCESSING LUT / LUT_n lookup table in MapServer's "in:out,in:out" form (ParseDefaultLUT, mapdrawgdal.c):
 * piecewise linear between the given points, from 0:0 and up to max:255 when the last point is short of it; and GIMP
 * curves files (ParseGimpLUT): the 17 control points of the value curve and of the band's colour curve each made a
 * piecewise linear table the same way (MapServer ignores GIMP's spline smoothing), then composed.
 */
final class LookupTable {

    private LookupTable() {
    }

    private static final String GIMP_HEADER = "# GIMP Curves File";

    /** A definition read from a GIMP curves file (EQUALN(lut_def, "# GIMP", 6)). */
    static boolean isGimpCurves(String def) {
        return def.regionMatches(true, 0, "# GIMP", 0, 6);
    }

    /**
     * ParseGimpLUT: the table of band {@code colorIndex} (1..4: the file's red, green, blue, alpha curve) composed
     * with the file's value curve.
     */
    static int[] gimpCurves(String def, int colorIndex) throws RasterDrawException {
        List<String> lines = new ArrayList<>();
        for (String l : def.split("\n")) {
            if (!l.isEmpty()) {
                lines.add(l);
            }
        }
        if (lines.isEmpty() || !lines.get(0).regionMatches(true, 0, GIMP_HEADER, 0, GIMP_HEADER.length())
                || lines.size() < 6) {
            throw new RasterDrawException("ParseGimpLUT(): GIMP curve file appears corrupt.");
        }
        int[] value = gimpLine(lines.get(1));
        int[] band = gimpLine(lines.get(colorIndex + 1));
        int[] lut = new int[256];
        for (int i = 0; i < 256; i++) {
            lut[i] = value[band[i]];
        }
        return lut;
    }

    /** LutFromGimpLine: 17 "x y" points, those with x >= 0 joined into an in:out table. */
    private static int[] gimpLine(String line) throws RasterDrawException {
        String[] tok = line.trim().split("\\s+");
        if (tok.length != 34) {
            throw new RasterDrawException("LutFromGimpLine(): GIMP curve file appears corrupt.");
        }
        StringBuilder def = new StringBuilder();
        for (int i = 0; i < 17; i++) {
            if (atoi(tok[2 * i]) >= 0) {
                if (def.length() > 0) {
                    def.append(',');
                }
                def.append(tok[2 * i]).append(':').append(tok[2 * i + 1]);
            }
        }
        return parseTable(def.toString(), 255);
    }

    /** True when a definition names inputs above 255, so the band must be read as 16-bit. */
    static boolean needsSixteenBits(String def) {
        if (isGimpCurves(def)) {
            return false;
        }
        int comma = def.lastIndexOf(',');
        String last = (comma < 0 ? def : def.substring(comma + 1)).trim();
        return atoi(last) > 255;
    }

    /** The table for inputs 0..maxIn, or throws when the definition is not of the inline form. */
    static int[] parse(String def, int maxIn) {
        if (!def.chars().allMatch(ch -> Character.isDigit(ch) || ch == ':' || ch == ',' || Character.isWhitespace(ch))) {
            throw new IllegalArgumentException("only inline LUT definitions (in:out,...) are supported, not '"
                    + def + "'");
        }
        return parseTable(def, maxIn);
    }

    private static int[] parseTable(String def, int maxIn) {
        int[] lut = new int[maxIn + 1];
        int lastIn = 0;
        int lastOut = 0;
        int p = 0;
        boolean done = false;
        while (!done) {
            int in;
            int out;
            while (p < def.length() && Character.isWhitespace(def.charAt(p))) {
                p++;
            }
            if (p >= def.length()) {
                done = true;
                if (lastIn == maxIn) {
                    break;
                }
                in = maxIn;
                out = 255;
            } else {
                in = atoi(def.substring(p));
                while (p < def.length() && def.charAt(p) != ':') {
                    p++;
                }
                if (p < def.length()) {
                    p++;
                }
                while (p < def.length() && Character.isWhitespace(def.charAt(p))) {
                    p++;
                }
                out = atoi(def.substring(p));
                while (p < def.length() && def.charAt(p) != ',' && def.charAt(p) != '\n') {
                    p++;
                }
                if (p < def.length()) {
                    p++;
                }
            }
            in = Math.max(0, Math.min(maxIn, in));
            out = Math.max(0, Math.min(255, out));
            for (int i = lastIn; i <= in; i++) {
                double ratio = lastIn == in ? 1.0 : (i - lastIn) / (double) (in - lastIn);
                lut[i] = (int) Math.floor((1.0 - ratio) * lastOut + ratio * out + 0.5);
            }
            lastIn = in;
            lastOut = out;
        }
        return lut;
    }

    private static int atoi(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        int sign = 1;
        if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            sign = s.charAt(i) == '-' ? -1 : 1;
            i++;
        }
        long v = 0;
        while (i < s.length() && Character.isDigit(s.charAt(i)) && v < Integer.MAX_VALUE) {
            v = v * 10 + (s.charAt(i++) - '0');
        }
        return (int) (sign * Math.min(v, Integer.MAX_VALUE));
    }
}
