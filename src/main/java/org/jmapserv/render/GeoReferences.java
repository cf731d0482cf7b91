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
        // msMapComputeGeotransform's pixel size: the pixel-centre extent over width - 1, which can differ in the
        // last bit from msAdjustExtent's cellsize (an ASCII grid prints it with 12 decimals)
        Rect centres = view.grid().extent();
        double cellX = view.width() > 1 ? (centres.maxX() - centres.minX()) / (view.width() - 1)
                : view.grid().cellsizeX();
        double cellY = view.height() > 1 ? (centres.maxY() - centres.minY()) / (view.height() - 1)
                : view.grid().cellsizeY();
        return new GeoReference(edge.minX(), edge.maxY(), cellX, cellY, epsg, geographic);
    }
}
