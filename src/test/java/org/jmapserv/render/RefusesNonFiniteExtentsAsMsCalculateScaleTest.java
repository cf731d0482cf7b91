package org.jmapserv.render;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.jmapserv.mapfile.model.Extent;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.parse.MapfileReader;
import org.junit.jupiter.api.Test;

/**
 * An extent that squares into non-finite numbers ({@code EXTENT 0 0 1e400 10}, read as infinity, or
 * {@code mapext=-1e308 0 1e308 10}, whose width overflows) is refused as Debian's map2img 8.0 refuses it:
 * "msCalculateScale(): General error message. Invalid image extent, minx=-nan, miny=-inf, ...". It used to escape
 * the draw as an IllegalArgumentException.
 */
class RefusesNonFiniteExtentsAsMsCalculateScaleTest {

    private static MapDef map(String extent) throws Exception {
        return new MapfileReader().readString("""
                MAP
                  SIZE 100 100
                  EXTENT %s
                  LAYER NAME "p" TYPE POLYGON STATUS DEFAULT
                    FEATURE POINTS 1 1 9 1 9 9 1 9 1 1 END END
                    CLASS STYLE COLOR 255 0 0 END END
                  END
                END
                """.formatted(extent), "e.map", Path.of("/tmp"));
    }

    @Test
    void anInfiniteMapExtentIsMsCalculateScalesError() throws Exception {
        MapDef m = map("0 0 1e400 10");
        String msg = assertThrows(RenderException.class,
                () -> MapRenderer.standard().render(m, RenderRequest.defaults())).getMessage();
        assertTrue(msg.contains("msCalculateScale(): General error message. Invalid image extent, minx="), msg);
        assertTrue(msg.contains("inf"), msg);
    }

    @Test
    void aRequestExtentWhoseWidthOverflowsIsMsCalculateScalesError() throws Exception {
        MapDef m = map("0 0 10 10");
        RenderRequest r = RenderRequest.defaults().withExtent(new Extent(-1e308, 0, 1e308, 10));
        String msg = assertThrows(RenderException.class, () -> MapRenderer.standard().render(m, r)).getMessage();
        assertTrue(msg.contains("msCalculateScale(): General error message. Invalid image extent"), msg);
    }
}
