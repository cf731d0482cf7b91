package org.jmapserv.geo;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The OGC code ("EPSG:n", "AUTO:...") of a PROJECTION, as the WMS client sends it. Mirrors the
 * projection-argument part of msOWSGetEPSGProj (mapows.c); the metadata ({@code wms_srs}) part is the WMS
 * client's job. Only the first argument is looked at: {@code init=epsg:n} gives {@code EPSG:n},
 * {@code init=crs:n} gives {@code CRS:n}, {@code AUTO:}/{@code AUTO2:} codes are kept whole, a bare
 * {@code AUTH:CODE} is kept with its authority upper-cased, and PROJ parameter lists ({@code proj=...},
 * {@code +proj=...}) give nothing.
 */
public final class EpsgCodes {

    private EpsgCodes() {
    }

    public static Optional<String> fromArgs(List<String> args) {
        if (args.isEmpty()) {
            return Optional.empty();
        }
        String first = args.get(0);
        int init = first.indexOf("init=epsg:");
        if (init >= 0) {
            return Optional.of("EPSG:" + first.substring(init + "init=epsg:".length()));
        }
        int crs = first.indexOf("init=crs:");
        if (crs >= 0) {
            return Optional.of("CRS:" + first.substring(crs + "init=crs:".length()));
        }
        String upper = first.toUpperCase(Locale.ROOT);
        if (upper.startsWith("AUTO:") || upper.startsWith("AUTO2:")) {
            return Optional.of(first);
        }
        int colon = first.indexOf(':');
        if (colon > 0 && first.indexOf('=') < 0 && !first.contains("//") && isAuthority(first.substring(0, colon))) {
            return Optional.of(first.substring(0, colon).toUpperCase(Locale.ROOT) + first.substring(colon));
        }
        return Optional.empty();
    }

    private static boolean isAuthority(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_')) {
                return false;
            }
        }
        return !text.equalsIgnoreCase("urn") && !text.equalsIgnoreCase("http") && !text.equalsIgnoreCase("https");
    }
}
