package org.jmapserv.image.raster;

/**
 * The few GeoTIFF keys a raster layer needs, read from the GeoKeyDirectory tag (34735) as libgeotiff does:
 * the model type, PixelIsArea / PixelIsPoint, and the EPSG code of the projected or geographic CRS.
 *
 * @param pixelIsPoint GTRasterTypeGeoKey = RasterPixelIsPoint (2)
 * @param epsg         ProjectedCSTypeGeoKey, else GeographicTypeGeoKey, when an EPSG code (not user-defined); 0
 *                     otherwise
 */
public record GeoKeys(boolean pixelIsPoint, int epsg) {

    private static final int GT_MODEL_TYPE = 1024;
    private static final int GT_RASTER_TYPE = 1025;
    private static final int GEOGRAPHIC_TYPE = 2048;
    private static final int PROJECTED_CS_TYPE = 3072;
    private static final int USER_DEFINED = 32767;

    public static final GeoKeys NONE = new GeoKeys(false, 0);

    /** Parses the directory's SHORT values; a malformed directory yields what could be read. */
    public static GeoKeys parse(int[] dir) {
        if (dir == null || dir.length < 4) {
            return NONE;
        }
        int n = dir[3];
        boolean point = false;
        int model = 0;
        int geographic = 0;
        int projected = 0;
        for (int k = 0; k < n && 4 + 4 * k + 3 < dir.length; k++) {
            int id = dir[4 + 4 * k];
            int location = dir[4 + 4 * k + 1];
            int value = dir[4 + 4 * k + 3];
            if (location != 0) {
                continue; // values kept in other tags (doubles, ASCII) are not needed here
            }
            switch (id) {
                case GT_MODEL_TYPE -> model = value;
                case GT_RASTER_TYPE -> point = value == 2;
                case GEOGRAPHIC_TYPE -> geographic = value;
                case PROJECTED_CS_TYPE -> projected = value;
                default -> { }
            }
        }
        int epsg = 0;
        if (model != 2 && projected > 0 && projected != USER_DEFINED) {
            epsg = projected;
        } else if (geographic > 0 && geographic != USER_DEFINED) {
            epsg = geographic;
        }
        return new GeoKeys(point, epsg);
    }
}
