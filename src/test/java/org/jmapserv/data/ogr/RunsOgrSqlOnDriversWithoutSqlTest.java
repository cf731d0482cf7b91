package org.jmapserv.data.ogr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jmapserv.data.DataSourceException;
import org.jmapserv.data.Feature;
import org.jmapserv.data.FeatureSource;
import org.jmapserv.mapfile.model.ConnectionType;
import org.jmapserv.mapfile.model.LayerDef;
import org.junit.jupiter.api.Test;

/**
 * SQL DATA and NATIVE_FILTER on GeoJSON, CSV, FlatGeobuf, shapefiles and VRT layers are OGR SQL, as GDAL 3.6 runs
 * them for MapServer 8.0. Every expected answer below was read from {@code ogrinfo -sql} / {@code -where} on the same
 * fixtures.
 */
class RunsOgrSqlOnDriversWithoutSqlTest {

    private static List<Feature> read(String file, String data, String nativeFilter) {
        LayerDef.Builder b = OgrFixtures.layer("q", ConnectionType.OGR, OgrFixtures.DIR.resolve(file).toString(), data);
        if (nativeFilter != null) {
            b.processing.add("NATIVE_FILTER=" + nativeFilter);
        }
        try (FeatureSource s = OgrFixtures.open(OgrFixtures.DIR, b.build())) {
            return OgrFixtures.all(s, null);
        }
    }

    private static List<String> values(List<Feature> f, String item) {
        return f.stream().map(x -> x.attribute(item)).toList();
    }

    private static int count(String where) {
        return read("countries.geojson", "countries", where).size();
    }

    @Test
    void whereClausesMatchWhatOgrinfoSelects() {
        assertEquals(1, count("NAME = 'Östland'"));
        assertEquals(0, count("NAME = 'östland'"), "= is case-sensitive");
        assertEquals(1, count("NAME LIKE 'Öst%'"));
        assertEquals(0, count("ISO LIKE 'w%'"), "LIKE is case-sensitive in GDAL 3.6");
        assertEquals(1, count("ISO ILIKE 'w%'"));
        assertEquals(0, count("NAME ILIKE 'öst%'"), "ILIKE folds ASCII letters only");
        assertEquals(2, count("ISO IN ('WMK','NRD')"));
        assertEquals(4, count("ISO NOT IN ('WMK')"));
        assertEquals(4, count("POP BETWEEN 1 AND 7000000"));
        assertEquals(1, count("CONCAT(NAME,'x') = 'Östlandx'"));
        assertEquals(0, count("SUBSTR(NAME,1,2) = 'Ös'"), "SUBSTR counts bytes");
        assertEquals(1, count("CAST(POP AS character(20)) = '8900000'"));
        assertEquals(1, count("POP = '8900000'"), "a string literal meets an integer field as a number");
        assertEquals(5, count("ISO = \"ISO\""), "double quotes name a field");
        assertEquals(1, count("iso = 'WMK'"), "field names are case-insensitive");
        assertEquals(1, count("FID = 1"));
        assertEquals(3, count("OGR_GEOMETRY = 'POLYGON'"));
        assertEquals(2, count("ISO = 'WMK' AND POP > 0 OR FID = 2"));
        assertEquals(4, count("POP > 1e6"));
        assertEquals(5, count("POP % 2 = 0"));
    }

    @Test
    void likeMatchesUtf8BytesAndStaysLinearWithManyWildcards() {
        assertEquals(1, count("NAME LIKE 'W_stmark'"));
        assertEquals(1, count("ISO LIKE 'W%K'"));
        assertEquals(0, count("NAME LIKE 'Vall_e%'"), "_ is one byte: é needs two");
        assertEquals(1, count("NAME LIKE 'Vall__e%'"));
        assertEquals(1, count("NAME LIKE '%-%-%'"));
        assertEquals(1, count("NAME LIKE '%rk'"));
        assertEquals(0, count("NAME LIKE '%a%a%a%a%a%a%a%a%a%a%a%a%a%a%a%a%a%a%a%a%a%a%a%a%z'"));
        String longSql = "SELECT NAME FROM countries WHERE " + "NAME = 'x' OR ".repeat(100) + "(";
        DataSourceException e = assertThrows(DataSourceException.class, () -> read("countries.geojson", longSql, null));
        assertTrue(e.getMessage().length() < 600 && e.getMessage().contains("..."), e.getMessage());
    }

    @Test
    void selectKeepsGeometriesAndFidsAndNamesItemsAsOgrDoes() {
        List<Feature> f = read("countries.geojson",
                "SELECT NAME, POP*2 AS p2, POP/3, CONCAT(NAME, ISO), FID FROM countries ORDER BY POP DESC LIMIT 2", null);
        assertEquals(List.of("Östland", "Sévéria"), values(f, "NAME"));
        assertEquals(List.of("17800000", "12200000"), values(f, "p2"));
        assertEquals("2966666", f.get(0).attribute("FIELD_3"), "integer division, unaliased item named FIELD_n");
        assertEquals("ÖstlandOST", f.get(0).attribute("CONCAT_NAME"));
        assertEquals(3, f.get(0).index(), "the source FID is kept");
        assertEquals("3", f.get(0).attribute("FID"));
        assertTrue(f.get(0).shape().envelope().getWidth() > 1, "the source geometry is kept");
        assertEquals(List.of("WMK", "NRD"), values(read("countries.geojson",
                "SELECT * FROM countries WHERE AREA_KM2 < 100000 AND POP > 1000000", null), "ISO"));
        assertEquals(0, read("countries.geojson", "SELECT count(*) FROM countries", null).size(),
                "an aggregate has no geometry: MapServer draws nothing");
    }

    @Test
    void csvFieldsAreStringsAsOgrTypesThem() {
        assertEquals(List.of("Thornby"), values(read("cities_wkt.csv",
                "SELECT NAME, POP FROM cities_wkt WHERE POP > '900000'", null), "NAME"));
        DataSourceException e = assertThrows(DataSourceException.class, () -> read("cities_wkt.csv",
                "SELECT NAME FROM cities_wkt WHERE POP > 900000", null));
        assertTrue(e.getMessage().contains("Type mismatch or improper type of arguments to > operator."), e.getMessage());
    }

    @Test
    void nativeFilterWorksOnEveryDriverAndFailsAsMapServerSays() {
        assertEquals(List.of("WMK"), values(read("countries.fgb", null, "ISO = 'WMK'"), "ISO"));
        assertEquals(List.of("WMK"), values(read("countries.geojson", "SELECT ISO, NAME FROM countries", "ISO = 'WMK'"),
                "ISO"), "on an SQL result too");
        DataSourceException e = assertThrows(DataSourceException.class, () -> read("countries.geojson", null, "POP >"));
        assertTrue(e.getMessage().startsWith("msOGRFileWhichShapes(): OGR error. SetAttributeFilter(POP >) failed on "
                + "layer q. SQL Expression Parsing Error: syntax error, unexpected end of string"), e.getMessage());
        e = assertThrows(DataSourceException.class, () -> read("countries.geojson", null, "lower(NAME) = 'x'"));
        assertTrue(e.getMessage().contains("Undefined function 'lower' used."), e.getMessage());
    }

    private static List<String> filtered(String file, String data, String filter) {
        LayerDef.Builder b = OgrFixtures.layer("f", ConnectionType.OGR, OgrFixtures.DIR.resolve(file).toString(), data);
        b.filter = org.jmapserv.mapfile.parse.ExpressionRewriter.withText(
                new org.jmapserv.mapfile.model.expr.ExpressionDef(org.jmapserv.mapfile.model.expr.ExpressionKind.LOGICAL,
                        false, "", null), filter);
        try (FeatureSource s = OgrFixtures.open(OgrFixtures.DIR, b.build())) {
            assertTrue(s.filterApplied());
            return values(OgrFixtures.all(s, null), "NAME");
        }
    }

    @Test
    void filterRegexesMeanWhatMapServer80SendsTheDriver() {
        // whole-string LIKE / GLOB: ^S matches only "S"; map2img 8.0 draws nothing for it
        assertEquals(List.of(), filtered("countries.geojson", "countries", "\"[NAME]\" ~ \"^S\""));
        assertEquals(List.of("Sévéria"), filtered("countries.geojson", "countries", "\"[NAME]\" ~ \"^S.*\""));
        assertEquals(List.of(), filtered("countries.geojson", "countries", "\"[NAME]\" ~ \"^.st.*\""),
                "OGR SQL's _ is one byte: Ö is two");
        assertEquals(List.of("Östland"), filtered("world.gpkg", "countries", "\"[NAME]\" ~ \"^.st.*\""),
                "GLOB's ? is one character");
        assertEquals(4, filtered("countries.geojson", "countries", "NOT (\"[NAME]\" ~ \"^S\")").size(),
                "OGR SQL drivers: MapServer also applies its own FILTER");
        assertEquals(5, filtered("world.gpkg", "countries", "NOT (\"[NAME]\" ~ \"^S\")").size(),
                "GeoPackage: the SQL alone decides");
        assertEquals(List.of(), filtered("world.gpkg", "countries", "\"[NAME]\" ~* \"^s\""));
        assertEquals("^S[ -~]a.*x\\+\\[$", OgrFilterAsSent.wholeStringRegex("^S.a.*x+[$", OgrFilterAsSent.Syntax.OGR_LIKE));
        assertEquals("^a.*b.$", OgrFilterAsSent.wholeStringRegex("a*b?", OgrFilterAsSent.Syntax.GLOB));
    }
}
