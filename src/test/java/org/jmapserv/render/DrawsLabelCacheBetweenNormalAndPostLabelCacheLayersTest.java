package org.jmapserv.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.awt.image.BufferedImage;

import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.parse.MapfileReader;
import org.junit.jupiter.api.Test;

/**
 * msDrawMap's order: layers, then the label cache, then POSTLABELCACHE layers; a LABELCACHE OFF layer's labels
 * are drawn with the layer, so later layers cover them.
 */
class DrawsLabelCacheBetweenNormalAndPostLabelCacheLayersTest {

    private static final int RED = 0xFF0000;

    /** A black block of text over the centre, then a red square covering it from a later layer. */
    private static BufferedImage draw(String labelLayerExtra, String coverExtra) throws Exception {
        String map = """
                MAP
                  EXTENT 0 0 100 100
                  SIZE 101 101
                  IMAGECOLOR 255 255 255
                  FONTSET "../test-data/fonts/fonts.txt"
                  LAYER
                    NAME "label" TYPE POINT STATUS ON %s
                    FEATURE POINTS 50 50 END TEXT "MM" END
                    CLASS LABEL FONT "sans-bold" SIZE 14 COLOR 0 0 0 POSITION CC END END
                  END
                  LAYER
                    NAME "cover" TYPE POLYGON STATUS ON %s
                    FEATURE POINTS 30 30 70 30 70 70 30 70 30 30 END END
                    CLASS STYLE COLOR 255 0 0 END END
                  END
                END
                """.formatted(labelLayerExtra, coverExtra);
        MapDef m = new MapfileReader().readString(map, "order.map", TestMaps.SAMPLES);
        return MapRenderer.standard().render(m, RenderRequest.defaults()).image();
    }

    private static int blackTextPixels(BufferedImage img) {
        int n = 0;
        for (int y = 35; y < 66; y++) {
            for (int x = 35; x < 66; x++) {
                n += (img.getRGB(x, y) & 0xFFFFFF) == 0 ? 1 : 0;
            }
        }
        return n;
    }

    @Test
    void cachedLabelsAreDrawnOverLaterLayers() throws Exception {
        assertNotEquals(0, blackTextPixels(draw("", "")));
    }

    @Test
    void postLabelCacheLayerIsDrawnOverTheLabels() throws Exception {
        BufferedImage img = draw("", "POSTLABELCACHE TRUE");
        assertEquals(0, blackTextPixels(img));
        assertEquals(RED, img.getRGB(50, 50) & 0xFFFFFF);
    }

    @Test
    void labelsOfALayerWithoutLabelCacheAreCoveredByLaterLayers() throws Exception {
        BufferedImage img = draw("LABELCACHE OFF", "");
        assertEquals(0, blackTextPixels(img));
        assertEquals(RED, img.getRGB(50, 50) & 0xFFFFFF);
    }
}
