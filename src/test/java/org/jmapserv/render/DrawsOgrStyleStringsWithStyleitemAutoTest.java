package org.jmapserv.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.parse.MapfileReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * STYLEITEM "AUTO" draws each OGR feature with its own style string: BRUSH fills and PEN outlines polygons;
 * parts jmapserv does not draw (LABEL) and symbols missing from the SYMBOLSET are warned about with the layer's
 * position; a malformed style string fails the layer naming it.
 */
class DrawsOgrStyleStringsWithStyleitemAutoTest {

    @TempDir
    Path dir;

    private RenderedMap render(String style) throws Exception {
        Files.writeString(dir.resolve("one.geojson"), """
                {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"OGR_STYLE":%s},
                 "geometry":{"type":"Polygon","coordinates":[[[2,2],[8,2],[8,8],[2,8],[2,2]]]}}]}
                """.formatted("\"" + new String(JsonStringEncoder.getInstance().quoteAsString(style)) + "\""));
        Path map = dir.resolve("auto.map");
        Files.writeString(map, """
                MAP
                  EXTENT 0 0 10 10
                  SIZE 100 100
                  IMAGECOLOR 255 255 255
                  LAYER NAME "auto" TYPE POLYGON STATUS ON
                    CONNECTIONTYPE OGR CONNECTION "one.geojson" STYLEITEM "AUTO"
                    CLASS END
                  END
                END
                """);
        MapDef m = new MapfileReader().read(map);
        return MapRenderer.standard().render(m, RenderRequest.defaults());
    }

    @Test
    void brushFillsAndPenOutlines() throws Exception {
        RenderedMap r = render("BRUSH(fc:#00FF00);PEN(c:#0000FF,w:4px)");
        assertEquals(0xff00ff00, r.image().getRGB(50, 50), "the BRUSH fill");
        assertEquals(0xff0000ff, r.image().getRGB(20, 50), "the 4 px PEN outline on the left edge (x = 20)");
        assertEquals(0xffffffff, r.image().getRGB(5, 5));
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
    }

    @Test
    void warnsAboutLabelsItDoesNotDraw() throws Exception {
        RenderedMap r = render("BRUSH(fc:#00FF00);LABEL(t:\"x\")");
        assertEquals(0xff00ff00, r.image().getRGB(50, 50));
        assertEquals(1, r.warnings().size());
        assertTrue(r.warnings().get(0).contains("layer 'auto'") && r.warnings().get(0).contains("auto.map:")
                && r.warnings().get(0).contains("LABEL parts of OGR style strings are not drawn"), r.warnings().get(0));
    }

    @Test
    void failsTheLayerOnAMalformedStyleString() {
        RenderException e = assertThrows(RenderException.class, () -> render("BRUSH(fc:#00FF00"));
        assertTrue(e.getMessage().startsWith("msDrawMap(): Failed to draw layer named 'auto'. msOGRLayerGetAutoStyle(): "
                + "bad OGR style string"), e.getMessage());
    }
}
