package org.jmapserv.data.ogr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jmapserv.data.DataSourceException;
import org.jmapserv.data.Feature;
import org.jmapserv.data.FeatureSource;
import org.jmapserv.mapfile.model.ConnectionType;
import org.jmapserv.mapfile.model.LayerDef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OGR SQL JOIN, UNION ALL and what GDAL 3.6 refuses (GROUP BY, plain UNION, INNER JOIN, secondary fields in WHERE /
 * ORDER BY), on the directory datasource test-data/ogr/joindir and a CSV attribute table. Every expected answer and
 * message was read from {@code ogrinfo -sql} on the same files.
 */
class JoinsAndUnitesOgrSqlLayersTest {

    private static final String JOINDIR = OgrFixtures.DIR.resolve("joindir").toString();

    private static FeatureSource open(String connection, String sql) {
        LayerDef layer = OgrFixtures.layer("q", ConnectionType.OGR, connection, sql).build();
        return OgrFixtures.open(OgrFixtures.DIR, layer);
    }

    private static List<Feature> read(String connection, String sql) {
        try (FeatureSource s = open(connection, sql)) {
            return OgrFixtures.all(s, null);
        }
    }

    private static String error(String connection, String sql) {
        return assertThrows(DataSourceException.class, () -> read(connection, sql)).getMessage();
    }

    @Test
    void leftJoinTakesTheFirstMatchingRowAndNamesQualifiedItemsAsWritten() {
        try (FeatureSource s = open(JOINDIR,
                "SELECT k.NAME, ISO, CAPPOP, c.CAPNAME FROM countries k LEFT JOIN capitals c ON k.ISO = c.ISO")) {
            assertEquals(List.of("k.NAME", "ISO", "CAPPOP", "c.CAPNAME"), s.attributeNames());
            List<Feature> f = OgrFixtures.all(s, null);
            assertEquals(5, f.size(), "a LEFT JOIN keeps every primary row and its geometry");
            assertEquals(List.of("Aldenburg", "", "Saint-Émeric", "Großhafen", ""),
                    f.stream().map(x -> x.attribute("c.CAPNAME")).toList());
            assertEquals("2300000", f.get(3).attribute("CAPPOP"));
        }
    }

    @Test
    void selectStarAddsSecondaryFieldsQualifyingOnlyClashingNames() {
        try (FeatureSource s = open(JOINDIR, "SELECT * FROM countries k JOIN capitals c ON k.ISO = c.ISO")) {
            List<String> names = s.attributeNames();
            assertTrue(names.containsAll(List.of("NAME", "ISO", "CAPNAME", "CAPPOP", "c.ISO")), names.toString());
        }
    }

    @Test
    void joinsACsvAttributeTableNamedByDatasourceAndLayer(@TempDir Path tmp) throws Exception {
        Path csv = tmp.resolve("stats.csv");
        Files.writeString(csv, "ISO,GDP,NOTE\nOST,120.5,east\nVSE,88,west\nOST,999,dup\n");
        List<Feature> f = read(OgrFixtures.DIR.resolve("countries.geojson").toString(), "SELECT NAME, GDP, s.NOTE "
                + "FROM countries c LEFT JOIN '" + csv + "'.stats s ON c.ISO = s.ISO");
        assertEquals(List.of("", "", "", "120.5", "88"), f.stream().map(x -> x.attribute("GDP")).toList(),
                "the first OST row is joined, not the later duplicate");
        assertEquals("east", f.get(3).attribute("s.NOTE"));
    }

    @Test
    void joinsAStandaloneDbfOfTheDirectoryRecodedByItsLanguageDriver() {
        List<Feature> f = read(JOINDIR,
                "SELECT NAME, GDP, s.NOTE FROM countries c LEFT JOIN stats s ON c.ISO = s.ISO WHERE POP > 0");
        assertEquals(5, f.size());
        assertEquals(List.of("", "", "", "östlich", "west"), f.stream().map(x -> x.attribute("s.NOTE")).toList());
        assertEquals(120.5, Double.parseDouble(f.get(3).attribute("GDP")), 1e-9, "ogrinfo: 120.500000000000000");
    }

    @Test
    void secondaryRowsWithoutGeometryAreJoinedFromEveryDriver() {
        // ogrinfo -sql on the same files: OST joins the null-geometry row, WMK the row with no geometry member
        List<String> expected = List.of("no geometry member", "", "", "null geometry", "with geometry");
        String geojson = OgrFixtures.DIR.resolve("notes.geojson").toString();
        String shp = OgrFixtures.DIR.resolve("joindir").resolve("notes.shp").toString();
        for (String sql : List.of(
                "SELECT NAME, n.NOTE FROM countries c LEFT JOIN notes n ON c.ISO = n.ISO",
                "SELECT NAME, n.NOTE FROM countries c LEFT JOIN '" + geojson + "'.notes n ON c.ISO = n.ISO",
                "SELECT NAME, n.NOTE FROM countries c LEFT JOIN '" + shp + "'.notes n ON c.ISO = n.ISO")) {
            List<Feature> f = read(JOINDIR, sql);
            assertEquals(expected, f.stream().map(x -> x.attribute("n.NOTE")).toList(), sql);
        }
    }

    @Test
    void aRelativeSecondaryDatasourceIsTakenFromTheWorkingDirectoryNotTheMapfileOrDatasource() {
        // map2img 8.0 run from another directory: '../data/stats.csv' works only where the working directory makes it
        // right (probed from the mapfile's and the data's directories, and failing from their parent)
        Path notes = OgrFixtures.DIR.resolve("notes.geojson").toAbsolutePath();
        String fromCwd = Path.of("").toAbsolutePath().relativize(notes).toString();
        List<Feature> f = read(JOINDIR,
                "SELECT NAME, n.NOTE FROM countries c LEFT JOIN '" + fromCwd + "'.notes n ON c.ISO = n.ISO");
        assertEquals("null geometry", f.get(3).attribute("n.NOTE"));
        assertTrue(error(JOINDIR, "SELECT NAME, n.NOTE FROM countries c LEFT JOIN '../notes.geojson'.notes n "
                + "ON c.ISO = n.ISO").contains("Unable to open secondary datasource `../notes.geojson' required by JOIN."),
                "relative to the datasource directory it is not found");
    }

    @Test
    void selectsCountRowsWithoutGeometryAsGdalDoes() {
        // ogrinfo -sql on notes.geojson: the null-geometry rows take their place in LIMIT, ORDER BY and WHERE
        String notes = OgrFixtures.DIR.resolve("notes.geojson").toString();
        try (FeatureSource s = open(notes, "SELECT NOTE FROM notes LIMIT 1")) {
            assertEquals(1, s.count(), "GDAL: the first row, 'null geometry'");
            assertEquals(0, OgrFixtures.all(s, null).size(), "which has nothing to draw");
        }
        try (FeatureSource s = open(notes, "SELECT NOTE FROM notes ORDER BY NOTE DESC LIMIT 2")) {
            assertEquals(List.of("with geometry"), OgrFixtures.all(s, null).stream().map(x -> x.attribute("NOTE"))
                    .toList());
            assertEquals(2, s.count());
        }
        try (FeatureSource s = open(notes,
                "SELECT NOTE FROM notes WHERE OGR_GEOMETRY = 'POINT' OR NOTE LIKE 'no%'")) {
            assertEquals(2, s.count(), "a row without geometry has no OGR_GEOMETRY");
        }
        try (FeatureSource s = open(JOINDIR, "SELECT NOTE FROM notes LIMIT 1")) {
            assertEquals(1, s.count(), "GDAL: the shapefile's null shape 'null geometry' is its first row");
            assertEquals(0, OgrFixtures.all(s, null).size());
        }
    }

    @Test
    void csvRowsWithoutGeometryAreRowsToo(@TempDir Path tmp) throws Exception {
        Path csv = tmp.resolve("e.csv");
        Files.writeString(csv, "WKT,NAME\n,empty\n\"POINT (1 2)\",pt\n");
        try (FeatureSource s = open(csv.toString(), "SELECT NAME FROM e LIMIT 1")) {
            assertEquals(1, s.count(), "ogrinfo -sql: the row 'empty'");
            assertEquals(0, OgrFixtures.all(s, null).size());
        }
        try (FeatureSource s = open(csv.toString(), "e")) {
            assertEquals(List.of("pt"), OgrFixtures.all(s, null).stream().map(x -> x.attribute("NAME")).toList());
        }
    }

    @Test
    void rowsWithoutGeometryAreStillNotDrawn() {
        try (FeatureSource s = open(OgrFixtures.DIR.resolve("notes.geojson").toString(), "notes")) {
            assertEquals(1, OgrFixtures.all(s, null).size(), "only the feature with a geometry is drawable");
            assertEquals(3, s.count(), "ogrinfo: Feature Count: 3");
        }
    }

    @Test
    void joinConditionsOfIncomparableTypesJoinNothing() {
        List<Feature> f = read(JOINDIR, "SELECT NAME, CAPNAME FROM countries k LEFT JOIN capitals c ON k.POP = c.ISO");
        assertEquals(5, f.size());
        assertTrue(f.stream().allMatch(x -> x.attribute("CAPNAME").isEmpty()));
    }

    @Test
    void unionAllConcatenatesTheSelectsWithTheFieldsOfAll() {
        try (FeatureSource s = open(JOINDIR,
                "SELECT NAME, POP FROM countries WHERE POP > 3000000 UNION ALL SELECT NAME AS name FROM lakes")) {
            assertEquals(List.of("NAME", "POP"), s.attributeNames());
            List<Feature> f = OgrFixtures.all(s, null);
            long lakes = f.stream().filter(x -> x.attribute("POP").isEmpty()).count();
            assertEquals(f.size() - lakes, read(JOINDIR, "SELECT NAME FROM countries WHERE POP > 3000000").size());
            assertEquals(read(JOINDIR, "SELECT NAME FROM lakes").size(), lakes);
        }
    }

    @Test
    void whatGdalRefusesFailsTheLayerWithGdalsWords() {
        assertTrue(error(JOINDIR, "SELECT NAME FROM countries k LEFT JOIN capitals c ON k.ISO = c.NOPE")
                .contains("\"c\".\"NOPE\" not recognised as an available field."));
        String noTable = error(JOINDIR, "SELECT NAME FROM countries k LEFT JOIN nosuch c ON k.ISO = c.ISO");
        assertTrue(noTable.contains("ExecuteSQL() failed in layer `q': SELECT from table nosuch failed, no such "
                + "table/featureclass.") && noTable.contains(JOINDIR), noTable);
        assertTrue(error(JOINDIR, "SELECT NAME FROM countries k LEFT JOIN 'nofile.csv'.stats s ON k.ISO = s.ISO")
                .contains("Unable to open secondary datasource `nofile.csv' required by JOIN."));
        assertTrue(error(JOINDIR, "SELECT NAME, CAPNAME FROM countries k JOIN capitals c ON k.ISO = c.ISO "
                + "WHERE CAPPOP > 0").contains("Cannot use field 'CAPPOP' of a secondary table in this context"));
        assertTrue(error(JOINDIR, "SELECT NAME FROM countries k LEFT JOIN capitals c ON k.ISO = c.ISO ORDER BY "
                + "c.CAPPOP").contains("Cannot use field 'CAPPOP' of a secondary table in an ORDER BY clause"));
        assertTrue(error(JOINDIR, "SELECT ISO, count(*) FROM countries GROUP BY ISO")
                .contains("syntax error, unexpected 'BY', expecting end of string"), "GDAL takes GROUP as an alias");
        assertTrue(error(JOINDIR, "SELECT NAME FROM countries UNION SELECT NAME FROM lakes")
                .contains("syntax error, unexpected SELECT, expecting ALL"));
        assertTrue(error(JOINDIR, "SELECT * FROM countries k INNER JOIN capitals c ON k.ISO = c.ISO")
                .contains("SQL Expression Parsing Error: syntax error, unexpected 'INNER'"));
        assertTrue(error(JOINDIR, "SELECT c.NAME, countries.ISO FROM countries c")
                .contains("Unrecognized field name countries.ISO."), "the table name is no qualifier once aliased");
    }
}
