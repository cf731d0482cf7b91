package org.jmapserv.render.raster;

import java.util.List;
import java.util.Locale;

/**
 * A raster layer's PROCESSING directives, looked up as CSLFetchNameValue does for msDrawRasterLayerGDAL: the first
 * {@code KEY=value} whose key matches, ignoring case.
 */
record RasterProcessing(List<String> directives) {

    String get(String key) {
        String prefix = key.toUpperCase(Locale.ROOT) + "=";
        for (String d : directives) {
            if (d.length() >= prefix.length() && d.substring(0, prefix.length()).toUpperCase(Locale.ROOT).equals(prefix)) {
                return d.substring(prefix.length());
            }
        }
        return null;
    }

    boolean has(String key) {
        return get(key) != null;
    }

    /** CSLTestBoolean of the value: YES, TRUE, ON or 1 (any case). */
    boolean isTrue(String key, boolean dflt) {
        String v = get(key);
        if (v == null) {
            return dflt;
        }
        String u = v.trim().toUpperCase(Locale.ROOT);
        return u.equals("YES") || u.equals("TRUE") || u.equals("ON") || u.equals("1");
    }
}
