package org.jmapserv.data.contour;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The PROCESSING keys of a CONTOUR layer as mapcontour.c reads them: {@code BANDS} (the first band named),
 * {@code CONTOUR_ITEM} (the elevation attribute's name), {@code CONTOUR_INTERVAL} and {@code CONTOUR_LEVELS}, the
 * last two through msContourGetOption: every {@code KEY=min,max:value} form whose scale range holds the map's scale
 * wins first (minimum exclusive, maximum inclusive, 0 or less meaning unbounded; any when the scale is unknown),
 * else the first plain {@code KEY=value}.
 */
record ContourOptions(List<String> processing) {

    /** CSLFetchNameValue: the value of the first {@code key=} entry, any case, or null. */
    String value(String key) {
        for (String p : processing) {
            int eq = p.indexOf('=');
            if (eq > 0 && p.substring(0, eq).strip().equalsIgnoreCase(key)) {
                return p.substring(eq + 1);
            }
        }
        return null;
    }

    /** The 1-based band of {@code BANDS} (atoi of its first token), or 1. */
    Integer band() {
        String bands = value("BANDS");
        if (bands == null) {
            return 1;
        }
        for (String t : bands.split("[ ,]+")) {
            if (!t.isEmpty()) {
                return (int) CNumbers.atof(t);
            }
        }
        return 1;
    }

    /** The elevation attribute's name, or null when CONTOUR_ITEM is not set or empty. */
    String item() {
        String item = value("CONTOUR_ITEM");
        return item == null || item.isEmpty() ? null : item;
    }

    /** msContourGetOption at {@code scaleDenom} (NaN or 0 or less: unknown). */
    String option(String key, double scaleDenom) {
        List<String> values = new ArrayList<>();
        for (String p : processing) {
            int eq = p.indexOf('=');
            if (eq > 0 && p.substring(0, eq).strip().equalsIgnoreCase(key)) {
                values.add(p.substring(eq + 1));
            }
        }
        for (String v : values) {
            String[] parts = tokens(v, ':');
            if (parts.length == 2) {
                String[] range = tokens(parts[0], ',');
                if (range.length == 2) {
                    double min = CNumbers.atof(range[0]);
                    double max = CNumbers.atof(range[1]);
                    if (!(scaleDenom > 0) || ((max <= 0 || scaleDenom <= max) && (min <= 0 || scaleDenom > min))) {
                        return parts[1];
                    }
                }
            }
        }
        for (String v : values) {
            String[] parts = tokens(v, ':');
            if (parts.length == 1) {
                return parts[0];
            }
        }
        return null;
    }

    /** The levels of CONTOUR_LEVELS (at most 1000, as mapcontour.c's array), or null when not set. */
    double[] levels(double scaleDenom) {
        String option = option("CONTOUR_LEVELS", scaleDenom);
        if (option == null) {
            return null;
        }
        String[] t = tokens(option, ',');
        double[] out = new double[Math.min(t.length, 1000)];
        for (int i = 0; i < out.length; i++) {
            out[i] = CNumbers.atof(t[i]);
        }
        return out;
    }

    /** CONTOUR_INTERVAL (atof), 1 when not set. */
    double interval(double scaleDenom) {
        String option = option("CONTOUR_INTERVAL", scaleDenom);
        return option == null ? 1.0 : CNumbers.atof(option);
    }

    /** CSLTokenizeStringComplex without empty tokens. */
    private static String[] tokens(String s, char sep) {
        List<String> out = new ArrayList<>();
        for (String t : s.split(java.util.regex.Pattern.quote(String.valueOf(sep)))) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out.toArray(new String[0]);
    }

    /** C's atof: the longest leading number, 0 when there is none. */
    static final class CNumbers {
        private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile(
                "^\\s*[+-]?(\\d+\\.?\\d*([eE][+-]?\\d+)?|\\.\\d+([eE][+-]?\\d+)?)");

        private CNumbers() {
        }

        static double atof(String s) {
            java.util.regex.Matcher m = NUMBER.matcher(s.toLowerCase(Locale.ROOT));
            return m.find() ? Double.parseDouble(m.group().strip()) : 0;
        }
    }
}
