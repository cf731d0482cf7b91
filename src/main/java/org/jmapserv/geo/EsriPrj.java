package org.jmapserv.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PROJ arguments for a shapefile's .prj (ESRI WKT), for LAYER PROJECTION AUTO as MapServer 8 reads it through
 * OGR (msOGCWKT2ProjectionObj). proj4j has no WKT reader, so this covers the coordinate systems .prj files
 * usually hold: geographic WGS 84 / ETRS89 / NAD83 / GRS80, and projected Transverse Mercator, Mercator (also
 * Web Mercator's auxiliary sphere) and Lambert Conformal Conic on those datums. Anything else is refused with a
 * message naming it, never guessed.
 */
public final class EsriPrj {

    private static final Pattern PARAM = Pattern.compile("PARAMETER\\[\"([^\"]+)\",\\s*([-+0-9.eE]+)\\]");
    private static final Pattern PROJECTION = Pattern.compile("PROJECTION\\[\"([^\"]+)\"\\]");
    private static final Pattern SPHEROID = Pattern.compile("SPHEROID\\[\"([^\"]*)\",\\s*([-+0-9.eE]+),\\s*([-+0-9.eE]+)\\]");
    private static final Pattern UNIT = Pattern.compile("UNIT\\[\"([^\"]+)\",\\s*([-+0-9.eE]+)\\]\\]\\s*$");

    private EsriPrj() {
    }

    /** PROJ arguments ("proj=tmerc", "lon_0=15", ...) for {@code wkt}; throws when it is not understood. */
    public static List<String> toArgs(String wkt) {
        String w = wkt.strip();
        String upper = w.toUpperCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        Matcher sph = SPHEROID.matcher(w);
        if (!sph.find()) {
            throw new ProjectionException("PROJECTION AUTO: no SPHEROID in the .prj: " + shorten(w));
        }
        double a = Double.parseDouble(sph.group(2));
        double rf = Double.parseDouble(sph.group(3));
        if (upper.startsWith("GEOGCS")) {
            out.add("proj=longlat");
            out.addAll(ellipsoid(upper, a, rf));
            out.add("no_defs");
            return out;
        }
        if (!upper.startsWith("PROJCS")) {
            throw new ProjectionException("PROJECTION AUTO: unsupported .prj coordinate system: " + shorten(w));
        }
        Matcher pm = PROJECTION.matcher(w);
        if (!pm.find()) {
            throw new ProjectionException("PROJECTION AUTO: no PROJECTION in the .prj: " + shorten(w));
        }
        Map<String, Double> p = new HashMap<>();
        Matcher m = PARAM.matcher(w);
        while (m.find()) {
            p.put(m.group(1).toLowerCase(Locale.ROOT), Double.parseDouble(m.group(2)));
        }
        String proj = pm.group(1).toLowerCase(Locale.ROOT);
        boolean webMercator = upper.contains("AUXILIARY_SPHERE") || upper.contains("WEB_MERCATOR");
        switch (proj) {
            case "transverse_mercator" -> {
                out.add("proj=tmerc");
                out.add("lat_0=" + p.getOrDefault("latitude_of_origin", 0.0));
                out.add("lon_0=" + p.getOrDefault("central_meridian", 0.0));
                out.add("k=" + p.getOrDefault("scale_factor", 1.0));
            }
            case "mercator", "mercator_auxiliary_sphere" -> {
                out.add("proj=merc");
                out.add("lon_0=" + p.getOrDefault("central_meridian", 0.0));
                if (p.containsKey("standard_parallel_1")) {
                    out.add("lat_ts=" + p.get("standard_parallel_1"));
                }
            }
            case "lambert_conformal_conic" -> {
                out.add("proj=lcc");
                out.add("lat_1=" + p.getOrDefault("standard_parallel_1", 0.0));
                out.add("lat_2=" + p.getOrDefault("standard_parallel_2", p.getOrDefault("standard_parallel_1", 0.0)));
                out.add("lat_0=" + p.getOrDefault("latitude_of_origin", 0.0));
                out.add("lon_0=" + p.getOrDefault("central_meridian", 0.0));
                if (p.containsKey("scale_factor")) {
                    out.add("k_0=" + p.get("scale_factor"));
                }
            }
            default -> throw new ProjectionException("PROJECTION AUTO: the .prj's projection \"" + pm.group(1)
                    + "\" is not supported by jmapserv; give the layer's PROJECTION explicitly.");
        }
        out.add("x_0=" + p.getOrDefault("false_easting", 0.0));
        out.add("y_0=" + p.getOrDefault("false_northing", 0.0));
        if (webMercator) {
            out.add("a=" + a);
            out.add("b=" + a);
            out.add("nadgrids=@null");
        } else {
            out.addAll(ellipsoid(upper, a, rf));
        }
        Matcher unit = UNIT.matcher(w);
        double metres = unit.find() ? Double.parseDouble(unit.group(2)) : 1.0;
        out.add(metres == 1.0 ? "units=m" : "to_meter=" + metres);
        out.add("no_defs");
        return out;
    }

    private static List<String> ellipsoid(String upper, double a, double rf) {
        if (upper.contains("WGS_1984") || upper.contains("WGS 84") || upper.contains("WGS84")) {
            return List.of("datum=WGS84");
        }
        if (Math.abs(a - 6378137.0) < 1e-6 && Math.abs(rf - 298.257222101) < 1e-6) {
            return List.of("ellps=GRS80", "towgs84=0,0,0,0,0,0,0"); // ETRS89 / NAD83 / GRS 1980
        }
        if (Math.abs(a - 6378137.0) < 1e-6 && Math.abs(rf - 298.257223563) < 1e-6) {
            return List.of("datum=WGS84");
        }
        throw new ProjectionException("PROJECTION AUTO: the .prj's datum is not supported by jmapserv (a=" + a
                + ", 1/f=" + rf + "); give the layer's PROJECTION explicitly.");
    }

    private static String shorten(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "..." : s;
    }
}
