package org.jmapserv.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** .prj files (ESRI WKT) turned into PROJ arguments for PROJECTION AUTO, or refused by name. */
class EsriPrjTest {

    @Test
    void geographicWgs84() throws Exception {
        List<String> args = EsriPrj.toArgs(Files.readString(Path.of("test-data/data/cities.prj")));
        assertEquals(List.of("proj=longlat", "datum=WGS84", "no_defs"), args);
    }

    @Test
    void utmZoneFromTransverseMercatorParameters() throws Exception {
        List<String> args = EsriPrj.toArgs(Files.readString(Path.of("test-data/data/cities_utm33.prj")));
        assertTrue(args.containsAll(List.of("proj=tmerc", "lon_0=15.0", "k=0.9996", "x_0=500000.0", "y_0=0.0",
                "datum=WGS84", "units=m")), args.toString());
        double[] xy = {15.0, 45.0};
        ProjectionFactory f = new ProjectionFactory();
        Reprojector.between(f.fromMapfileArgs(List.of("init=epsg:4326")), f.fromMapfileArgs(args)).transform(xy, 0, 1);
        assertEquals(500000.0, xy[0], 0.01);
        assertEquals(4982950.4, xy[1], 1.0); // EPSG:32633 northing of 45N on the central meridian
    }

    @Test
    void webMercatorUsesTheSphere() {
        String wkt = "PROJCS[\"WGS_1984_Web_Mercator_Auxiliary_Sphere\",GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\","
                + "SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\","
                + "0.0174532925199433]],PROJECTION[\"Mercator_Auxiliary_Sphere\"],PARAMETER[\"False_Easting\",0.0],"
                + "PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\",0.0],PARAMETER["
                + "\"Standard_Parallel_1\",0.0],PARAMETER[\"Auxiliary_Sphere_Type\",0.0],UNIT[\"Meter\",1.0]]";
        List<String> args = EsriPrj.toArgs(wkt);
        assertTrue(args.contains("proj=merc") && args.contains("a=6378137.0") && args.contains("b=6378137.0"),
                args.toString());
    }

    @Test
    void unknownProjectionIsRefusedByName() {
        String wkt = "PROJCS[\"x\",GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,"
                + "298.257223563]]],PROJECTION[\"Polyconic\"],UNIT[\"Meter\",1.0]]";
        ProjectionException e = assertThrows(ProjectionException.class, () -> EsriPrj.toArgs(wkt));
        assertTrue(e.getMessage().contains("Polyconic"), e.getMessage());
    }
}
