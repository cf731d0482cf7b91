package org.jmapserv.render;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jmapserv.geo.Rect;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.render.output.GeoReference;

/**
 * The georeferencing a rendered map carries to georeferenced outputs, as msSaveImageGDAL sets it: the map's
 * geotransform (the pixel-centre extent grown by half a cell) and its PROJECTION's EPSG code when it names one
 * ({@code init=epsg:n} or {@code EPSG:n}).
 */
final class GeoReferences {

    private static final Pattern EPSG = Pattern.compile("^\\+?(?:init=)?epsg:(\\d+)$");

    private GeoReferences() {
    }

    static GeoReference of(MapDef map, MapView view) {
        Rect edge = view.grid().edgeBounds();
        int epsg = 0;
        if (map.projection().args().size() == 1) {
            Matcher m = EPSG.matcher(map.projection().args().get(0).trim().toLowerCase(Locale.ROOT));
            if (m.matches()) {
                epsg = Integer.parseInt(m.group(1));
            }
        }
        boolean geographic = epsg == 4326 || epsg == 4258 || epsg == 4269 || epsg == 4267;
        return new GeoReference(edge.minX(), edge.maxY(), view.grid().cellsizeX(), view.grid().cellsizeY(), epsg,
                geographic);
    }
}
