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
 * STYLEITEM "AUTO" draws each OGR feature with its own style string: BRUSH fills and PEN outlines polygons,
 * LABEL parts label them (anchor, size, and MapServer's MEDIUM fallback for a font the FONTSET lacks); a
 * malformed style string fails the layer naming it.
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
    void everyToolIsItsOwnStyleDrawnByPriorityAs80DrawsThem() throws Exception {
        // probed with map2img 8.0 (sample 158): the polygon's left edge is x = 20, a 10 px pen covers 15..25
        int magenta = 0xffff00ff;
        int green = 0xff00ff00;
        int blue = 0xff0000ff;
        RenderedMap r = render("PEN(c:#FF00FF,w:10px);PEN(c:#00FF00,w:4px)");
        assertEquals(green, r.image().getRGB(20, 50), "the second PEN above the first");
        assertEquals(magenta, r.image().getRGB(16, 50), "the first PEN is drawn too");
        assertEquals(magenta, render("PEN(c:#FF00FF,w:10px,l:2);PEN(c:#00FF00,w:4px,l:1)").image().getRGB(20, 50),
                "the higher priority on top");
        assertEquals(green, render("PEN(c:#FF00FF,w:10px);PEN(c:#00FF00,w:4px,l:-5)").image().getRGB(20, 50),
                "a tool without l: comes before any with one");
        assertEquals(magenta, render("PEN(c:#FF00FF,w:10px);BRUSH(fc:#0000FF)").image().getRGB(23, 50),
                "the historical PEN;BRUSH pair: the fill first");
        assertEquals(blue, render("PEN(c:#FF00FF,w:10px,l:1);BRUSH(fc:#0000FF,l:1)").image().getRGB(23, 50),
                "equal priorities in string order");
        r = render("PEN(c:#FF00FF,w:10px);BRUSH(fc:#0000FF);PEN(c:#00FF00,w:4px)");
        assertEquals(blue, r.image().getRGB(23, 50), "three tools in string order: the fill above the wide pen");
        assertEquals(magenta, r.image().getRGB(16, 50));
        assertEquals(green, r.image().getRGB(20, 50));
    }

    @Test
    void aSymbolMissingFromTheSymbolsetFillsAPolygonAsSymbolZero() throws Exception {
        RenderedMap r = render("SYMBOL(c:#FF0000,id:\"ogr-sym-3\")");
        assertEquals(0xffff0000, r.image().getRGB(50, 50), "8.0 fills with the SYMBOL colour");
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
    }

    @Test
    void drawsTheLabelPartCentredOnAnchorFive() throws Exception {
        RenderedMap r = render("BRUSH(fc:#00FF00);LABEL(t:\"XX\",s:20px,c:#FF0000,p:5)");
        int[] box = redBox(r);
        assertTrue(box != null, "the label is drawn");
        assertTrue(box[0] < 50 && box[2] > 50 && box[1] < 50 && box[3] > 50,
                "p:5 (CC) centres it on the polygon's label point: " + java.util.Arrays.toString(box));
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
    }

    @Test
    void anchorsTheLabelUpperRightByDefault() throws Exception {
        int[] box = redBox(render("BRUSH(fc:#00FF00);LABEL(t:\"XX\",s:20px,c:#FF0000)"));
        assertTrue(box != null && box[0] >= 49 && box[3] <= 51,
                "OGR's default anchor (lower left) is MapServer's POSITION UR: " + java.util.Arrays.toString(box));
    }

    @Test
    void aFontMissingFromTheFontsetDrawsTheBuiltInFontAtMediumSize() throws Exception {
        int[] sized = redBox(render("LABEL(t:\"XX\",s:40px,c:#FF0000,p:5)"));
        int[] medium = redBox(render("LABEL(f:\"Arial\",t:\"XX\",s:40px,c:#FF0000,p:5)"));
        assertTrue(sized[3] - sized[1] > 25, "40 px text: " + java.util.Arrays.toString(sized));
        assertTrue(medium[3] - medium[1] < 12, "MS_MEDIUM (10) text: " + java.util.Arrays.toString(medium));
    }

    @Test
    void failsTheLayerOnAMalformedLabelAnchor() {
        RenderException e = assertThrows(RenderException.class, () -> render("LABEL(t:\"x\",p:top)"));
        assertTrue(e.getMessage().contains("msOGRLayerGetAutoStyle(): bad p \"top\" in LABEL"), e.getMessage());
    }

    /** minX, minY, maxX, maxY of the clearly red pixels, or null when there are none. */
    private static int[] redBox(RenderedMap r) {
        int[] box = null;
        for (int y = 0; y < r.image().getHeight(); y++) {
            for (int x = 0; x < r.image().getWidth(); x++) {
                int rgb = r.image().getRGB(x, y);
                if (((rgb >> 16) & 0xff) > 200 && ((rgb >> 8) & 0xff) < 80 && (rgb & 0xff) < 80) {
                    box = box == null ? new int[] {x, y, x, y}
                            : new int[] {Math.min(box[0], x), Math.min(box[1], y), Math.max(box[2], x),
                                    Math.max(box[3], y)};
                }
            }
        }
        return box;
    }

    @Test
    void failsTheLayerOnAMalformedStyleString() {
        RenderException e = assertThrows(RenderException.class, () -> render("BRUSH(fc:#00FF00"));
        assertTrue(e.getMessage().startsWith("msDrawMap(): Failed to draw layer named 'auto'. msOGRLayerGetAutoStyle(): "
                + "bad OGR style string"), e.getMessage());
    }
}
