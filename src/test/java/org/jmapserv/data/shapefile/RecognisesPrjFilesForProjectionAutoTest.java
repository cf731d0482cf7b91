package org.jmapserv.data.shapefile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * PROJECTION AUTO on shapefiles: the .prj files of the test data (ESRI WKT without authority codes) are named
 * for sure; an EPSG AUTHORITY wins; anything else is unknown rather than guessed.
 */
class RecognisesPrjFilesForProjectionAutoTest {

    private static final Path DATA = Path.of("test-data/data");

    @Test
    void namesTheTestDataPrjFiles() {
        assertEquals(List.of("init=epsg:4326"), PrjFile.projectionArgs(DATA.resolve("countries.shp")));
        assertEquals(List.of("init=epsg:3857"), PrjFile.projectionArgs(DATA.resolve("countries_3857.shp")));
        assertEquals(List.of("init=epsg:32633"), PrjFile.projectionArgs(DATA.resolve("cities_utm33.shp")));
        assertEquals(List.of(), PrjFile.projectionArgs(DATA.resolve("no_such.shp")));
    }

    @Test
    void takesTheOutermostEpsgAuthorityAndRefusesToGuess() {
        assertEquals(List.of("init=epsg:2056"), PrjFile.fromWkt("PROJCS[\"CH1903+ / LV95\",GEOGCS[\"CH1903+\","
                + "AUTHORITY[\"EPSG\",\"4150\"]],UNIT[\"metre\",1],AUTHORITY[\"EPSG\",\"2056\"]]"));
        assertEquals(List.of(), PrjFile.fromWkt("PROJCS[\"NAD_1983_StatePlane_California_VI_FIPS_0406_Feet\","
                + "GEOGCS[\"GCS_North_American_1983\"],PROJECTION[\"Lambert_Conformal_Conic\"]]"));
        assertEquals(List.of("init=epsg:32718"), PrjFile.fromWkt("PROJCS[\"WGS_1984_UTM_Zone_18S\",GEOGCS["
                + "\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\"]]]"));
    }
}
