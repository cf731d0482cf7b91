package org.jmapserv.geo;

import java.util.List;
import java.util.Locale;

/**
 * PROJ parameters for the WMS AUTO/AUTO2 codes ("AUTO:proj_id,units_id,lon0,lat0"). Mirrors
 * _msProcessAutoProjection (mapproject.c), which follows annex E of WMS 1.1.1; only metre units (9001) exist.
 */
final class AutoProjections {

    private AutoProjections() {
    }

    static String[] parameters(String code) {
        String[] parts = code.split(",");
        String upper = code.toUpperCase(Locale.ROOT);
        boolean auto2 = upper.startsWith("AUTO2:");
        if (parts.length != 4 || !(upper.startsWith("AUTO:") || auto2)) {
            throw new ProjectionException("WMS/WFS AUTO/AUTO2 PROJECTION must be in the format "
                    + "'AUTO:proj_id,units_id,lon0,lat0' or 'AUTO2:crs_id,factor,lon0,lat0' (got '" + code + "').");
        }
        int projId = ProjectionStrings.leadingInt(parts[0].substring(auto2 ? 6 : 5).strip());
        int unitsId = auto2 ? 9001 : ProjectionStrings.leadingInt(parts[1].strip());
        double lon0 = number(parts[2], code);
        double lat0 = number(parts[3], code);
        if (unitsId != 9001) {
            throw new ProjectionException("WMS/WFS AUTO PROJECTION: EPSG Units " + unitsId + " not supported ('"
                    + code + "').");
        }
        String falseNorthing = lat0 >= 0.0 ? "0" : "10000000";
        String common = "+ellps=WGS84 +datum=WGS84 +units=m";
        String def = switch (projId) {
            case 42001 -> "+proj=tmerc +lat_0=0 +lon_0=" + (-183.0 + zone(lon0) * 6.0)
                    + " +k=0.999600 +x_0=500000 +y_0=" + falseNorthing + " " + common;
            case 42002 -> "+proj=tmerc +lat_0=0 +lon_0=" + lon0 + " +k=0.999600 +x_0=500000 +y_0="
                    + falseNorthing + " " + common;
            case 42003 -> "+proj=ortho +lon_0=" + lon0 + " +lat_0=" + lat0 + " +x_0=0 +y_0=0 " + common;
            case 42004 -> "+proj=eqc +lon_ts=" + lon0 + " +lat_ts=" + lat0 + " +x_0=0 +y_0=0 " + common;
            case 42005 -> "+proj=moll +lon_0=" + lon0 + " +x_0=0 +y_0=0 " + common;
            default -> throw new ProjectionException("WMS/WFS AUTO PROJECTION " + projId + " not supported ('"
                    + code + "').");
        };
        return def.split(" ");
    }

    private static int zone(double lon0) {
        return (int) Math.floor((lon0 + 180.0) / 6.0) + 1;
    }

    private static double number(String text, String code) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new ProjectionException("bad number '" + text.strip() + "' in AUTO projection '" + code + "'");
        }
    }

    static boolean isAuto(List<String> args) {
        if (args.isEmpty()) {
            return false;
        }
        String upper = args.get(0).toUpperCase(Locale.ROOT);
        return upper.startsWith("AUTO:") || upper.startsWith("AUTO2:");
    }
}
