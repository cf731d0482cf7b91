package org.jmapserv.data.ogr;

import java.util.Locale;

/**
 * What DATA asks of an OGR datasource, as msOGRFileOpen reads it: nothing (the first layer), a layer index (all
 * digits), an SQL statement (starts with SELECT) or a layer name.
 */
record OgrLayerRef(String name, int index, String sql) {

    static OgrLayerRef of(String data) {
        if (data == null || data.isBlank()) {
            return new OgrLayerRef(null, 0, null);
        }
        String d = data.trim();
        if (d.chars().allMatch(Character::isDigit)) {
            try {
                return new OgrLayerRef(null, Integer.parseInt(d), null);
            } catch (NumberFormatException e) {
                return new OgrLayerRef(d, -1, null);
            }
        }
        if (d.toUpperCase(Locale.ROOT).startsWith("SELECT ") || d.toUpperCase(Locale.ROOT).startsWith("SELECT\n")) {
            return new OgrLayerRef(null, -1, d);
        }
        return new OgrLayerRef(d, -1, null);
    }

    static OgrLayerRef named(String name) {
        return new OgrLayerRef(name, -1, null);
    }

    boolean isSql() {
        return sql != null;
    }

    /** As MapServer prints it in "GetLayer(...) failed". */
    String label() {
        return sql != null ? sql : name != null ? name : Integer.toString(index);
    }
}
