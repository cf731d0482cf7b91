package org.jmapserv.server;

import java.util.List;

import org.jmapserv.geo.ExtentAdjuster;
import org.jmapserv.geo.PixelGrid;
import org.jmapserv.geo.Rect;
import org.jmapserv.geo.ScaleCalculator;
import org.jmapserv.mapfile.model.Extent;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.query.MapHitTest;
import org.jmapserv.query.QueryEngine;
import org.jmapserv.query.QueryException;
import org.jmapserv.query.QueryView;
import org.jmapserv.render.MapRenderer;
import org.jmapserv.render.RenderException;
import org.jmapserv.render.RenderRequest;
import org.jmapserv.render.RenderedMap;

/**
 * mapserv's {@code mode=maplegend} (msCGIDispatchLegendRequest with MAPLEGEND): the map's legend with only the
 * layers and classes that have features in the requested view (mapext / imgext and size), found by
 * {@link MapHitTest} as msHitTestMap finds them.
 */
final class MapLegendMode {

    private final QueryEngine queries;
    private final MapRenderer renderer;

    MapLegendMode(QueryEngine queries, MapRenderer renderer) {
        this.queries = queries;
        this.renderer = renderer;
    }

    RenderedMap draw(MapDef map, RenderRequest request) throws RenderException {
        int w = request.width() != null ? request.width() : map.width();
        int h = request.height() != null ? request.height() : map.height();
        Extent e = request.extent() != null ? request.extent() : map.extent();
        if (w <= 0 || h <= 0 || e == null || !e.isValid()) {
            throw new RenderException("msCalculateScale(): General error message. Invalid image extent.");
        }
        PixelGrid grid = ExtentAdjuster.adjust(Rect.of(e), w, h);
        Rect r = grid.extent();
        double scale = ScaleCalculator.scaleDenominator(r, map.units(), w, h, map.resolution());
        List<MapHitTest.LayerHits> hits;
        try {
            hits = queries.hitTest(map, new QueryView(new Extent(r.minX(), r.minY(), r.maxX(), r.maxY()), w, h,
                    scale, map.units()));
        } catch (QueryException ex) {
            throw new RenderException(ex.getMessage());
        }
        MapDef.Builder b = map.toBuilder();
        b.layers = WmsContentLegend.hitOnly(map.layers(), hits);
        return renderer.renderLegend(b.build(), request);
    }
}
