package org.jmapserv.render.style;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.jmapserv.mapfile.parse.MapfileReader;
import org.jmapserv.render.MapRenderer;
import org.jmapserv.render.RenderRequest;
import org.jmapserv.render.RenderedMap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A STYLE with COLOR and OUTLINECOLOR outlines its polygon as msDrawShadeSymbol does, with INIT_STROKE_STYLE's
 * defaults: solid (its PATTERN ignored) with round caps and joins, in AGG and Cairo alike (checked against 8.0's
 * map2img, png and cairopng); an outline-only style keeps its PATTERN (samples 03 and 199 pin both against 8.0).
 */
class OutlinesAFilledPolygonWithStrokeDefaultsLikeMsDrawShadeSymbolTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"png", "cairopng"})
    void filledPolygonOutlineIsSolidWhateverItsPattern(String format) throws Exception {
        Path mapfile = dir.resolve("o.map");
        Files.writeString(mapfile, """
                MAP
                  SIZE 200 150
                  EXTENT 0 0 200 150
                  IMAGECOLOR 255 255 255
                  LAYER
                    NAME "a"
                    TYPE POLYGON
                    STATUS ON
                    FEATURE POINTS 20 20 180 20 180 130 20 130 20 20 END END
                    CLASS
                      STYLE COLOR 200 220 250 OUTLINECOLOR 0 0 0 WIDTH 4 LINEJOIN MITER LINECAP BUTT PATTERN 10 8 END END
                    END
                  END
                END
                """);
        RenderedMap r = MapRenderer.standard().render(new MapfileReader().read(mapfile),
                RenderRequest.defaults().withOutputFormat(format));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        r.write(out);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
        // the lower edge (map y 20 -> image row 130): dark all along, no dash gaps
        for (int x = 25; x <= 175; x++) {
            int green = (img.getRGB(x, 130) >> 8) & 0xff;
            assertTrue(green < 80, format + ": outline pixel " + x + ",130 is not dark (green " + green + ")");
        }
    }
}
