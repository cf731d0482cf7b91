package org.jmapserv.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;

import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.parse.MapfileReader;
import org.junit.jupiter.api.Test;

/**
 * What MapServer 8 draws for a class STYLE GEOMTRANSFORM: upper-case names work, labelpnt/labelpoly draw nothing,
 * labelcenter and an expression that does not parse fail the layer, an unknown name draws the style untransformed
 * with a warning; a label STYLE with another transform fails the map.
 */
class AppliesGeomTransformNamesLikeMsDrawTransformedShapeTest {

    private static RenderedMap draw(String gt, String labelStyleGt) throws Exception {
        String map = """
                MAP
                  EXTENT 0 0 100 100
                  SIZE 101 101
                  IMAGECOLOR 255 255 255
                  SYMBOL NAME "c" TYPE ELLIPSE POINTS 1 1 END FILLED TRUE END
                  LAYER
                    NAME "l" TYPE LINE STATUS ON
                    FEATURE POINTS 10 10 50 50 90 10 END TEXT "x" END
                    CLASS
                      STYLE GEOMTRANSFORM %s SYMBOL "c" SIZE 9 COLOR 255 0 0 END
                      %s
                    END
                  END
                END
                """.formatted(gt, labelStyleGt == null ? ""
                : "LABEL SIZE 8 COLOR 0 0 0 STYLE GEOMTRANSFORM " + labelStyleGt + " COLOR 0 0 255 END END");
        MapDef m = new MapfileReader().readString(map, "gt.map", TestMaps.SAMPLES);
        return MapRenderer.standard().render(m, RenderRequest.defaults());
    }

    private static int red(BufferedImage img) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                n += (rgb >> 16 & 0xFF) > 200 && (rgb >> 8 & 0xFF) < 120 && (rgb & 0xFF) < 120 ? 1 : 0;
            }
        }
        return n;
    }

    @Test
    void upperCaseVerticesDrawsAMarkerAtTheMiddleVertex() throws Exception {
        BufferedImage img = draw("\"VERTICES\"", null).image();
        assertEquals(0xFF0000, img.getRGB(50, 50) & 0xFFFFFF);
        assertEquals(0xFFFFFF, img.getRGB(10, 90) & 0xFFFFFF);
    }

    @Test
    void labelTransformsOnAClassStyleDrawNothing() throws Exception {
        assertEquals(0, red(draw("\"LABELPNT\"", null).image()));
        assertEquals(0, red(draw("\"labelpoly\"", null).image()));
    }

    @Test
    void labelCenterAndBrokenExpressionsFailTheLayer() {
        RenderException a = assertThrows(RenderException.class, () -> draw("\"labelcenter\"", null));
        assertTrue(a.getMessage().contains("Failed to draw layer named 'l'"), a.getMessage());
        RenderException b = assertThrows(RenderException.class, () -> draw("(labelpoint([shape]))", null));
        assertTrue(b.getMessage().contains("Failed to process shape expression: labelpoint([shape])"),
                b.getMessage());
    }

    @Test
    void unknownNameDrawsUntransformedWithAWarning() throws Exception {
        RenderedMap r = draw("\"bogus\"", null);
        assertTrue(red(r.image()) > 40, "the line drawn as a plain line");
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("gt.map:") && w.contains("\"bogus\"")),
                r.warnings().toString());
    }

    @Test
    void labelStyleWithAShapeTransformFailsTheMap() {
        RenderException e = assertThrows(RenderException.class, () -> draw("\"start\"", "\"vertices\""));
        assertTrue(e.getMessage().contains("Labels only support LABELPNT, LABELPOLY and LABELCENTER"),
                e.getMessage());
    }
}
