package org.jmapserv.render.raster;

/**
 * A PROCESSING LUT / LUT_n lookup table in MapServer's "in:out,in:out" form (ParseDefaultLUT, mapdrawgdal.c):
 * piecewise linear between the given points, from 0:0 and up to max:255 when the last point is short of it.
 */
final class LookupTable {

    private LookupTable() {
    }

    /** True when a definition names inputs above 255, so the band must be read as 16-bit. */
    static boolean needsSixteenBits(String def) {
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
