package org.jmapserv.data.ogr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jmapserv.data.Feature;
import org.jmapserv.data.FeatureSource;
import org.jmapserv.data.shapefile.ShapefileReader;
import org.jmapserv.mapfile.model.ConnectionType;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.Metadata;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

/**
 * Every OGR-style fixture gives the same features, attributes and shapes as the shapefile it was made from by
 * ogr2ogr (make-fixtures.sh), through every DATA form, and spatial queries (rtree, packed Hilbert R-tree) return
 * exactly the features whose boxes meet the extent.
 */
class ReadsOgrDatasourcesAsGdalServesThemTest {

    private static final java.nio.file.Path SHAPES = java.nio.file.Path.of("test-data/data").toAbsolutePath();

    /** NAME → POP of the source shapefile, the reference every format must reproduce. */
    private static Map<String, String> reference(String shp) {
        Map<String, String> m = new TreeMap<>();
        try (FeatureSource s = ShapefileReader.open(SHAPES.resolve(shp))) {
            for (Feature f : OgrFixtures.all(s, null)) {
                m.put(f.attribute("NAME"), f.attribute("POP"));
            }
        }
        return m;
    }

    private static Map<String, String> namesAndPop(LayerDef l) {
        Map<String, String> m = new TreeMap<>();
        try (FeatureSource s = OgrFixtures.open(OgrFixtures.DIR, l)) {
            for (Feature f : OgrFixtures.all(s, null)) {
                m.put(f.attribute("NAME"), f.attribute("POP"));
            }
        }
        return m;
    }

    @Test
    void everyFormatGivesTheShapefilesCitiesWithTheirAttributes() {
        Map<String, String> cities = reference("cities.shp");
        assertEquals(24, cities.size());
        assertEquals(cities, namesAndPop(OgrFixtures.layer("c", ConnectionType.OGR, "world.gpkg", "cities").build()));
        assertEquals(cities, namesAndPop(OgrFixtures.layer("c", ConnectionType.OGR, "world.gpkg", "3").build()));
        assertEquals(cities, namesAndPop(OgrFixtures.layer("c", ConnectionType.OGR, "cities_noindex.fgb", null).build()));
        assertEquals(cities, namesAndPop(OgrFixtures.layer("c", ConnectionType.FLATGEOBUF, null, "cities_noindex.fgb").build()));
        assertEquals(cities, namesAndPop(OgrFixtures.layer("c", ConnectionType.OGR, "cities_wkt.csv", null).build()));
        assertEquals(cities, namesAndPop(OgrFixtures.layer("c", ConnectionType.OGR, "cities_lonlat.vrt", "cities").build()));
        assertEquals(cities, namesAndPop(OgrFixtures.layer("c", ConnectionType.OGR, "../data/cities.shp", null).build()));
        LayerDef.Builder xy = OgrFixtures.layer("c", ConnectionType.OGR, "cities_lonlat.csv", null);
        xy.connectionOptions = Metadata.of(List.of(new Metadata.Entry("X_POSSIBLE_NAMES", "lon"),
                new Metadata.Entry("Y_POSSIBLE_NAMES", "lat")));
        assertEquals(cities, namesAndPop(xy.build()));
        assertEquals(Map.of(), namesAndPop(OgrFixtures.layer("c", ConnectionType.OGR, "cities_lonlat.csv", null).build()),
                "without the open options OGR's CSV driver finds no geometry, so nothing is drawn");
    }

    @Test
    void sqlDataRunsInSqliteAndKeepsItsColumns() {
        LayerDef l = OgrFixtures.layer("c", ConnectionType.OGR, "world.gpkg",
                "SELECT NAME, POP * 2 AS POP2, geom FROM cities WHERE POP > 1000000").build();
        try (FeatureSource s = OgrFixtures.open(OgrFixtures.DIR, l)) {
            assertEquals(List.of("NAME", "POP2"), s.attributeNames());
            List<Feature> all = OgrFixtures.all(s, null);
            assertEquals(reference("cities.shp").values().stream().filter(p -> Long.parseLong(p) > 1000000).count(),
                    all.size());
            for (Feature f : all) {
                assertEquals(Long.parseLong(reference("cities.shp").get(f.attribute("NAME"))) * 2,
                        Long.parseLong(f.attribute("POP2")));
            }
        }
    }

    @Test
    void nativeFilterIsRunByTheGeoPackageDriver() {
        LayerDef.Builder b = OgrFixtures.layer("k", ConnectionType.OGR, "world.gpkg", "countries");
        b.processing.add("NATIVE_FILTER=TYPE = 'K'");
        try (FeatureSource s = OgrFixtures.open(OgrFixtures.DIR, b.build())) {
            List<Feature> all = OgrFixtures.all(s, null);
            assertTrue(!all.isEmpty());
            all.forEach(f -> assertEquals("K", f.attribute("TYPE")));
        }
    }

    @Test
    void spatialIndexesReturnExactlyTheFeaturesWhoseBoxesMeetTheExtent() {
        Envelope small = new Envelope(12.0, 13.5, 44.5, 46.0);
        for (LayerDef l : List.of(
                OgrFixtures.layer("r", ConnectionType.OGR, "world.gpkg", "roads").build(),
                OgrFixtures.layer("r", ConnectionType.FLATGEOBUF, null, "roads.fgb").build(),
                OgrFixtures.layer("r", ConnectionType.OGR, "roads_wkt.csv", null).build())) {
            try (FeatureSource s = OgrFixtures.open(OgrFixtures.DIR, l)) {
                List<Feature> all = OgrFixtures.all(s, null);
                List<Feature> hits = OgrFixtures.all(s, small);
                long expected = all.stream().filter(f -> small.intersects(f.shape().envelope())).count();
                assertEquals(12, all.size(), l.connection() + " " + l.data());
                assertEquals(expected, hits.size(), l.connection() + " " + l.data());
                assertTrue(hits.size() < all.size(), "the extent leaves some roads out");
            }
        }
    }

    @Test
    void polygonsKeepTheirRingsAndNumbersAreFormattedAsOgrDoes() {
        try (FeatureSource shp = ShapefileReader.open(SHAPES.resolve("countries.shp"));
             FeatureSource gpkg = OgrFixtures.open(OgrFixtures.DIR,
                     OgrFixtures.layer("c", ConnectionType.OGR, "world.gpkg", "countries").build());
             FeatureSource json = OgrFixtures.open(OgrFixtures.DIR,
                     OgrFixtures.layer("c", ConnectionType.OGR, "countries.geojson", null).build())) {
            List<Feature> a = OgrFixtures.all(shp, null);
            List<Feature> b = OgrFixtures.all(gpkg, null);
            List<Feature> c = OgrFixtures.all(json, null);
            assertEquals(a.size(), b.size());
            assertEquals(a.size(), c.size());
            for (int i = 0; i < a.size(); i++) {
                assertEquals(a.get(i).shape().pointCount(), b.get(i).shape().pointCount());
                assertEquals(a.get(i).shape().partCount(), c.get(i).shape().partCount());
                assertEquals(a.get(i).geometry().getArea(), b.get(i).geometry().getArea(), 1e-9);
                assertEquals(b.get(i).attribute("AREA_KM2"), c.get(i).attribute("AREA_KM2"));
            }
            assertEquals("81550.3", b.get(0).attribute("AREA_KM2"));
            assertEquals(List.of("NAME", "ISO", "POP", "TYPE", "COLOR", "AREA_KM2"), gpkg.attributeNames());
        }
    }

    @Test
    void flatGeobufIndexFindsEveryCountryWhoseBoxMeetsTheView() {
        // MapServer 8.0's native FLATGEOBUF reader drops SEV here (sample 72 notes it); GDAL's ogrinfo -spat keeps it
        Envelope view = new Envelope(11.5, 17.5, 42.5, 47.0);
        try (FeatureSource s = OgrFixtures.open(OgrFixtures.DIR,
                OgrFixtures.layer("c", ConnectionType.FLATGEOBUF, null, "countries.fgb").build())) {
            List<String> isos = OgrFixtures.all(s, view).stream().map(f -> f.attribute("ISO")).sorted().toList();
            assertEquals(List.of("NRD", "OST", "SEV", "VSE", "WMK"), isos);
        }
    }

    @Test
    void sourcesReportTheirOwnCrsForProjectionAuto() {
        Map<String, List<String>> expected = Map.of(
                "countries_3857.gpkg", List.of("init=epsg:3857"),
                "world.gpkg", List.of("init=epsg:4326"),
                "rivers_3857.geojson", List.of("init=epsg:3857"),
                "countries.geojson", List.of("init=epsg:4326"),
                "roads.fgb", List.of("init=epsg:4326"),
                "cities_wkt.csv", List.of());
        expected.forEach((file, crs) -> {
            try (FeatureSource s = OgrFixtures.open(OgrFixtures.DIR,
                    OgrFixtures.layer("p", ConnectionType.OGR, file, null).build())) {
                assertEquals(crs, s.autoProjection(), file);
            }
        });
        try (FeatureSource s = OgrFixtures.open(OgrFixtures.DIR, OgrFixtures.layer("p", ConnectionType.OGR,
                "countries_3857.gpkg", "SELECT NAME, geom FROM countries").build())) {
            assertEquals(List.of("init=epsg:3857"), s.autoProjection(), "an SQL SELECT keeps its table's CRS");
        }
        try (FeatureSource s = OgrFixtures.open(OgrFixtures.DIR,
                OgrFixtures.layer("p", ConnectionType.OGR, "cities_lonlat.vrt", "cities").build())) {
            assertEquals(List.of("init=epsg:4326"), s.autoProjection(), "the VRT's LayerSRS WGS84");
        }
    }
}
