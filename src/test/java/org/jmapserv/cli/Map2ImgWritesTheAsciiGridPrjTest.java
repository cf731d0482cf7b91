package org.jmapserv.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jmapserv.render.output.AsciiGridPrj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * map2img with DRIVER "GDAL/AAIGRID" leaves the map's SRS as ESRI WKT in a .prj beside the grid, byte for byte as
 * MapServer 8.0 (GDAL 3.6's AAIGrid driver) does (test-data/rawmode/expected/grid-utm.prj); no .prj without a map
 * PROJECTION; a projection whose ESRI WKT is not known here is a warning, never a guessed file.
 */
class Map2ImgWritesTheAsciiGridPrjTest {

    private static final Path RAWMODE = Path.of("test-data/rawmode").toAbsolutePath();

    @TempDir
    Path dir;

    private String run(Path map, Path out) throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Map2ImgCommand(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of())
                .execute(new String[] {"-m", map.toString(), "-o", out.toString()});
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path copy(String name, String projection) throws Exception {
        String text = Files.readString(RAWMODE.resolve(name + ".map"))
                .replace("\"../rasters\"", "\"" + RAWMODE.resolveSibling("rasters") + "\"");
        if (projection != null) {
            text = text.replace("init=epsg:32633", projection);
        }
        Path map = dir.resolve(name + ".map");
        Files.writeString(map, text);
        return map;
    }

    @Test
    void writesThePrjMapServerWritesBesideTheGrid() throws Exception {
        run(copy("grid-utm", null), dir.resolve("grid-utm.asc"));
        assertEquals(Files.readString(RAWMODE.resolve("expected/grid-utm.prj")),
                Files.readString(dir.resolve("grid-utm.prj")));
        assertEquals(Files.readString(RAWMODE.resolve("expected/grid-utm.asc")),
                Files.readString(dir.resolve("grid-utm.asc")));
    }

    @Test
    void writesNoPrjWithoutAMapProjection() throws Exception {
        run(copy("grid-float32", null), dir.resolve("g.asc"));
        assertTrue(Files.exists(dir.resolve("g.asc")));
        assertFalse(Files.exists(dir.resolve("g.prj")));
    }

    @Test
    void anUnknownProjectionIsAWarningAndNoGuessedPrj() throws Exception {
        String err = run(copy("grid-utm", "init=epsg:2056"), dir.resolve("g.asc"));
        assertTrue(err.contains("map2img: warning: the .prj GDAL writes beside an ASCII grid was not written"), err);
        assertFalse(Files.exists(dir.resolve("g.prj")));
    }

    @Test
    void knownProjectionsAreWrittenAsGdalMorphsThemToEsri() {
        // gdalsrsinfo -o wkt_esri EPSG:n (GDAL 3.6.2), whitespace removed
        assertEquals("GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],"
                + "PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]",
                AsciiGridPrj.text(List.of("init=epsg:4326")));
        String south = AsciiGridPrj.text(List.of("init=epsg:32733"));
        assertTrue(south.startsWith("PROJCS[\"WGS_1984_UTM_Zone_33S\""), south);
        assertTrue(south.contains("PARAMETER[\"False_Northing\",10000000.0],PARAMETER[\"Central_Meridian\",15.0]"));
        assertTrue(AsciiGridPrj.text(List.of("init=epsg:3857")).contains("PROJECTION[\"Mercator_Auxiliary_Sphere\"]"));
        assertEquals("/tmp/a.b/grid.prj", AsciiGridPrj.fileName("/tmp/a.b/grid.asc"));
        assertEquals("/tmp/a.b/grid.prj", AsciiGridPrj.fileName("/tmp/a.b/grid"));
    }
}
