package org.jmapserv.render;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.parse.MapfileReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PROJECTION AUTO takes the datasource's own CRS (sample 79 draws EPSG:3857 GeoPackage and GeoJSON layers in a
 * 4326 map); a datasource that does not state one fails the layer instead of being drawn unprojected.
 */
class RefusesProjectionAutoWithoutADatasourceCrsTest {

    @TempDir
    Path dir;

    @Test
    void projectionAutoWithoutACrsInTheDatasourceFailsTheLayer() throws Exception {
        Files.writeString(dir.resolve("pts.csv"), "WKT,NAME\n\"POINT (5 5)\",a\n");
        Path map = dir.resolve("pa.map");
        Files.writeString(map, """
                MAP
                  EXTENT 0 0 10 10
                  SIZE 100 100
                  PROJECTION "init=epsg:4326" END
                  LAYER NAME "pts" TYPE POINT STATUS ON CONNECTIONTYPE OGR CONNECTION "pts.csv"
                    PROJECTION AUTO END
                    CLASS STYLE SIZE 5 COLOR 0 0 0 END END
                  END
                END
                """);
        MapDef m = new MapfileReader().read(map);
        RenderException e = assertThrows(RenderException.class,
                () -> MapRenderer.standard().render(m, RenderRequest.defaults()));
        assertTrue(e.getMessage().startsWith("msDrawMap(): Failed to draw layer named 'pts'. msLayerGetAutoProjection(): "
                + "PROJECTION AUTO, but the layer's datasource does not say its coordinate system"), e.getMessage());
    }
}
