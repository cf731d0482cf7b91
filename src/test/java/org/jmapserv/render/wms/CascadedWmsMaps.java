package org.jmapserv.render.wms;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jmapserv.http.HttpFetcher;
import org.jmapserv.http.settings.HttpProfileResolver;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.model.Metadata;
import org.jmapserv.mapfile.parse.MapfileReader;
import org.jmapserv.render.MapRenderer;
import org.jmapserv.render.RenderException;
import org.jmapserv.render.RenderRequest;
import org.jmapserv.render.RenderedMap;
import org.jmapserv.wms.client.WmsHttpProfiles;

/**
 * Test fixture: renders mapfile text with remote layers through a real {@link HttpFetcher}, with no host rc files
 * and an empty environment, so only what the mapfile says counts.
 */
final class CascadedWmsMaps implements AutoCloseable {

    private final HttpFetcher http = new HttpFetcher();
    private final MapRenderer renderer = MapRenderer.withRemoteLayers(http,
            new WmsHttpProfiles(new HttpProfileResolver(Map.of(), null, null, w -> { }), Metadata.EMPTY));
    final List<String> debug = new ArrayList<>();

    MapDef read(String mapfile, Path dir) throws Exception {
        return new MapfileReader().readString(mapfile, dir.resolve("test.map").toString(), dir);
    }

    RenderedMap render(String mapfile, Path dir) throws Exception {
        return render(read(mapfile, dir));
    }

    RenderedMap render(MapDef map) throws RenderException {
        return renderer.render(map, RenderRequest.defaults().withDebug(null, 1, Map.of(), debug::add));
    }

    /** The colour at a world position of a map drawn on {@code grid}-like views: x, y in map units. */
    static int colourAt(RenderedMap map, MapDef def, double x, double y) {
        BufferedImage img = map.image();
        var e = def.extent();
        double cell = Math.max((e.maxX() - e.minX()) / (img.getWidth() - 1),
                (e.maxY() - e.minY()) / (img.getHeight() - 1));
        double cx = (e.minX() + e.maxX()) / 2;
        double cy = (e.minY() + e.maxY()) / 2;
        int px = (int) Math.round((x - cx) / cell + (img.getWidth() - 1) / 2.0);
        int py = (int) Math.round((cy - y) / cell + (img.getHeight() - 1) / 2.0);
        return img.getRGB(px, py) & 0xffffff;
    }

    @Override
    public void close() {
        http.close();
    }
}
