package org.jmapserv.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jmapserv.mapfile.model.Color;
import org.jmapserv.mapfile.model.Extent;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.LayerType;
import org.jmapserv.mapfile.model.MapDef;
import org.junit.jupiter.api.Test;

class DrawsShapefilePolygonsThroughMapRendererTest {

    private static MapDef countries() {
        LayerDef.Builder l = TestMaps.layer("countries", LayerType.POLYGON,
                TestMaps.fill(Color.rgb(230, 220, 190), Color.rgb(80, 70, 60), 1));
        l.data = "countries.shp";
        return TestMaps.map(new Extent(9.2, 39.6, 20.2, 47.2), 400, 300, l.build()).build();
    }

    @Test
    void fillsCountriesWithTheirColourOnAWhiteBackground() throws Exception {
        RenderedMap out = MapRenderer.standard().render(countries(), RenderRequest.defaults());
        BufferedImage img = out.image();
        assertEquals(400, img.getWidth());
        int fill = 0;
        int white = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y) & 0xffffff;
                fill += rgb == 0xe6dcbe ? 1 : 0;
                white += rgb == 0xffffff ? 1 : 0;
            }
        }
        assertTrue(fill > 10_000, "country fill pixels: " + fill);
        assertTrue(white > 1_000, "background pixels: " + white);
        assertEquals(1, out.timings().size());
        assertTrue(out.timings().get(0).featuresDrawn() > 0);
        Path dir = Files.createDirectories(Path.of("target/regression"));
        try (OutputStream os = Files.newOutputStream(dir.resolve("unit-countries.png"))) {
            out.write(os);
        }
    }

    @Test
    void namesTheLayerAndFileWhenTheShapefileIsMissing() {
        LayerDef.Builder l = TestMaps.layer("roads", LayerType.LINE, TestMaps.fill(Color.BLACK, Color.UNSET, 1));
        l.data = "no-such-roads";
        MapDef map = TestMaps.map(new Extent(0, 0, 10, 10), 100, 100, l.build()).build();
        RenderException e = org.junit.jupiter.api.Assertions.assertThrows(RenderException.class,
                () -> MapRenderer.standard().render(map, RenderRequest.defaults()));
        assertTrue(e.getMessage().startsWith("msDrawMap(): Failed to draw layer named 'roads'."), e.getMessage());
        assertTrue(e.getMessage().contains("no-such-roads"), e.getMessage());
    }

    @Test
    void refusesAMapWithoutSize() {
        MapDef map = TestMaps.map(new Extent(0, 0, 10, 10), -1, -1).build();
        RenderException e = org.junit.jupiter.api.Assertions.assertThrows(RenderException.class,
                () -> MapRenderer.standard().render(map, RenderRequest.defaults()));
        assertTrue(e.getMessage().contains("Image dimensions not specified"), e.getMessage());
    }

    @Test
    void writesAPng() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        MapRenderer.standard().render(countries(), RenderRequest.defaults()).write(bytes);
        byte[] b = bytes.toByteArray();
        assertEquals((byte) 0x89, b[0]);
        assertEquals('P', b[1]);
    }
}
