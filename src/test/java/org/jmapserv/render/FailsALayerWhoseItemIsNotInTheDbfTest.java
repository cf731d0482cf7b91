package org.jmapserv.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;

import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.parse.MapfileReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Debian's map2img 8.0 on a shapefile layer whose LABELITEM, FILTERITEM or CLASSITEM names no DBF field:
 * "msDrawMap(): Image handling error. Failed to draw layer named 'c'. msDBFGetItemIndex(): DBASE file error. Item
 * 'nope' not found." and exit 1. We used to draw the layer as if the item were empty.
 */
class FailsALayerWhoseItemIsNotInTheDbfTest {

    @ParameterizedTest
    @ValueSource(strings = {"LABELITEM \"nope\"", "FILTERITEM \"nope\" FILTER \"x\"", "CLASSITEM \"nope\""})
    void theLayerFailsNamingTheItem(String item) throws Exception {
        MapDef m = new MapfileReader().readString("""
                MAP
                  SIZE 200 100
                  EXTENT -180 -90 180 90
                  SHAPEPATH "%s"
                  LAYER NAME "c" TYPE POLYGON STATUS DEFAULT DATA "countries"
                    %s
                    CLASS STYLE COLOR 255 0 0 END LABEL END END
                  END
                END
                """.formatted(Path.of("test-data/data").toAbsolutePath(), item), "i.map", Path.of("/tmp"));
        RenderException e = assertThrows(RenderException.class,
                () -> MapRenderer.standard().render(m, RenderRequest.defaults()));
        assertEquals("msDrawMap(): Failed to draw layer named 'c'. msDBFGetItemIndex(): DBASE file error. Item 'nope'"
                + " not found.", e.getMessage());
    }
}
