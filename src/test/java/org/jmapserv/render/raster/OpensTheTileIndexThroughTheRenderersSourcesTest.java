package org.jmapserv.render.raster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.imageio.ImageIO;

import org.jmapserv.data.LayerSources;
import org.jmapserv.mapfile.model.ConnectionType;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.parse.MapfileReader;
import org.jmapserv.render.MapRenderer;
import org.jmapserv.render.RenderRequest;
import org.jmapserv.render.layer.LayerDrawers;
import org.junit.jupiter.api.Test;

/**
 * A raster layer's TILEINDEX is opened through the renderer's configured {@link LayerSources} (as MapServer opens
 * the index layer through its vtable), not a fresh standard set: a renderer built with its own source for the
 * index's connection type reads the index through it, and draws the same tiles.
 */
class OpensTheTileIndexThroughTheRenderersSourcesTest {

    private static int[] pixels(MapRenderer renderer, MapDef map) throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        renderer.render(map, RenderRequest.defaults()).write(png);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png.toByteArray()));
        return img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
    }

    @Test
    void theIndexIsReadThroughTheConfiguredSources() throws Exception {
        MapDef map = new MapfileReader().read(Path.of("samples/57-raster-tileindex-layer.map"));
        List<String> opened = new CopyOnWriteArrayList<>();
        LayerSources standard = LayerSources.standard();
        LayerSources counting = standard.with(ConnectionType.LOCAL, (m, layer) -> {
            opened.add(layer.name());
            return standard.open(m, layer);
        });
        int[] viaOurs = pixels(new MapRenderer(LayerDrawers.standard(counting)), map);
        assertEquals(List.of("index"), opened, "the tile index layer opened through the renderer's sources");
        assertArrayEquals(pixels(MapRenderer.standard(), map), viaOurs, "and the same tiles drawn");
    }
}
