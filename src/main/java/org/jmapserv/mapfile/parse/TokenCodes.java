package org.jmapserv.mapfile.parse;

import java.util.Map;

/**
 * MapServer's lexer returns enum words as their integer constants and getSymbol() compares those numbers, so
 * words sharing a number are interchangeable: {@code STATUS TRUE} is {@code STATUS ON}, {@code TYPE ON} is
 * {@code TYPE LINE}. This table holds the numbers of the words that collide within 0..3 (MS_OFF/MS_FALSE/
 * MS_INCHES/MS_LAYER_POINT = 0, MS_ON/MS_TRUE/MS_FEET/MS_LAYER_LINE = 1, MS_DEFAULT/MS_MILES/MS_LAYER_POLYGON = 2,
 * MS_EMBED/MS_METERS/MS_LAYER_RASTER = 3, ...), as probed against MapServer 8.0 (test-data keywords.tsv). Larger
 * codes are not mapped, so rarer collisions (e.g. UNITS ROUND) are rejected.
 */
final class TokenCodes {
    private static final Map<String, Integer> CODES = Map.ofEntries(
            Map.entry("OFF", 0), Map.entry("FALSE", 0), Map.entry("INCHES", 0), Map.entry("POINT", 0),
            Map.entry("NONE", 0), Map.entry("NORMAL", 0), Map.entry("SINGLE", 0), Map.entry("ONE-TO-ONE", 0),
            Map.entry("TRUETYPE", 0),
            Map.entry("ON", 1), Map.entry("TRUE", 1), Map.entry("FEET", 1), Map.entry("LINE", 1),
            Map.entry("HILITE", 1), Map.entry("MULTIPLE", 1), Map.entry("ONE-TO-MANY", 1), Map.entry("CSV", 1),
            Map.entry("LEFT", 1), Map.entry("BEVEL", 1), Map.entry("BITMAP", 1),
            Map.entry("DEFAULT", 2), Map.entry("MILES", 2), Map.entry("POLYGON", 2), Map.entry("BUTT", 2),
            Map.entry("MYSQL", 2), Map.entry("SELECTED", 2), Map.entry("CENTER", 2),
            Map.entry("EMBED", 3), Map.entry("METERS", 3), Map.entry("RASTER", 3), Map.entry("MITER", 3),
            Map.entry("RIGHT", 3));

    private TokenCodes() {
    }

    /** The allowed word that shares {@code word}'s MapServer token number, or null. */
    static String sameCode(String word, String... allowed) {
        Integer code = CODES.get(word);
        if (code == null) {
            return null;
        }
        for (String a : allowed) {
            if (code.equals(CODES.get(a))) {
                return a;
            }
        }
        return null;
    }
}
