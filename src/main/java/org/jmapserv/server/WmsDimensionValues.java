package org.jmapserv.server;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@code wms_<dim>_extent} as msWMSValidateDimensionValue (mapwms.cpp) reads it: one or more values (numeric,
 * unless the first is not a number or {@code _type} says Character) or one or more numeric min/max[/resolution]
 * ranges; and the filter FLTGetExpressionForValuesRanges (mapogcfilter.cpp) builds for accepted request values.
 * Numbers compare as C's atof, ranges as floats, as MapServer does.
 */
record WmsDimensionValues(List<String> values, List<float[]> ranges, boolean character) {

    static WmsDimensionValues parse(String extent, boolean forceCharacter) {
        String[] parts = extent.split(",");
        List<String> values = new ArrayList<>();
        List<float[]> ranges = new ArrayList<>();
        if (extent.indexOf('/') < 0) {
            for (String p : parts) {
                values.add(p.trim());
            }
            boolean character = forceCharacter || !numeric(values.get(0));
            return new WmsDimensionValues(values, ranges, character);
        }
        for (String p : parts) {
            String[] r = p.trim().split("/");
            if (r.length != 2 && r.length != 3) {
                return null;
            }
            ranges.add(new float[] {(float) atof(r[0]), (float) atof(r[1])});
        }
        return new WmsDimensionValues(values, ranges, false);
    }

    boolean accepts(String value) {
        String[] user = value.split(",");
        for (String u : user) {
            String[] r = u.split("/");
            if (r.length == 1) {
                if (!acceptsOne(u)) {
                    return false;
                }
            } else if (r.length == 2 || r.length == 3) {
                float lo = (float) atof(r[0]);
                float hi = (float) atof(r[1]);
                if (!values.isEmpty() || ranges.stream().noneMatch(e -> e[0] <= lo && e[1] >= hi && lo <= hi)) {
                    return false;
                }
            } else {
                return false;
            }
        }
        return true;
    }

    private boolean acceptsOne(String u) {
        if (!values.isEmpty()) {
            for (String v : values) {
                if (character ? u.equals(v) : atof(u) == atof(v)) {
                    return true;
                }
            }
            return false;
        }
        float f = (float) atof(u);
        return ranges.stream().anyMatch(e -> f >= e[0] && f <= e[1]);
    }

    /** FLTGetExpressionForValuesRanges: OR of {@code [item] = value} and {@code [item] >= a AND [item] <= b}. */
    String filter(String item, String value) {
        List<String> parts = new ArrayList<>();
        for (String u : value.split(",")) {
            String[] r = u.split("/");
            if (r.length == 1) {
                parts.add(character ? "(\"[" + item + "]\" = \"" + u + "\")" : "([" + item + "] = " + u + ")");
            } else {
                parts.add("(([" + item + "] >= " + r[0] + ") AND ([" + item + "] <= " + r[1] + "))");
            }
        }
        return "(" + String.join(" OR ", parts) + ")";
    }

    private static boolean numeric(String s) {
        try {
            Double.parseDouble(s.trim());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static double atof(String s) {
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("^\\s*[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?").matcher(s);
        return m.find() ? Double.parseDouble(m.group().trim()) : 0;
    }
}
