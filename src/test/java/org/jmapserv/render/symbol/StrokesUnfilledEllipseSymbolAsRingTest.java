package org.jmapserv.render.symbol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.parse.MapfileReader;
import org.jmapserv.render.MapRenderer;
import org.jmapserv.render.RenderRequest;
import org.junit.jupiter.api.Test;

/** An ELLIPSE symbol without FILLED TRUE is a ring stroked with the style WIDTH, as msDrawMarkerSymbol does. */
class StrokesUnfilledEllipseSymbolAsRingTest {

    private static BufferedImage draw(boolean filled) throws Exception {
        String map = """
                MAP
                  EXTENT 0 0 40 40
                  SIZE 41 41
                  IMAGECOLOR 255 255 255
                  SYMBOL NAME "e" TYPE ELLIPSE %s POINTS 1 1 END END
                  LAYER
                    NAME "p" TYPE POINT STATUS ON
                    FEATURE POINTS 20 20 END END
                    CLASS STYLE SYMBOL "e" SIZE 20 WIDTH 2 COLOR 0 0 0 END END
                  END
                END
                """.formatted(filled ? "FILLED TRUE" : "");
        MapDef m = new MapfileReader().readString(map, "ring.map", Path.of(".").toAbsolutePath());
        return MapRenderer.standard().render(m, RenderRequest.defaults()).image();
    }

    @Test
    void leavesTheCentreOfAnUnfilledEllipseEmpty() throws Exception {
        BufferedImage img = draw(false);
        assertEquals(0xFFFFFF, img.getRGB(20, 20) & 0xFFFFFF, "centre");
        assertEquals(0x000000, img.getRGB(20, 10) & 0xFFFFFF, "ring at radius size/2");
        assertEquals(0xFFFFFF, img.getRGB(20, 5) & 0xFFFFFF, "outside");
    }

    @Test
    void fillsAnEllipseDeclaredFilled() throws Exception {
        BufferedImage img = draw(true);
        assertEquals(0x000000, img.getRGB(20, 20) & 0xFFFFFF, "centre");
    }
}
