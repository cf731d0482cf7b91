package org.jmapserv.data.ogr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An OGR feature style string (GDAL's "OGR - Feature Style Specification", read by OGRStyleMgr for
 * msOGRUpdateStyle): parts {@code TOOL(param:value,...)} separated by ';', tools PEN, BRUSH, SYMBOL and LABEL,
 * values quoted or bare. Sizes carry a unit (px, pt, mm, cm, in; g = ground units) and are converted to pixels as
 * OGR does with MapServer's unit setting (1 pt = 1 px; a bare number is in millimetres, OGR's default unit). The field holding it is {@code OGR_STYLE}, which OGR serves
 * as the feature's style string.
 */
public record OgrStyleString(List<Part> parts) {

    /** The field OGR reads a feature's style string from when the driver has no native styles. */
    public static final String FIELD = "OGR_STYLE";

    /** One {@code TOOL(...)} part: the tool name in upper case and its parameters by lower-case name. */
    public record Part(String tool, Map<String, String> params) {

        public String param(String name) {
            return params.get(name);
        }

        /** The parameter as an RGBA colour {r, g, b, a}, or null when absent or not {@code #RRGGBB[AA]}. */
        public int[] color(String name) {
            String v = params.get(name);
            if (v == null || !v.startsWith("#") || (v.length() != 7 && v.length() != 9)) {
                return null;
            }
            try {
                int r = Integer.parseInt(v.substring(1, 3), 16);
                int g = Integer.parseInt(v.substring(3, 5), 16);
                int b = Integer.parseInt(v.substring(5, 7), 16);
                int a = v.length() == 9 ? Integer.parseInt(v.substring(7, 9), 16) : 255;
                return new int[] {r, g, b, a};
            } catch (NumberFormatException e) {
                return null;
            }
        }

        /**
         * A size parameter in pixels, or {@code NaN} when absent; {@code groundPixels} converts ground units
         * ("g") to pixels (1 / cellsize).
         */
        public double pixels(String name, double groundPixels) {
            String v = params.get(name);
            if (v == null) {
                return Double.NaN;
            }
            return toPixels(v, groundPixels);
        }
    }

    /** Parses {@code s}; throws {@link IllegalArgumentException} naming what is wrong. */
    public static OgrStyleString parse(String s) {
        List<Part> parts = new ArrayList<>();
        String text = s.trim();
        if (text.startsWith("@")) {
            throw new IllegalArgumentException("style table references (\"" + text + "\") are not supported");
        }
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf('(', i);
            if (open < 0) {
                if (text.substring(i).isBlank()) {
                    break;
                }
                throw new IllegalArgumentException("expected TOOL(...) at \"" + text.substring(i) + "\"");
            }
            String tool = text.substring(i, open).trim().toUpperCase(Locale.ROOT);
            Map<String, String> params = new LinkedHashMap<>();
            int j = open + 1;
            while (j < text.length() && text.charAt(j) != ')') {
                int colon = text.indexOf(':', j);
                if (colon < 0) {
                    throw new IllegalArgumentException("parameter without ':' in " + tool);
                }
                String key = text.substring(j, colon).trim().toLowerCase(Locale.ROOT);
                int k = colon + 1;
                StringBuilder value = new StringBuilder();
                if (k < text.length() && text.charAt(k) == '"') {
                    k++;
                    while (k < text.length() && text.charAt(k) != '"') {
                        if (text.charAt(k) == '\\' && k + 1 < text.length()) {
                            k++;
                        }
                        value.append(text.charAt(k++));
                    }
                    if (k >= text.length()) {
                        throw new IllegalArgumentException("unterminated quoted value in " + tool);
                    }
                    k++;
                } else {
                    while (k < text.length() && text.charAt(k) != ',' && text.charAt(k) != ')') {
                        value.append(text.charAt(k++));
                    }
                }
                params.put(key, value.toString().trim());
                while (k < text.length() && text.charAt(k) == ' ') {
                    k++;
                }
                if (k < text.length() && text.charAt(k) == ',') {
                    k++;
                }
                j = k;
            }
            if (j >= text.length()) {
                throw new IllegalArgumentException("missing ')' after " + tool);
            }
            parts.add(new Part(tool, params));
            i = j + 1;
            while (i < text.length() && (text.charAt(i) == ';' || text.charAt(i) == ' ')) {
                i++;
            }
        }
        return new OgrStyleString(List.copyOf(parts));
    }

    /** One size (a number with an optional unit) in pixels; {@code groundPixels} is pixels per ground unit. */
    public static double toPixels(String v, double groundPixels) {
        String t = v.trim().toLowerCase(Locale.ROOT);
        double factor = 1;
        String num = t;
        if (t.endsWith("px") || t.endsWith("pt")) {
            num = t.substring(0, t.length() - 2);
        } else if (t.endsWith("mm")) {
            num = t.substring(0, t.length() - 2);
            factor = 72 / 25.4;
        } else if (t.endsWith("cm")) {
            num = t.substring(0, t.length() - 2);
            factor = 72 / 2.54;
        } else if (t.endsWith("in")) {
            num = t.substring(0, t.length() - 2);
            factor = 72;
        } else if (t.endsWith("g")) {
            num = t.substring(0, t.length() - 1);
            factor = groundPixels;
        } else {
            factor = 72 / 25.4; // OGRStyleTool's default unit is the millimetre
        }
        try {
            return Double.parseDouble(num.trim()) * factor;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad size \"" + v + "\"");
        }
    }
}
