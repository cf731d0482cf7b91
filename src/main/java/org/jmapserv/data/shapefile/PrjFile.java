package org.jmapserv.data.shapefile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jmapserv.geo.EsriPrj;
import org.jmapserv.geo.ProjectionException;

/**
 * A shapefile's .prj read for PROJECTION AUTO (MapServer asks OGR/PROJ to identify it). jmapserv has no WKT engine,
 * so it first names what it can name for sure: an EPSG AUTHORITY on the outermost CRS, and the ESRI / EPSG names of
 * WGS 84, WGS 84 Web Mercator and the WGS 84 UTM zones; then it reads the projection's parameters with
 * {@link EsriPrj} (geographic, Transverse Mercator, Mercator, Lambert conformal conic). Anything else is unknown
 * (empty), which makes a PROJECTION AUTO layer fail with a clear message instead of being drawn unprojected.
 */
public final class PrjFile {

    private static final Pattern UTM = Pattern.compile("(?i)^WGS[ _]?(?:19)?84[ _/]+UTM[ _]zone[ _](\\d{1,2})([NS])$");
    private static final Pattern NAME = Pattern.compile("^\\s*(PROJCS|GEOGCS|PROJCRS|GEOGCRS)\\s*\\[\\s*\"([^\"]*)\"");
    private static final Pattern LAST_AUTHORITY = Pattern.compile(
            "(?:AUTHORITY|ID)\\s*\\[\\s*\"EPSG\"\\s*,\\s*\"?(\\d+)\"?\\s*\\]\\s*\\]\\s*$");

    private PrjFile() {
    }

    /** PROJECTION args ({@code init=epsg:n}) for the .prj beside {@code shp}, or empty. */
    static List<String> projectionArgs(Path shp) {
        String base = shp.toString().replaceFirst("(?i)\\.shp$", "");
        for (String ext : List.of(".prj", ".PRJ")) {
            Path prj = Path.of(base + ext);
            if (Files.isRegularFile(prj)) {
                try {
                    return fromWkt(Files.readString(prj, StandardCharsets.ISO_8859_1).trim());
                } catch (IOException e) {
                    return List.of();
                }
            }
        }
        return List.of();
    }

    /**
     * PROJECTION args for the .prj beside a raster, found as GDAL's AAIGrid driver finds it (the raster's extension
     * replaced by {@code .prj} or {@code .PRJ}), or empty: how an ESRI ASCII grid gets its CRS for PROJECTION AUTO.
     */
    public static List<String> besideRaster(Path raster) {
        String base = raster.toString().replaceFirst("\\.[^./\\\\]*$", "");
        return projectionArgs(Path.of(base + ".shp"));
    }

    static List<String> fromWkt(String wkt) {
        Matcher a = LAST_AUTHORITY.matcher(wkt);
        if (a.find()) {
            return List.of("init=epsg:" + a.group(1));
        }
        Matcher n = NAME.matcher(wkt);
        if (!n.find()) {
            return List.of();
        }
        String kind = n.group(1).toUpperCase(java.util.Locale.ROOT);
        String name = n.group(2).trim();
        if (kind.startsWith("GEOG") && (name.equals("GCS_WGS_1984") || name.equals("WGS 84") || name.equals("WGS84"))) {
            return List.of("init=epsg:4326");
        }
        if (name.equals("WGS_1984_Web_Mercator_Auxiliary_Sphere") || name.equals("WGS 84 / Pseudo-Mercator")
                || name.equals("WGS_84_Pseudo_Mercator")) {
            return List.of("init=epsg:3857");
        }
        Matcher u = UTM.matcher(name);
        if (u.matches() && (wkt.contains("WGS_1984") || wkt.contains("WGS 84") || wkt.contains("WGS84"))) {
            int zone = Integer.parseInt(u.group(1));
            if (zone >= 1 && zone <= 60) {
                return List.of("init=epsg:" + ((u.group(2).equalsIgnoreCase("N") ? 32600 : 32700) + zone));
            }
        }
        try {
            return EsriPrj.toArgs(wkt);
        } catch (ProjectionException e) {
            return List.of();
        }
    }
}
