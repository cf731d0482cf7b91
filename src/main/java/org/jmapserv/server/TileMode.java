package org.jmapserv.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jmapserv.mapfile.SourcePosition;
import org.jmapserv.mapfile.model.Extent;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.model.ProjectionDef;
import org.jmapserv.render.RenderRequest;

/**
 * mapserv's mode=tile (maptile.c, msTileSetup / msTileSetExtent): the map is drawn in spherical mercator for one
 * tile, {@code tilemode=gmap} (default) with {@code tile=x y z} or {@code tilemode=ve} with a quadkey, at
 * {@code tilesize} (default 256x256), the extent moved in by half a pixel; layers without a PROJECTION keep the
 * mapfile's (msMapSetLayerProjections). Metatiling and edge buffers (tile_metatile_level, tile_map_edge_buffer) are
 * refused rather than drawn differently.
 */
final class TileMode {

    /** SPHEREMERC_GROUND_SIZE: the width of the spherical mercator world in metres. */
    static final double GROUND = 20037508.34 * 2;
    private static final ProjectionDef SPHEREMERC = new ProjectionDef(List.of("init=epsg:3857"), SourcePosition.NONE);

    private TileMode() {
    }

    /** The per-request map and draw request for a tile. */
    record Prepared(MapDef map, RenderRequest request) {
    }

    static Prepared prepare(MapDef map, RequestParams p, RenderRequest base) throws MapservException {
        String mode = p.firstNonEmpty("tilemode");
        boolean ve = false;
        if (mode != null) {
            if (mode.equalsIgnoreCase("ve")) {
                ve = true;
            } else if (!mode.equalsIgnoreCase("gmap")) {
                throw MapservException.application("msCGILoadForm", "Invalid tilemode. Use one of: gmap, ve");
            }
        }
        for (String key : new String[] {"tile_metatile_level", "tile_map_edge_buffer"}) {
            String v = map.web().metadata().value(key);
            if (v != null && ShpxyInt.atoi(v) != 0) {
                throw MapservException.application("msTileSetup", key + " is not supported by jmapserv yet.");
            }
        }
        int width = 256;
        int height = 256;
        String size = p.firstNonEmpty("tilesize");
        if (size != null) {
            String[] t = size.split(" ");
            if (t.length != 2) {
                throw MapservException.application("msCGILoadForm", "Not enough arguments for tilesize.");
            }
            width = ShpxyInt.atoi(t[0]);
            height = ShpxyInt.atoi(t[1]);
            if (width > map.maxSize() || height > map.maxSize() || width <= 0 || height <= 0) {
                throw MapservException.application("msCGILoadForm", "Tile size out of range.");
            }
        }
        String coords = p.firstNonEmpty("tile");
        if (coords == null) {
            throw MapservException.application("msTileSetup", "Tile parameter not set.");
        }
        Extent e = ve ? quadkey(coords) : gmap(coords);
        double dx = (e.maxX() - e.minX()) / width;
        double dy = (e.maxY() - e.minY()) / height;
        Extent drawn = new Extent(e.minX() + dx * 0.5, e.minY() + dy * 0.5, e.maxX() - dx * 0.5, e.maxY() - dy * 0.5);
        MapDef.Builder b = map.toBuilder();
        List<LayerDef> layers = new ArrayList<>();
        for (LayerDef l : map.layers()) {
            if (l.projection().isEmpty() && !map.projection().isEmpty()) {
                LayerDef.Builder lb = l.toBuilder();
                lb.projection = map.projection();
                layers.add(lb.build());
            } else {
                layers.add(l);
            }
        }
        b.layers = layers;
        b.projection = SPHEREMERC;
        b.extent = drawn;
        b.width = width;
        b.height = height;
        return new Prepared(b.build(), base.withExtent(drawn).withSize(width, height));
    }

    private static Extent gmap(String coords) throws MapservException {
        String[] t = coords.split(" ");
        if (t.length != 3) {
            throw MapservException.application("msTileSetup", "Invalid number of tile coordinates (should be three).");
        }
        long x = ShpxyInt.atoi(t[0]);
        long y = ShpxyInt.atoi(t[1]);
        int zoom = ShpxyInt.atoi(t[2]);
        double zoomFactor = Math.pow(2.0, zoom);
        if (x >= zoomFactor || y >= zoomFactor) {
            throw new MapservException(200, "msTileSetup(): CGI error. GMap tile coordinates are too large for "
                    + "supplied zoom.");
        }
        if (x < 0 || y < 0) {
            throw new MapservException(200, "msTileSetup(): CGI error. GMap tile coordinates should not be less "
                    + "than zero.");
        }
        double tile = GROUND / zoomFactor;
        return new Extent(x * tile - GROUND / 2, GROUND / 2 - (y + 1) * tile, (x + 1) * tile - GROUND / 2,
                GROUND / 2 - y * tile);
    }

    private static Extent quadkey(String key) throws MapservException {
        for (int i = 0; i < key.length(); i++) {
            if ("0123".indexOf(key.charAt(i)) < 0) {
                throw new MapservException(200, "msTileSetup(): CGI error. VE tile name should only include "
                        + "characters 0, 1, 2 and 3.");
            }
        }
        double minx = -GROUND / 2, miny = -GROUND / 2, maxx = GROUND / 2, maxy = GROUND / 2;
        double zoom = 2;
        for (int i = 0; i < key.length(); i++) {
            char j = key.charAt(i);
            double size = GROUND / zoom;
            if (j == '1' || j == '3') {
                minx += size;
            }
            if (j == '0' || j == '2') {
                maxx -= size;
            }
            if (j == '2' || j == '3') {
                maxy -= size;
            }
            if (j == '0' || j == '1') {
                miny += size;
            }
            zoom *= 2;
        }
        return new Extent(minx, miny, maxx, maxy);
    }

    /** strtol/atoi: the leading integer, 0 when there is none. */
    private static final class ShpxyInt {
        static int atoi(String s) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\s*[+-]?\\d+").matcher(s);
            return m.find() ? Integer.parseInt(m.group().trim()) : 0;
        }
    }
}
