package org.jmapserv.server;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jmapserv.geo.ExtentAdjuster;
import org.jmapserv.geo.PixelGrid;
import org.jmapserv.geo.Rect;
import org.jmapserv.geo.ScaleCalculator;
import org.jmapserv.mapfile.SourcePosition;
import org.jmapserv.mapfile.model.ClassDef;
import org.jmapserv.mapfile.model.Extent;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.model.OutputFormatDef;
import org.jmapserv.mapfile.model.Status;
import org.jmapserv.ows.OwsRequestEnabling;
import org.jmapserv.query.MapHitTest;
import org.jmapserv.query.QueryEngine;
import org.jmapserv.query.QueryException;
import org.jmapserv.query.QueryView;
import org.jmapserv.render.MapRenderer;
import org.jmapserv.render.RenderException;
import org.jmapserv.render.RenderRequest;

/**
 * The content-dependent GetLegendGraphic (msWMSGetContentDependentLegend, mapwms.cpp): a request with a non-empty
 * BBOX is read as a GetMap of LAYERS=LAYER (msWMSLoadGetMapParams: SRS/CRS, BBOX, WIDTH, HEIGHT, FORMAT, SLD_BODY,
 * FILTER, TIME..., with GetMap's exceptions; STYLES not required), layers not enabled for GetLegendGraphic are turned
 * off, the view is hit-tested ({@link MapHitTest}, msHitTestMap) and the scale-independent legend drawn with only
 * the layers and classes that have features in view (msDrawLegend with the hit test). 8.0 skips the SLD_VERSION
 * checks on this path, and crashes on RULE with BBOX: RULE is refused here.
 */
final class WmsContentLegend {

    private final WmsGetMap getMap;
    private final QueryEngine queries;
    private final MapRenderer renderer;

    WmsContentLegend(WmsGetMap getMap, QueryEngine queries, MapRenderer renderer) {
        this.getMap = getMap;
        this.queries = queries;
        this.renderer = renderer;
    }

    MapservResponse handle(MapDef map, RequestParams p, int v) throws WmsException {
        List<RequestParams.Param> ps = new ArrayList<>();
        for (RequestParams.Param q : p.all()) {
            if (!q.name().equalsIgnoreCase("LAYERS")) {
                ps.add(q);
            }
        }
        String layer = p.first("LAYER");
        if (layer != null) {
            ps.add(new RequestParams.Param("LAYERS", layer));
        }
        WmsGetMap.Prepared prepared = getMap.prepare(map, RequestParams.of(ps), v >= WmsVersion.V130, false);
        if (p.first("RULE") != null) {
            throw new WmsException("InvalidRule", "msWMSGetLegendGraphic(): WMS server error. RULE together with "
                    + "BBOX (a content-dependent legend) is not supported: MapServer 8.0 crashes on it.");
        }
        OutputFormatDef f = WmsLegendGraphic.format(map, p.first("FORMAT"));
        WmsFormats.requireWritable(f);
        MapDef m = legendEnabledOnly(map, prepared.map());
        RenderRequest request = prepared.request();
        PixelGrid grid = ExtentAdjuster.adjust(Rect.of(request.extent()), request.width(), request.height());
        Rect r = grid.extent();
        Extent extent = new Extent(r.minX(), r.minY(), r.maxX(), r.maxY());
        double scale = ScaleCalculator.scaleDenominator(r, m.units(), request.width(), request.height(),
                m.resolution());
        List<MapHitTest.LayerHits> hits;
        try {
            hits = queries.hitTest(m, new QueryView(extent, request.width(), request.height(), scale, m.units()));
        } catch (QueryException e) {
            throw new WmsException(null, e.getMessage());
        }
        MapDef.Builder mb = m.toBuilder();
        mb.layers = hitOnly(m.layers(), hits);
        List<OutputFormatDef> formats = new ArrayList<>(m.outputFormats());
        formats.add(0, new OutputFormatDef("wms_legend", f.driver(), f.mimeType(), f.extension(), f.imageMode(),
                f.transparent(), f.formatOptions(), SourcePosition.NONE));
        mb.outputFormats = formats;
        try {
            return WmsLegendGraphic.image(renderer.renderWmsLegend(mb.build(),
                    RenderRequest.defaults().withOutputFormat("wms_legend"), false));
        } catch (RenderException e) {
            throw new WmsException(null, "msDrawLegend(): " + e.getMessage());
        }
    }

    /** Layers the mapfile disables for GetLegendGraphic are switched off (by name: GetMap reorders layers). */
    private static MapDef legendEnabledOnly(MapDef original, MapDef prepared) {
        boolean[] enabled = OwsRequestEnabling.layersEnabled(original, "GetLegendGraphic");
        Set<String> disabled = new HashSet<>();
        for (int i = 0; i < original.layers().size(); i++) {
            if (!enabled[i] && original.layers().get(i).name() != null) {
                disabled.add(original.layers().get(i).name());
            }
        }
        if (disabled.isEmpty()) {
            return prepared;
        }
        List<LayerDef> out = new ArrayList<>();
        for (LayerDef l : prepared.layers()) {
            if (l.name() != null && disabled.contains(l.name())) {
                LayerDef.Builder b = l.toBuilder();
                b.status = Status.OFF;
                l = b.build();
            }
            out.add(l);
        }
        MapDef.Builder mb = prepared.toBuilder();
        mb.layers = out;
        return mb.build();
    }

    /** Layers without hits go OFF; hit layers keep only their hit classes. */
    static List<LayerDef> hitOnly(List<LayerDef> layers, List<MapHitTest.LayerHits> hits) {
        List<LayerDef> out = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            LayerDef l = layers.get(i);
            MapHitTest.LayerHits h = hits.get(i);
            LayerDef.Builder b = l.toBuilder();
            if (!h.hit()) {
                b.status = Status.OFF;
            } else {
                List<ClassDef> classes = new ArrayList<>();
                for (int c = 0; c < l.classes().size(); c++) {
                    if (h.classes()[c]) {
                        classes.add(l.classes().get(c));
                    }
                }
                b.classes = classes;
            }
            out.add(b.build());
        }
        return out;
    }
}
