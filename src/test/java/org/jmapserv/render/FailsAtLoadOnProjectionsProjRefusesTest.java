package org.jmapserv.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.jmapserv.geo.ProjectionFactory;
import org.jmapserv.mapfile.Diagnostic;
import org.jmapserv.mapfile.MapfileException;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.parse.MapfileReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Debian's map2img 8.0 fails at load (msProcessProjection inside msLoadMap) on {@code init=epsg:999999},
 * {@code +proj=foo} and {@code +lat_1=91}; we used to load them and fail (or, for lat_1=91, draw) later.
 */
class FailsAtLoadOnProjectionsProjRefusesTest {

    private static MapDef map(String layerProjection) throws Exception {
        return new MapfileReader().readString("""
                MAP
                  SIZE 10 10
                  EXTENT 0 0 10 10
                  LAYER NAME "p" TYPE POINT STATUS DEFAULT
                    PROJECTION %s END
                  END
                END
                """.formatted(layerProjection), "p.map", Path.of("/tmp"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"init=epsg:999999\"", "\"+proj=foo\"", "\"+proj=lcc\" \"+lat_1=91\" \"+lat_2=40\"",
            "\"+proj=lcc +lat_1=10 +lat_2=-95\""})
    void aProjectionProjRefusesFailsTheLoadAtItsBlock(String projection) throws Exception {
        MapDef m = map(projection);
        MapfileException e = assertThrows(MapfileException.class, () -> LoadTimeChecks.require(m));
        Diagnostic d = e.diagnostics().get(0);
        assertEquals("p.map", Path.of(d.position().file()).getFileName().toString());
        assertEquals(5, d.position().line());
        assertTrue(d.message().startsWith("msProcessProjection(): Projection library error."), d.message());
    }

    @Test
    void validProjectionsLoad() throws Exception {
        LoadTimeChecks.require(map("\"init=epsg:3857\""));
        LoadTimeChecks.require(map("\"+proj=lcc\" \"+lat_1=45\" \"+lat_2=50\""));
    }

    @Test
    void aCustomInitFileIsReadFromItsPathRelativeToTheWorkingDirectoryAsProjDoes() throws Exception {
        Path dir = Files.createDirectories(Path.of("target/init-file-test"));
        Files.writeString(dir.resolve("epsg2"), "# custom\n<42304> +proj=lcc +lat_1=49 +lat_2=77 +lat_0=49"
                + " +lon_0=-95 +x_0=0 +y_0=0 +datum=NAD83 +units=m +no_defs <>\n");
        var p = new ProjectionFactory().fromMapfileArgs(java.util.List.of("init=./target/init-file-test/epsg2:42304"));
        assertTrue(p.crs().getParameterString().contains("+lat_1=49"), p.crs().getParameterString());
        MapfileException e = assertThrows(MapfileException.class,
                () -> LoadTimeChecks.require(map("\"init=./target/init-file-test/epsg2:99\"")));
        assertTrue(e.getMessage().contains("no <99>"), e.getMessage());
    }
}
