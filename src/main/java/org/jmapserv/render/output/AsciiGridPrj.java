package org.jmapserv.render.output;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code .prj} GDAL's AAIGrid driver writes beside a {@code DRIVER "GDAL/AAIGRID"} map (AAIGCreateCopy: the
 * map's SRS as ESRI WKT on one line, no newline, in {@code <output without extension>.prj}), as MapServer 8.0 leaves
 * it next to {@code map2img -o x.asc}. Written for the projections whose ESRI WKT is known here, byte for byte as
 * GDAL 3.6 morphs them: {@code init=epsg:4326}, {@code init=epsg:3857} and the WGS 84 UTM zones ({@code
 * init=epsg:326zz / 327zz}); any other projection is reported, never written approximately.
 */
public final class AsciiGridPrj {

    private static final String GEOGCS_WGS84 = "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\","
            + "6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";
    private static final Pattern EPSG = Pattern.compile("\\+?init=epsg:(\\d+)");

    private AsciiGridPrj() {
    }

    /** Whether {@code format} is the AAIGrid driver, the one that writes a .prj. */
    public static boolean writesPrj(OutputFormat format) {
        return format.driver() != null && format.driver().equalsIgnoreCase("GDAL/AAIGRID");
    }

    /**
     * The .prj text for the map PROJECTION {@code args}: empty for no projection (GDAL writes no .prj then), or null
     * when this projection's ESRI WKT is not known here.
     */
    public static String text(List<String> args) {
        if (args.isEmpty()) {
            return "";
        }
        if (args.size() != 1) {
            return null;
        }
        Matcher m = EPSG.matcher(args.get(0).strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return null;
        }
        int code = Integer.parseInt(m.group(1));
        if (code == 4326) {
            return GEOGCS_WGS84;
        }
        if (code == 3857) {
            return "PROJCS[\"WGS_1984_Web_Mercator_Auxiliary_Sphere\"," + GEOGCS_WGS84
                    + ",PROJECTION[\"Mercator_Auxiliary_Sphere\"],PARAMETER[\"False_Easting\",0.0],"
                    + "PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\",0.0],"
                    + "PARAMETER[\"Standard_Parallel_1\",0.0],PARAMETER[\"Auxiliary_Sphere_Type\",0.0],"
                    + "UNIT[\"Meter\",1.0]]";
        }
        boolean north = code >= 32601 && code <= 32660;
        boolean south = code >= 32701 && code <= 32760;
        if (!north && !south) {
            return null;
        }
        int zone = code % 100;
        return "PROJCS[\"WGS_1984_UTM_Zone_" + zone + (north ? "N" : "S") + "\"," + GEOGCS_WGS84
                + ",PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"False_Easting\",500000.0],"
                + "PARAMETER[\"False_Northing\"," + (north ? "0.0" : "10000000.0") + "],"
                + "PARAMETER[\"Central_Meridian\"," + (zone * 6 - 183) + ".0],PARAMETER[\"Scale_Factor\",0.9996],"
                + "PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]";
    }

    /** The .prj's file name for an output file name: its extension replaced (CPLResetExtension). */
    public static String fileName(String output) {
        int slash = Math.max(output.lastIndexOf('/'), output.lastIndexOf('\\'));
        int dot = output.lastIndexOf('.');
        return (dot > slash ? output.substring(0, dot) : output) + ".prj";
    }
}
