package org.jmapserv.query.template;

import java.util.List;
import java.util.Map;

import org.jmapserv.mapfile.model.Extent;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.query.QueryResults;
import org.jmapserv.query.QueryView;

/**
 * What a template sees of the request (mapservObj): the map after the request was applied, its view, the clicked
 * map point (mappnt, -1 -1 when none), the raw extent, the layers the user asked for (Layers[]), the request
 * parameters in order (for [name] substitution), the query results, the request id and the version string, the
 * file a savequery request wrote ([queryfile], null otherwise), the browse zoom state ([zoom_N_select],
 * [zoomdir_N_check]) and the clock [date] reads.
 */
public record TemplateContext(MapDef map, QueryView view, double mapX, double mapY, Extent rawExtent,
                              List<String> requestedLayers, List<Map.Entry<String, String>> params,
                              QueryResults results, String id, String version, String savedQueryFile,
                              Zoom zoom, java.time.Clock clock) {

    /** mapservObj's Zoom and ZoomDirection as msCGILoadForm left them (0 and 0 by default). */
    public record Zoom(double zoom, int direction) {
        public static final Zoom NONE = new Zoom(0, 0);
    }

    public TemplateContext {
        requestedLayers = List.copyOf(requestedLayers);
        params = List.copyOf(params);
        zoom = zoom == null ? Zoom.NONE : zoom;
        clock = clock == null ? java.time.Clock.systemDefaultZone() : clock;
    }

    public TemplateContext(MapDef map, QueryView view, double mapX, double mapY, Extent rawExtent,
                           List<String> requestedLayers, List<Map.Entry<String, String>> params,
                           QueryResults results, String id, String version) {
        this(map, view, mapX, mapY, rawExtent, requestedLayers, params, results, id, version, null, null, null);
    }

    public TemplateContext withSavedQuery(String file) {
        return new TemplateContext(map, view, mapX, mapY, rawExtent, requestedLayers, params, results, id, version,
                file, zoom, clock);
    }

    public TemplateContext withZoom(Zoom z) {
        return new TemplateContext(map, view, mapX, mapY, rawExtent, requestedLayers, params, results, id, version,
                savedQueryFile, z, clock);
    }

    public TemplateContext withClock(java.time.Clock c) {
        return new TemplateContext(map, view, mapX, mapY, rawExtent, requestedLayers, params, results, id, version,
                savedQueryFile, zoom, c);
    }
}
