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
 * parameters in order (for [name] substitution), the query results, the request id and the version string.
 */
public record TemplateContext(MapDef map, QueryView view, double mapX, double mapY, Extent rawExtent,
                              List<String> requestedLayers, List<Map.Entry<String, String>> params,
                              QueryResults results, String id, String version) {

    public TemplateContext {
        requestedLayers = List.copyOf(requestedLayers);
        params = List.copyOf(params);
    }
}
