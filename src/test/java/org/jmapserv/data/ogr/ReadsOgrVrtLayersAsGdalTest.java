package org.jmapserv.data.ogr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jmapserv.data.DataSourceException;
import org.jmapserv.data.Feature;
import org.jmapserv.data.FeatureSource;
import org.jmapserv.mapfile.model.ConnectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;

/**
 * OGR VRT layers (test-data/ogr/features.vrt) as GDAL 3.6 serves them: the counts, names, FIDs and extents
 * asserted here were read with {@code ogrinfo} on the same files.
 */
class ReadsOgrVrtLayersAsGdalTest {

    @TempDir
    Path dir;

    private static List<Feature> read(Path vrt, String layer) {
        try (FeatureSource s = OgrFixtures.open(OgrFixtures.DIR,
                OgrFixtures.layer("v", ConnectionType.OGR, vrt.toString(), layer).build())) {
            assertFalse(s.attributeNames().isEmpty() && layer.equals("towns") && !s.attributeNames().contains("town"));
            return OgrFixtures.all(s, null);
        }
    }

    private static List<Feature> read(String layer) {
        return read(OgrFixtures.DIR.resolve("features.vrt"), layer);
    }

    @Test
    void fieldsAreRenamedRetypedAndSelectedAndTheFidComesFromAColumn() {
        List<Feature> towns = read("towns");
        assertEquals(13, towns.size(), "SrcRegion keeps the towns west of 15°E");
        Feature first = towns.get(0);
        assertEquals(List.of("town", "people", "is_capital"), first.attributes().names());
        assertEquals("Aldenburg", first.attribute("town"));
        assertEquals("1250000", first.attribute("people"));
        assertEquals(1250000, first.index(), "<FID>POP</FID>");
        assertTrue(towns.stream().allMatch(f -> f.shape().envelope().getMaxX() <= 15));
    }

    @Test
    void wkbColumnsAndGeometryFieldClipping() {
        List<Feature> wkb = read("towns_wkb");
        assertEquals(24, wkb.size());
        assertEquals(100, wkb.get(0).index());
        assertEquals(List.of("id", "NAME", "POP", "CAPITAL"), wkb.get(0).attributes().names(),
                "reportSrcColumn=\"false\" hides the WKB column");
        assertEquals(new Envelope(12.6, 12.6, 45.9, 45.9), wkb.get(0).shape().envelope());
        List<Feature> roads = read("roads_clipped");
        assertEquals(12, roads.size(), "one road only touches the region: GDAL keeps it as a point");
        Envelope all = new Envelope();
        roads.forEach(f -> all.expandToInclude(f.shape().envelope()));
        assertEquals(new Envelope(11, 17, 41, 46), all, "clipped to the GeometryField's SrcRegion");
        assertEquals(3, read("populous").size(), "SrcSQL is OGR SQL over GeoJSON");
    }

    @Test
    void whatJmapservCannotReadIsRefusedWithFileLineAndColumn() throws Exception {
        Files.copy(OgrFixtures.DIR.resolve("cities_lonlat.csv"), dir.resolve("cities_lonlat.csv"));
        Path vrt = dir.resolve("bad.vrt");
        Files.writeString(vrt, """
                <OGRVRTDataSource>
                  <OGRVRTLayer name="a">
                    <SrcDataSource relativeToVRT="1">cities_lonlat.csv</SrcDataSource>
                    <SrcLayer>cities_lonlat</SrcLayer>
                    <Style>PEN(c:#FF0000)</Style>
                  </OGRVRTLayer>
                  <OGRVRTLayer name="b">
                    <SrcDataSource relativeToVRT="1">cities_lonlat.csv</SrcDataSource>
                    <SrcLayer>cities_lonlat</SrcLayer>
                    <GeometryField encoding="PointFromColumns" x="lon" y="lat"/>
                    <Field name="n" src="nosuch"/>
                  </OGRVRTLayer>
                  <OGRVRTUnionLayer name="u"/>
                </OGRVRTDataSource>
                """);
        DataSourceException e = assertThrows(DataSourceException.class, () -> read(vrt, "u"));
        assertTrue(e.getMessage().contains("Cannot find source layers in OGRVRTUnionLayer at " + vrt + ":13:"),
                e.getMessage());
        e = assertThrows(DataSourceException.class, () -> read(vrt, "a"));
        assertTrue(e.getMessage().contains("<Style> at " + vrt + ":5:") && e.getMessage().contains("layer `v'"),
                e.getMessage());
        e = assertThrows(DataSourceException.class, () -> read(vrt, "b"));
        assertTrue(e.getMessage().contains("Unable to find source field 'nosuch' of <Field> at " + vrt + ":11:"),
                e.getMessage());
    }

    @Test
    void unionLayersJoinTheirSourcesFieldsByStrategy() {
        Path vrt = OgrFixtures.DIR.resolve("union_warped.vrt");
        try (FeatureSource s = OgrFixtures.open(OgrFixtures.DIR,
                OgrFixtures.layer("v", ConnectionType.OGR, vrt.toString(), "waters_and_land").build())) {
            assertEquals(List.of("src", "NAME", "AREA_KM2", "DEPTH_M", "ISO", "POP", "TYPE", "COLOR"),
                    s.attributeNames(), "ogrinfo's field list of the union");
            List<Feature> f = OgrFixtures.all(s, null);
            assertEquals(8, f.size());
            assertEquals("lakes", f.get(0).attribute("src"));
            assertEquals("1650", f.get(0).attribute("AREA_KM2"), "an unsized Real, as OGR writes it");
            assertEquals(List.of("land", "Vallée-Saint-Élan", "2547.4", "VSE", "38000"),
                    List.of(f.get(7).attribute("src"), f.get(7).attribute("NAME"), f.get(7).attribute("AREA_KM2"),
                            f.get(7).attribute("ISO"), f.get(7).attribute("POP")));
            assertEquals(7, f.get(7).index(), "FIDs run on across the sources");
        }
        try (FeatureSource s = OgrFixtures.open(OgrFixtures.DIR,
                OgrFixtures.layer("v", ConnectionType.OGR, vrt.toString(), "common_fields").build())) {
            assertEquals(List.of("NAME", "AREA_KM2"), s.attributeNames());
            assertEquals(List.of(0L, 1L, 2L, 0L, 1L, 2L, 3L, 4L),
                    OgrFixtures.all(s, null).stream().map(Feature::index).toList(), "PreserveSrcFID ON");
        }
    }

    @Test
    void warpedLayersReprojectTheirSourceToTheTargetSrs() {
        Path vrt = OgrFixtures.DIR.resolve("union_warped.vrt");
        try (FeatureSource s = OgrFixtures.open(OgrFixtures.DIR,
                OgrFixtures.layer("v", ConnectionType.OGR, vrt.toString(), "countries_mercator").build())) {
            assertEquals(List.of("init=epsg:3857"), s.autoProjection());
            Feature first = OgrFixtures.all(s, null).get(0);
            double[] xy = first.shape().coordinates();
            assertEquals(1146590.75517072, xy[0], 0.01, "ogrinfo -fid 0");
            assertEquals(5465442.18332275, xy[1], 0.01);
            assertEquals(1, OgrFixtures.all(s, new Envelope(1.9e6, 2.2e6, 4.8e6, 5.2e6)).size(),
                    "a query in the target CRS (ogrinfo -spat)");
            assertEquals(3, OgrFixtures.all(s, new Envelope(1.3e6, 1.5e6, 5.0e6, 5.6e6)).size());
        }
    }

    @Test
    void warpedGeomFieldNameWarpsTheFirstGeometryFieldAndRefusesTheOthers() throws Exception {
        Files.writeString(dir.resolve("two.csv"), "id,lon,lat,WKT\n1,12.5,45.5,\"POINT (13.5 44.5)\"\n");
        Files.copy(OgrFixtures.DIR.resolve("countries.geojson"), dir.resolve("countries.geojson"));
        Path vrt = dir.resolve("w.vrt");
        String twoFields = """
                    <OGRVRTLayer name="%s">
                      <SrcDataSource relativeToVRT="1">two.csv</SrcDataSource>
                      <SrcLayer>two</SrcLayer>
                      <GeometryField name="g1" encoding="PointFromColumns" x="lon" y="lat"><SRS>WGS84</SRS></GeometryField>
                      <GeometryField name="g2" encoding="WKT" field="WKT"><SRS>WGS84</SRS></GeometryField>
                    </OGRVRTLayer>
                """;
        Files.writeString(vrt, "<OGRVRTDataSource>\n"
                + warped(twoFields.formatted("first"), "G1") + warped(twoFields.formatted("second"), "g2")
                + warped(twoFields.formatted("nosuch"), "nosuch") + warped("""
                    <OGRVRTLayer name="unnamed">
                      <SrcDataSource relativeToVRT="1">countries.geojson</SrcDataSource>
                      <SrcLayer>countries</SrcLayer>
                    </OGRVRTLayer>
                """, "geom") + "</OGRVRTDataSource>\n");
        double[] xy = read(vrt, "first").get(0).shape().coordinates();
        assertEquals(1391493.63491592, xy[0], 0.01, "ogrinfo: the first field (g1) in EPSG:3857");
        assertEquals(5700582.73240405, xy[1], 0.01);
        String e = assertThrows(DataSourceException.class, () -> read(vrt, "second")).getMessage();
        assertTrue(e.contains("<WarpedGeomFieldName> at " + vrt + ":") && e.contains("names the geometry field 'g2', "
                + "not the first one"), e);
        e = assertThrows(DataSourceException.class, () -> read(vrt, "nosuch")).getMessage();
        assertTrue(e.contains("Cannot find source geometry field 'nosuch'"), e);
        e = assertThrows(DataSourceException.class, () -> read(vrt, "unnamed")).getMessage();
        assertTrue(e.contains("Cannot find source geometry field 'geom'"), "GeoJSON's field has no name: " + e);
    }

    private static String warped(String source, String field) {
        return "  <OGRVRTWarpedLayer>\n" + source + "    <WarpedGeomFieldName>" + field
                + "</WarpedGeomFieldName>\n    <TargetSRS>EPSG:3857</TargetSRS>\n  </OGRVRTWarpedLayer>\n";
    }

    @Test
    void brokenUnionAndWarpedLayersFailTheLayerWithTheirPlace() throws Exception {
        Files.copy(OgrFixtures.DIR.resolve("countries.geojson"), dir.resolve("countries.geojson"));
        Path vrt = dir.resolve("bad.vrt");
        Files.writeString(vrt, """
                <OGRVRTDataSource>
                  <OGRVRTWarpedLayer>
                    <OGRVRTLayer name="w">
                      <SrcDataSource relativeToVRT="1">countries.geojson</SrcDataSource>
                      <SrcLayer>countries</SrcLayer>
                    </OGRVRTLayer>
                  </OGRVRTWarpedLayer>
                  <OGRVRTUnionLayer name="u">
                    <FieldStrategy>Everything</FieldStrategy>
                    <OGRVRTLayer name="countries">
                      <SrcDataSource relativeToVRT="1">countries.geojson</SrcDataSource>
                    </OGRVRTLayer>
                  </OGRVRTUnionLayer>
                  <OGRVRTUnionLayer name="m">
                    <OGRVRTLayer name="countries">
                      <SrcDataSource relativeToVRT="1">countries.geojson</SrcDataSource>
                    </OGRVRTLayer>
                    <OGRVRTLayer name="gone">
                      <SrcDataSource relativeToVRT="1">missing.geojson</SrcDataSource>
                    </OGRVRTLayer>
                  </OGRVRTUnionLayer>
                </OGRVRTDataSource>
                """);
        DataSourceException e = assertThrows(DataSourceException.class, () -> read(vrt, "w"));
        assertTrue(e.getMessage().contains("Missing TargetSRS element within OGRVRTWarpedLayer at " + vrt + ":2:")
                && e.getMessage().contains("layer `v'"), e.getMessage());
        e = assertThrows(DataSourceException.class, () -> read(vrt, "u"));
        assertTrue(e.getMessage().contains("Unhandled value for FieldStrategy `Everything'."), e.getMessage());
        // GDAL's ogrinfo skips the missing source and serves the countries, but MapServer 8.0 fails the layer
        // ("msOGRFileNextShape(): OGR error. OGR GetNextFeature() error'd."): the open's CPLError is still pending
        e = assertThrows(DataSourceException.class, () -> read(vrt, "m"));
        assertTrue(e.getMessage().contains("File not found") && e.getMessage().contains("missing.geojson"),
                e.getMessage());
    }
}
