package org.jmapserv.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns one projection string into MapServer's argument list. Mirrors msLoadProjectionString and
 * msLoadProjectionStringEPSG (mapfile.c): {@code +proj=... +k=v} lists, {@code AUTO:}/{@code AUTO2:},
 * {@code EPSG:n} (lon/lat order unless EPSG axis order is asked for), OGC URNs and URIs (EPSG axis order),
 * {@code CRS:84/83/27}, and old comma-separated lists.
 */
final class ProjectionStrings {

    static final String NORTH_EAST_ARG = "+epsgaxis=ne";

    private ProjectionStrings() {
    }

    static List<String> toArgs(String value, boolean followEpsgAxisOrder) {
        String text = value.strip();
        if (text.isEmpty()) {
            throw new ProjectionException("empty projection string");
        }
        if (text.charAt(0) == '+') {
            return plusList(text);
        }
        String upper = text.toUpperCase(Locale.ROOT);
        if (upper.startsWith("AUTO:") || upper.startsWith("AUTO2:")) {
            return List.of(text);
        }
        List<String> args = epsgLike(text, "EPSG:", followEpsgAxisOrder);
        if (args == null) {
            args = epsgLike(text, "urn:ogc:def:crs:EPSG:", true);
        }
        if (args == null) {
            args = epsgLike(text, "urn:EPSG:geographicCRS:", true);
        }
        if (args == null) {
            args = epsgLike(text, "urn:x-ogc:def:crs:EPSG:", true);
        }
        if (args == null) {
            args = crsLike(text, "urn:ogc:def:crs:OGC:");
        }
        if (args == null) {
            args = epsgLike(text, "http://www.opengis.net/def/crs/EPSG/", true);
        }
        if (args == null) {
            args = crsLike(text, "http://www.opengis.net/def/crs/OGC/");
        }
        if (args == null) {
            args = epsgLike(text, "http://www.opengis.net/gml/srs/epsg.xml#", false);
        }
        if (args == null) {
            args = crsLike(text, "CRS:");
        }
        return args != null ? args : commaList(text);
    }

    private static List<String> plusList(String text) {
        StringBuilder trimmed = new StringBuilder();
        for (int i = 1; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                trimmed.append(text.charAt(i));
            }
        }
        List<String> args = new ArrayList<>();
        for (String part : trimmed.toString().split("\\+")) {
            if (!part.isEmpty()) {
                args.add(part);
            }
        }
        return args;
    }

    private static List<String> commaList(String text) {
        List<String> args = new ArrayList<>();
        for (String part : text.split(",")) {
            if (!part.isEmpty()) {
                args.add(part);
            }
        }
        return args;
    }

    /** The code follows the prefix, or the next separator (the prefix's last character) if there is one. */
    private static String codeAfter(String text, String prefix) {
        if (!text.regionMatches(true, 0, prefix, 0, prefix.length())) {
            return null;
        }
        String code = text.substring(prefix.length());
        int sep = code.indexOf(prefix.charAt(prefix.length() - 1));
        return sep >= 0 ? code.substring(sep + 1) : code;
    }

    private static List<String> epsgLike(String text, String prefix, boolean followEpsgAxisOrder) {
        String code = codeAfter(text, prefix);
        if (code == null) {
            return null;
        }
        String init = "init=epsg:" + code;
        if (followEpsgAxisOrder && AxisOrder.isInverted(leadingInt(code))) {
            return List.of(init, NORTH_EAST_ARG);
        }
        return List.of(init);
    }

    private static List<String> crsLike(String text, String prefix) {
        String id = codeAfter(text, prefix);
        if (id == null) {
            return null;
        }
        switch (id.toUpperCase(Locale.ROOT)) {
            case "84", "CRS84":
                return List.of("init=epsg:4326");
            case "83", "CRS83":
                return List.of("init=epsg:4269");
            case "27", "CRS27":
                return List.of("init=epsg:4267");
            default:
                throw new ProjectionException("Unrecognised OGC CRS def '" + text + "'.");
        }
    }

    /** atoi: the leading digits, 0 if none. */
    static int leadingInt(String text) {
        int value = 0;
        for (int i = 0; i < text.length() && Character.isDigit(text.charAt(i)) && value < 100_000_000; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }
}
