package org.jmapserv.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;

import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.model.Position;
import org.jmapserv.mapfile.parse.MapfileReader;
import org.junit.jupiter.api.Test;

/**
 * LEGEND / SCALEBAR STATUS EMBED as msEmbedLegend and msEmbedScalebar place them: centred at a point from POSITION
 * (the scalebar moved inwards by OFFSET), in the label cache (other labels keep off) unless POSTLABELCACHE, which
 * draws them over everything.
 */
class EmbedsLegendAndScalebarAtTheirPositionTest {

    private static final int GREEN = 0x00FF00;

    private static BufferedImage draw(String furniture, String labelLayerExtra) throws Exception {
        String map = """
                MAP
                  EXTENT 0 0 100 100
                  SIZE 201 101
                  UNITS METERS
                  IMAGECOLOR 255 255 255
                  %s
                  LAYER
                    NAME "box" TYPE POLYGON STATUS ON
                    FEATURE POINTS 0 0 100 0 100 100 0 100 0 0 END END
                    CLASS NAME "Box" STYLE COLOR 200 200 255 END END
                  END
                  LAYER
                    NAME "label" TYPE POINT STATUS ON %s
                    FEATURE POINTS 1 1 END TEXT "MMMMMM" END
                    CLASS LABEL SIZE 14 COLOR 0 0 0 POSITION UR END END
                  END
                END
                """.formatted(furniture, labelLayerExtra);
        MapDef m = new MapfileReader().readString(map, "embed.map", TestMaps.SAMPLES);
        return MapRenderer.standard().render(m, RenderRequest.defaults()).image();
    }

    private static int countRgb(BufferedImage img, int rgb, int x0, int y0, int x1, int y1) {
        int n = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                n += (img.getRGB(x, y) & 0xFFFFFF) == rgb ? 1 : 0;
            }
        }
        return n;
    }

    @Test
    void centresAreComputedFromPositionAndOffset() throws Exception {
        BufferedImage img = new BufferedImage(40, 20, BufferedImage.TYPE_INT_ARGB);
        assertArrayEquals(new double[] {20, 90}, EmbeddedFurniture.point(Position.LL, 200, 100, img, 0, 0, "f"));
        assertArrayEquals(new double[] {180, 10}, EmbeddedFurniture.point(Position.UR, 200, 100, img, 0, 0, "f"));
        assertArrayEquals(new double[] {100, 90}, EmbeddedFurniture.point(Position.LC, 200, 100, img, 0, 0, "f"));
        assertArrayEquals(new double[] {175, 82}, EmbeddedFurniture.point(Position.LR, 200, 100, img, 5, 8, "f"));
        assertArrayEquals(new double[] {25, 18}, EmbeddedFurniture.point(Position.UL, 200, 100, img, 5, 8, "f"));
        assertThrows(RenderException.class, () -> EmbeddedFurniture.point(Position.CC, 200, 100, img, 0, 0,
                "msEmbedLegend()"));
    }

    @Test
    void legendInTheLabelCacheKeepsLabelsOff() throws Exception {
        String legend = "LEGEND STATUS EMBED POSITION LL IMAGECOLOR 0 255 0 END";
        BufferedImage img = draw(legend, "");
        // the legend sits in the lower-left corner, its background green; the label at (1,1) is dropped
        assertTrue(countRgb(img, GREEN, 0, 80, 10, 101) > 100);
        assertEquals(0, countRgb(img, 0x000000, 60, 0, 201, 101));
    }

    @Test
    void postLabelCacheLegendIsDrawnOverTheLabel() throws Exception {
        String legend = "LEGEND STATUS EMBED POSITION LL POSTLABELCACHE TRUE IMAGECOLOR 0 255 0 END";
        BufferedImage img = draw(legend, "");
        assertTrue(countRgb(img, GREEN, 0, 80, 10, 101) > 100);
        int legendRight = 0;
        while ((img.getRGB(legendRight, 100) & 0xFFFFFF) == GREEN) {
            legendRight++;
        }
        // the label is still drawn: black text right of the legend
        assertNotEquals(0, countRgb(img, 0x000000, legendRight, 0, 201, 101));
    }

    @Test
    void scalebarGoesToItsCornerWithOffset() throws Exception {
        String sb = "SCALEBAR STATUS EMBED POSITION UR OFFSET 7 4 IMAGECOLOR 0 255 0 SIZE 80 3 UNITS METERS END";
        BufferedImage img = draw(sb, "");
        // 201 pixels wide: the 80-pixel scalebar ends 7 pixels in from the right edge and starts near the top
        assertEquals(GREEN, img.getRGB(200 - 7, 12) & 0xFFFFFF);
        assertNotEquals(GREEN, img.getRGB(200 - 6, 12) & 0xFFFFFF);
        assertEquals(GREEN, img.getRGB(200 - 79 - 7, 12) & 0xFFFFFF);
        assertNotEquals(GREEN, img.getRGB(200 - 80 - 7, 12) & 0xFFFFFF);
        assertNotEquals(GREEN, img.getRGB(150, 2) & 0xFFFFFF);
    }

    @Test
    void centredLegendPositionsAreRefusedAsMapServerRefusesThem() {
        // MapServer 8: "getSymbol(): Symbol definition error. Parsing error near (CC)"
        assertThrows(org.jmapserv.mapfile.MapfileException.class,
                () -> draw("LEGEND STATUS EMBED POSITION CC END", ""));
    }
}
