package org.jmapserv.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.jmapserv.mapfile.model.Extent;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.model.OutputFormatDef;
import org.jmapserv.mapfile.model.Status;
import org.jmapserv.query.Query;
import org.jmapserv.query.QueryEngine;
import org.jmapserv.query.QueryException;
import org.jmapserv.query.QueryMapLayers;
import org.jmapserv.query.QueryMode;
import org.jmapserv.query.QueryResults;
import org.jmapserv.query.QueryStrings;
import org.jmapserv.query.QueryView;
import org.jmapserv.query.template.TemplateContext;
import org.jmapserv.query.template.TemplateException;
import org.jmapserv.query.template.TemplateProcessor;

/**
 * mapserv's query modes (msCGIDispatchQueryRequest, mapservutil.c): QUERY, NQUERY, ITEMQUERY, ITEMNQUERY,
 * FEATUREQUERY, FEATURENQUERY, ITEMFEATUREQUERY, ITEMFEATURENQUERY and INDEXQUERY, plus COORDINATE. The form
 * (mapxy, imgxy + imgext + imgsize, imgbox, mapext, buffer, qlayer, qitem, qstring, slayer, shapeindex) becomes a
 * {@link Query}; the results go through the query templates (msReturnTemplateQuery) in QUERYFORMAT. As in 8.0, an
 * empty result is the template sandwich with no results (no EMPTY redirect), and the map scale is only computed
 * when QUERYMAP is ON (checkWebScale). A QUERYFORMAT naming an image OUTPUTFORMAT answers the query map
 * ({@link QueryMapLayers}).
 */
final class QueryModes {

    static final String VERSION = "MapServer version 8.0.0 (jmapserv)";

    private final QueryEngine engine;
    private final MapDrawer drawer;
    private final ClassicForm classic;

    QueryModes(QueryEngine engine, MapDrawer drawer, ClassicForm classic) {
        this.engine = engine;
        this.drawer = drawer;
        this.classic = classic;
    }

    static boolean handles(String mode) {
        return mode.equals("coordinate") || mode.endsWith("query");
    }

    MapservResponse handle(MapDef loaded, RequestParams params, String mode) throws MapservException {
        String queryFile = SavedQueries.queryFileParam(loaded, params);
        boolean save = params.firstNonEmpty("savequery") != null;
        String id = RequestId.of(params);
        Form form = Form.read(loaded, params, classic);
        if (mode.equals("coordinate")) {
            double[] p = form.imagePointToMap();
            return MapservResponse.text(200, "text/html", "Your \"<i>click</i>\" corresponds to (approximately): ("
                    + org.jmapserv.mapfile.model.expr.CNumberFormat.g(p[0]) + ", " + org.jmapserv.mapfile.model.expr.CNumberFormat.g(p[1]) + ").");
        }
        MapDef map = ClassicForm.withLayers(loaded, params);
        if (queryFile != null) {
            return fromQueryFile(map, params, form, mode, queryFile, id);
        }
        int qlayer = layerIndex(map, params.firstNonEmpty("qlayer"));
        if (qlayer >= 0) {
            map = withStatus(map, qlayer);
        }
        Planned plan = plan(map, params, form, mode, qlayer);
        map = plan.map();
        QueryResults results;
        try {
            results = engine.execute(map, plan.view(), plan.query());
        } catch (QueryException e) {
            throw new MapservException(200, e.getMessage());
        }
        if (form.useShapes) {
            plan = extentFromShapes(plan, form, results);
            map = plan.map();
        }
        if (save) {
            org.jmapserv.query.SavedQuery saved = org.jmapserv.query.SavedQuery.of(plan.query(), plan.searched());
            SavedQueries.write(map, id, form.mapShapeOpen ? saved.withOpenRings() : saved);
        }
        return answer(map, params, form, plan, results, mode, new Ids(id, save));
    }

    /**
     * setExtentFromShapes: the results' bounds grown by EXTENT_PADDING (5 %), or a scale or buffer around their
     * centre, become the extent, RawExt and the clicked point; a degenerate result falls back to WEB MINSCALEDENOM.
     */
    private Planned extentFromShapes(Planned plan, Form form, QueryResults results) throws MapservException {
        MapDef map = plan.map();
        double minx = -1, miny = -1, maxx = -1, maxy = -1;
        boolean first = true;
        for (org.jmapserv.query.LayerResult lr : results.layers()) {
            for (org.jmapserv.query.QueryHit h : lr.hits()) {
                org.jmapserv.data.Feature f;
                try {
                    f = engine.inMapProjection(map, lr.layer(), h.feature());
                } catch (QueryException e) {
                    throw new MapservException(200, e.getMessage());
                }
                var b = f.shape();
                if (first) {
                    minx = b.minX(); miny = b.minY(); maxx = b.maxX(); maxy = b.maxY();
                    first = false;
                } else {
                    minx = Math.min(minx, b.minX()); miny = Math.min(miny, b.minY());
                    maxx = Math.max(maxx, b.maxX()); maxy = Math.max(maxy, b.maxY());
                }
            }
        }
        double dx = maxx - minx;
        double dy = maxy - miny;
        double cx = (maxx + minx) / 2;
        double cy = (maxy + miny) / 2;
        Extent e = new Extent(minx - dx * 0.05 / 2.0, miny - dy * 0.05 / 2.0, maxx + dx * 0.05 / 2.0,
                maxy + dy * 0.05 / 2.0);
        if (form.buffer != 0) {
            e = new Extent(cx - form.buffer, cy - form.buffer, cx + form.buffer, cy + form.buffer);
        }
        if (!(e.minX() < e.maxX() && e.minY() < e.maxY())) {
            double minScale = map.web().minScaleDenom();
            if (minScale <= 0) {
                throw MapservException.application("mapserv", "No way to generate a valid map extent from selected "
                        + "shapes.");
            }
            double cell = (minScale / map.resolution()) / map.units().inchesPerUnit();
            e = new Extent(cx - cell * map.width() / 2.0, cy - cell * map.height() / 2.0,
                    cx + cell * map.width() / 2.0, cy + cell * map.height() / 2.0);
        }
        MapDef.Builder b = map.toBuilder();
        b.extent = e;
        QueryView v = plan.view();
        return new Planned(b.build(), new QueryView(e, v.width(), v.height(), v.scaleDenom(), v.units()),
                plan.query(), cx, cy, e, plan.searched());
    }

    /**
     * mode=map with a queryfile (msCGIDispatchImageRequest): msLoadQuery, then msDrawMap with the query map on
     * (QUERYMAP STYLE and COLOR), in the request's extent, size and format. {@code map} already has the form's
     * layers applied.
     */
    MapservResponse mapWithQueryFile(MapDef map, RequestParams params, org.jmapserv.render.RenderRequest request)
            throws MapservException {
        String file = SavedQueries.queryFileParam(map, params);
        Extent extent = request.extent() != null ? request.extent() : map.extent();
        int width = request.width() != null ? request.width() : map.width();
        int height = request.height() != null ? request.height() : map.height();
        LoadedQuery loaded = load(map, file, new QueryView(extent, width, height, -1, map.units()));
        org.jmapserv.render.RenderedMap rendered = drawer.draw(loaded.queryMap(), request);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        org.jmapserv.render.output.OutputFormat written;
        try {
            written = rendered.write(out);
        } catch (java.io.IOException e) {
            throw MapservException.application("msSaveImage", "Unable to encode the image.");
        }
        return MapservResponse.of(200, MapservHandler.mimeType(written), out.toByteArray());
    }

    /**
     * A saved query loaded (msLoadQuery): the map with its query layers on, the results, and the query re-run (null
     * when the file held results).
     */
    record LoadedQuery(MapDef map, QueryResults results, Query query) {
        /** The map as msDrawMap draws it with the query map on (QUERYMAP STYLE and COLOR). */
        MapDef queryMap() {
            return QueryMapLayers.of(map, results);
        }
    }

    /**
     * msCGIDispatchBrowseRequest with a queryfile, first half: msLoadQuery (the saved parameters re-run, forcing
     * their layer and slayer on, or the saved results read back) in the navigated {@code extent}.
     */
    LoadedQuery loadForBrowse(MapDef map, RequestParams params, Extent extent, int width, int height)
            throws MapservException {
        return load(map, SavedQueries.queryFileParam(map, params), new QueryView(extent, width, height, -1,
                map.units()));
    }

    /**
     * msLoadQuery: the saved parameters re-run in {@code view} (forcing their layer and slayer on), or the saved
     * results read back.
     */
    private LoadedQuery load(MapDef map, String file, QueryView view) throws MapservException {
        org.jmapserv.query.QueryFiles.Loaded loaded = SavedQueries.load(map, file);
        try {
            if (loaded.params() == null) {
                return new LoadedQuery(map, engine.fromSaved(map, loaded.results()), null);
            }
            Query q = loaded.params().toQuery();
            if (q == null) {
                throw new MapservException(200, "msExecuteQuery(): Query error. Malformed queryObj.");
            }
            if (q.layer() >= 0 && q.layer() < map.layers().size()) {
                map = withStatus(map, q.layer());
            }
            if (q.selectLayer() >= 0 && q.selectLayer() < map.layers().size()) {
                map = withStatus(map, q.selectLayer());
            }
            return new LoadedQuery(map, engine.execute(map, view, q), q);
        } catch (QueryException e) {
            throw new MapservException(200, e.getMessage());
        }
    }

    /**
     * Second half, after msGenerateImages: msReturnTemplateQuery with WEB QUERYFORMAT (the nested query templates,
     * or a DRIVER TEMPLATE page), seeing the extent msDrawMap squared, the clicked point and RawExt.
     */
    MapservResponse answerBrowse(LoadedQuery bq, RequestParams params, Extent extent, int width, int height,
                                 double mapX, double mapY, Extent raw, String id) throws MapservException {
        Form form = Form.read(bq.map(), params, classic);
        Query q = bq.query() == null ? Query.byIndex(-1, -1) : bq.query();
        Planned plan = finish(bq.map(), q, extent, extent, width, height, -1, true, mapX, mapY, raw);
        return answer(plan.map(), params, form, plan, bq.results(), "browse", new Ids(id, false));
    }

    /** The request id ([id], file names) and whether [queryfile] names this request's saved query. */
    record Ids(String id, boolean savedQuery) {
    }

    /**
     * msCGIDispatchQueryRequest with a queryfile: no search of its own, the map keeps its extent (mapext or the
     * mapfile's), and msLoadQuery either re-runs the saved parameters (forcing their layer and slayer on) or reads
     * the saved results back.
     */
    private MapservResponse fromQueryFile(MapDef map, RequestParams params, Form form, String mode, String file,
                                          String id) throws MapservException {
        Extent extent = form.mapExt != null ? form.mapExt : map.extent();
        LoadedQuery loaded = load(map, file, new QueryView(extent, map.width(), map.height(), -1, map.units()));
        map = loaded.map();
        Query q = loaded.query();
        QueryResults results = loaded.results();
        Planned plan = finish(map, q == null ? Query.byIndex(-1, -1) : q, extent, extent, map.width(), map.height(),
                -1, false, -1, -1, new Extent(-1, -1, -1, -1));
        return answer(plan.map(), params, form, plan, results, mode, new Ids(id, false));
    }

    /** The map as the query leaves it, the view it ran in, the query, mappnt, RawExt, and the extent searched. */
    private record Planned(MapDef map, QueryView view, Query query, double x, double y, Extent raw,
                           Extent searched) {
    }

    private Planned plan(MapDef map, RequestParams params, Form form, String mode, int qlayer)
            throws MapservException {
        Extent extent = form.mapExt != null ? form.mapExt : map.extent();
        int width = map.width();
        int height = map.height();
        double x = form.mapX;
        double y = form.mapY;
        Query q;
        final Extent none = new Extent(-1, -1, -1, -1);
        Extent raw = none; // RawExt: what setExtent saw, -1s when the mode's branch never calls it
        switch (mode) {
            case "query" -> {
                if (form.imgX != null) {
                    double[] p = form.imagePointToMap();
                    x = p[0];
                    y = p[1];
                    extent = form.imgExt;
                    width = form.imgCols(map);
                    height = form.imgRows(map);
                } else if (Double.isNaN(form.mapX)) {
                    throw MapservException.application("mapserv", "Query mode needs a point, imgxy and mapxy are not "
                            + "set.");
                } else if (form.buffer > 0) {
                    extent = new Extent(x - form.buffer, y - form.buffer, x + form.buffer, y + form.buffer);
                    raw = extent;
                } else {
                    raw = extent;
                }
                q = Query.byPoint(QueryMode.SINGLE, qlayer, 0, x, y, form.buffer);
            }
            case "nquery", "featurequery", "featurenquery" -> {
                if (form.imgShape && mode.equals("nquery")) {
                    // FROMIMGSHAPE: the image extent squared to imgsize, the shape's pixels turned into map units
                    extent = form.imgExt == null ? new Extent(-1, -1, -1, -1) : form.imgExt;
                    width = form.imgCols(map);
                    height = form.imgRows(map);
                    var grid = org.jmapserv.geo.ExtentAdjuster.adjust(org.jmapserv.geo.Rect.of(extent), width,
                            height);
                    extent = grid.extent().toExtent();
                    double cs = grid.cellsizeX();
                    var toMap = new org.locationtech.jts.geom.util.AffineTransformation(cs, 0, extent.minX(), 0, -cs,
                            extent.maxY());
                    q = Query.byShape(qlayer, toMap.transform(form.mapShape));
                } else if (form.mapShape != null && !form.imgShape && mode.equals("nquery")) {
                    q = Query.byShape(qlayer, form.mapShape);
                    raw = extent;
                } else if (form.imgBox != null && form.imgExt != null) {
                    extent = form.imgExt;
                    width = form.imgCols(map);
                    height = form.imgRows(map);
                    q = Query.byRect(qlayer, form.imageBoxToMap(map));
                    raw = mode.equals("nquery") ? q.rect() : none;
                } else if (form.imgX != null) {
                    double[] p = form.imagePointToMap();
                    x = p[0];
                    y = p[1];
                    extent = form.imgExt;
                    width = form.imgCols(map);
                    height = form.imgRows(map);
                    q = Query.byPoint(QueryMode.MULTIPLE, qlayer, 0, x, y, 0);
                } else if (!Double.isNaN(form.mapX) && form.buffer == 0) {
                    q = Query.byPoint(QueryMode.MULTIPLE, qlayer, 0, x, y, 0);
                    raw = mode.equals("nquery") ? extent : none;
                } else if (!Double.isNaN(form.mapX)) {
                    extent = new Extent(x - form.buffer, y - form.buffer, x + form.buffer, y + form.buffer);
                    q = Query.byRect(qlayer, extent);
                    raw = mode.equals("nquery") ? extent : none;
                } else if (mode.equals("featurequery")) {
                    throw MapservException.application("mapserv", "No way to perform the initial search, not enough "
                            + "information.");
                } else {
                    q = Query.byRect(qlayer, extent);
                    raw = mode.equals("featurequery") ? none : extent;
                }
                if (!mode.equals("nquery")) {
                    q = withSelection(q, map, params);
                    map = withStatus(map, q.selectLayer()); // msCGIDispatchQueryRequest forces it on
                }
            }
            case "itemquery", "itemnquery", "itemfeaturequery", "itemfeaturenquery" -> {
                boolean feature = mode.startsWith("itemfeature");
                int checkLayer = qlayer;
                if (feature) {
                    checkLayer = layerIndex(map, params.firstNonEmpty("slayer"));
                    if (checkLayer < 0) {
                        throw MapservException.application("mapserv", "Selection layer not set or references an "
                                + "invalid layer.");
                    }
                } else if (qlayer < 0) {
                    throw MapservException.application("mapserv", "Query layer not set or references an invalid "
                            + "layer.");
                }
                if (form.mapExt != null || !Double.isNaN(form.mapX) || form.imgX != null || form.imgBox != null) {
                    raw = extent; // a coordinate source makes these modes call setExtent
                }
                String qstring = params.firstNonEmpty("qstring");
                validateQstring(map, checkLayer, qstring);
                QueryMode m = mode.equals("itemquery") || mode.equals("itemfeaturequery") ? QueryMode.SINGLE
                        : QueryMode.MULTIPLE;
                q = Query.byFilter(m, feature ? checkLayer : qlayer, extent, params.firstNonEmpty("qitem"),
                        QueryStrings.expression(qstring));
                if (feature) {
                    q = new Query(q.type(), q.mode(), qlayer, 0, 0, 0, 0, extent, q.filterItem(), q.filter(), -1,
                            null, checkLayer);
                    map = withStatus(map, checkLayer);
                }
            }
            case "indexquery" -> q = Query.byIndex(qlayer, form.shapeIndex);
            default -> throw MapservException.application("msCGIDispatchRequest", "The specified mode '"
                    + mode.toUpperCase(Locale.ROOT) + "' is not supported by jmapserv.");
        }
        boolean fromImage = form.imgExt != null && (form.imgX != null || form.imgBox != null
                || (form.imgShape && mode.equals("nquery")));
        return finish(map, q, extent, extent, width, height, -1, fromImage, x, y, raw);
    }

    /**
     * What every query leaves behind: the scale when read from an image, the extent squared by an image click or
     * as a side effect of the search (msQueryByRect/Shape), and checkWebScale's extent and scale with QUERYMAP ON.
     */
    private static Planned finish(MapDef map, Query q, Extent extent, Extent searched, int width, int height,
                                  double scale, boolean fromImage, double x, double y, Extent raw) {
        if (width <= 0 || height <= 0) {
            // a map without SIZE: 8.0 computes nothing meaningful from it, and no page can show it
            MapDef.Builder b = map.toBuilder();
            b.extent = extent;
            return new Planned(b.build(), new QueryView(extent, width, height, scale, map.units()), q,
                    Double.isNaN(x) ? -1 : x, Double.isNaN(y) ? -1 : y, raw, searched);
        }
        if (fromImage) {
            scale = org.jmapserv.geo.ScaleCalculator.scaleDenominator(org.jmapserv.geo.Rect.of(extent), map.units(),
                    width, height, map.resolution());
        }
        QueryView before = new QueryView(extent, width, height, scale, map.units());
        if (fromImage || QueryEngine.adjustsExtent(map, before, q)) {
            // the image extent was squared when read; msQueryByRect/Shape square the map extent as a side effect
            extent = org.jmapserv.geo.ExtentAdjuster.adjust(org.jmapserv.geo.Rect.of(extent), width, height)
                    .extent().toExtent();
        }
        double cellSize = Double.NaN;
        if (map.queryMap().status() == Status.ON) {
            var grid = org.jmapserv.geo.ExtentAdjuster.adjust(org.jmapserv.geo.Rect.of(extent), width, height);
            extent = grid.extent().toExtent();
            cellSize = grid.cellsizeX();
            scale = org.jmapserv.geo.ScaleCalculator.scaleDenominator(grid.extent(), map.units(), width, height,
                    map.resolution());
        }
        MapDef.Builder b = map.toBuilder();
        b.extent = extent;
        b.width = width;
        b.height = height;
        return new Planned(b.build(), new QueryView(extent, width, height, scale, map.units(), cellSize), q,
                Double.isNaN(x) ? -1 : x, Double.isNaN(y) ? -1 : y, raw, searched);
    }

    private static Query withSelection(Query q, MapDef map, RequestParams params) throws MapservException {
        int slayer = layerIndex(map, params.firstNonEmpty("slayer"));
        if (slayer < 0) {
            throw MapservException.application("mapserv", "Selection layer not set or references an invalid layer.");
        }
        return q.withSelectLayer(slayer);
    }

    /** msValidateParameter for qstring: the layer's VALIDATION qstring, else the WEB one; neither is a refusal. */
    private static void validateQstring(MapDef map, int layer, String qstring) throws MapservException {
        if (qstring == null) {
            return;
        }
        String pattern = layer >= 0 ? map.layers().get(layer).validation().value("qstring") : null;
        if (pattern == null) {
            pattern = map.web().validation().value("qstring");
        }
        if (pattern == null || !Pattern.compile(pattern).matcher(qstring).find()) {
            throw MapservException.application("mapserv", "Parameter 'qstring' value fails to validate.");
        }
    }

    private MapservResponse answer(MapDef map, RequestParams params, Form form, Planned plan, QueryResults results,
                                   String mode, Ids ids) throws MapservException {
        String qformat = params.firstNonEmpty("qformat");
        String queryFormat = qformat != null ? qformat : map.web().queryFormat();
        OutputFormatDef of = outputFormat(map, queryFormat);
        if (of != null && !of.driver().toUpperCase(Locale.ROOT).startsWith("TEMPLATE")) {
            return queryMap(map, plan, results, of);
        }
        List<Map.Entry<String, String>> ps = new ArrayList<>();
        for (RequestParams.Param p : params.all()) {
            ps.add(Map.entry(p.name(), p.value()));
        }
        List<String> requested = form.requestedLayers(map);
        TemplateContext ctx = new TemplateContext(map, plan.view(), plan.x(), plan.y(), plan.raw(),
                requested, ps, results, ids.id(), VERSION)
                .withSavedQuery(ids.savedQuery() ? SavedQueries.fileName(map, ids.id()) : null);
        TemplateProcessor tp = new TemplateProcessor(ctx);
        try {
            if (of != null) {
                String file = of.formatOptions().stream().filter(o -> o.toUpperCase(Locale.ROOT).startsWith("FILE="))
                        .map(o -> o.substring(5)).findFirst().orElse(null);
                if (file == null) {
                    throw MapservException.application("msReturnTemplateQuery", "Template driver requires \"FILE\" "
                            + "format option be set.");
                }
                return MapservResponse.text(200, of.mimeType(), tp.page(file, false));
            }
            if (mode.equals("query") || mode.equals("itemquery")) {
                String url = tp.urlTemplate();
                if (url != null) {
                    return MapservResponse.of(302, "text/html", new byte[0]).withHeader("Uri", url)
                            .withHeader("Location", url);
                }
            }
            return MapservResponse.text(200, queryFormat, tp.nestedQuery());
        } catch (TemplateException e) {
            throw new MapservException(200, e.getMessage());
        }
    }

    /**
     * msReturnTemplateQuery with an image QUERYFORMAT: msDrawMap with the query map on (QUERYMAP STYLE, COLOR and
     * SIZE), written in that format.
     */
    private MapservResponse queryMap(MapDef map, Planned plan, QueryResults results, OutputFormatDef of)
            throws MapservException {
        int width = map.queryMap().width() > 0 && map.queryMap().width() <= map.maxSize() ? map.queryMap().width()
                : plan.view().width();
        int height = map.queryMap().height() > 0 && map.queryMap().height() <= map.maxSize()
                ? map.queryMap().height() : plan.view().height();
        MapDef drawn = QueryMapLayers.of(map, results);
        org.jmapserv.render.RenderRequest request = org.jmapserv.render.RenderRequest.defaults()
                .withExtent(plan.view().extent()).withSize(width, height).withOutputFormat(of.name());
        org.jmapserv.render.RenderedMap rendered = drawer.draw(drawn, request);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        org.jmapserv.render.output.OutputFormat written;
        try {
            written = rendered.write(out);
        } catch (java.io.IOException e) {
            throw MapservException.application("msSaveImage", "Unable to encode the image.");
        }
        return MapservResponse.of(200, MapservHandler.mimeType(written), out.toByteArray());
    }

    private static OutputFormatDef outputFormat(MapDef map, String name) {
        if (name == null) {
            return null;
        }
        for (OutputFormatDef f : map.outputFormats()) {
            if (name.equalsIgnoreCase(f.name()) || name.equalsIgnoreCase(f.mimeType())) {
                return f;
            }
        }
        return null;
    }

    static int layerIndex(MapDef map, String name) {
        if (name == null) {
            return -1;
        }
        for (int i = 0; i < map.layers().size(); i++) {
            if (name.equals(map.layers().get(i).name())) {
                return i;
            }
        }
        return -1;
    }

    private static MapDef withStatus(MapDef map, int index) {
        List<LayerDef> layers = new ArrayList<>(map.layers());
        LayerDef.Builder b = layers.get(index).toBuilder();
        b.status = Status.ON;
        layers.set(index, b.build());
        MapDef.Builder mb = map.toBuilder();
        mb.layers = layers;
        return mb.build();
    }

    /** The query-related form values (msCGILoadForm). */
    private static final class Form {
        Extent mapExt;
        double mapX = Double.NaN;
        double mapY = Double.NaN;
        double[] imgX;
        Extent imgExt;
        double[] imgBox;
        int[] imgSize;
        double buffer;
        long shapeIndex = -1;
        org.locationtech.jts.geom.Geometry mapShape;
        /** The shape came as imgshape (image pixels), and as bare x y pairs (saved without a closing point). */
        boolean imgShape;
        boolean mapShapeOpen;
        /** mapext=shape or mapxy=shape: the answer's extent comes from the results (setExtentFromShapes). */
        boolean useShapes;
        List<String> layers = new ArrayList<>();
        boolean allLayers;

        /**
         * msCGILoadForm for the query modes; mapext, mapxy and mapshape pairs given in lon/lat on a projected map
         * are reprojected to it, as 8.0 does when the values look like lon/lat.
         */
        static Form read(MapDef map, RequestParams params, ClassicForm classic) throws MapservException {
            Form f = new Form();
            for (RequestParams.Param p : params.all()) {
                String n = p.name().toLowerCase(Locale.ROOT);
                String v = p.value();
                if (v.isEmpty()) {
                    continue;
                }
                switch (n) {
                    case "mapext" -> {
                        f.useShapes |= v.regionMatches(true, 0, "shape", 0, 5);
                        if (!v.regionMatches(true, 0, "shape", 0, 5)) {
                            f.mapExt = classic.userExtent(map, v);
                        }
                    }
                    case "mapxy" -> {
                        f.useShapes |= v.regionMatches(true, 0, "shape", 0, 5);
                        if (!v.regionMatches(true, 0, "shape", 0, 5)) {
                            double[] d = numbers(v, 2, "mapxy");
                            double[] m = classic.userPoint(map, d[0], d[1]);
                            f.mapX = m[0];
                            f.mapY = m[1];
                        }
                    }
                    case "imgxy" -> f.imgX = numbers(v, 2, "imgxy");
                    case "mapshape", "imgshape" -> {
                        f.imgShape = n.equals("imgshape");
                        f.mapShape = shape(v, f.imgShape ? null : map, classic);
                        f.mapShapeOpen = v.indexOf('(') < 0;
                    }
                    case "imgext" -> {
                        double[] d = numbers(v, 4, "imgext");
                        f.imgExt = new Extent(d[0], d[1], d[2], d[3]);
                    }
                    case "imgbox" -> {
                        double[] d = numbers(v, 4, "imgbox");
                        if (d[0] != d[2] && d[1] != d[3]) {
                            f.imgBox = d;
                        }
                    }
                    case "imgsize" -> {
                        double[] d = numbers(v, 2, "imgsize");
                        f.imgSize = new int[] {(int) d[0], (int) d[1]};
                    }
                    case "buffer" -> f.buffer = number(v);
                    case "shapeindex" -> f.shapeIndex = (long) number(v);
                    default -> {
                        if (n.startsWith("layers")) {
                            if (v.equalsIgnoreCase("all")) {
                                f.allLayers = true;
                            } else {
                                f.layers.addAll(List.of(v.split(" ")));
                            }
                        } else if (n.startsWith("layer")) {
                            f.layers.add(v);
                        }
                    }
                }
            }
            if (f.imgSize == null) {
                f.imgSize = new int[] {map.width(), map.height()};
            }
            if (f.imgExt != null && f.imgExt.isValid() && (f.imgX != null || f.imgBox != null)) {
                // mapserv squares the image extent to the image size before reading clicks in it
                f.imgExt = org.jmapserv.geo.ExtentAdjuster.adjust(org.jmapserv.geo.Rect.of(f.imgExt), f.imgSize[0],
                        f.imgSize[1]).extent().toExtent();
            }
            return f;
        }

        List<String> requestedLayers(MapDef map) {
            if (allLayers) {
                return map.layers().stream().map(l -> l.name() == null ? "" : l.name()).toList();
            }
            return layers;
        }

        int imgCols(MapDef map) {
            return imgSize[0];
        }

        int imgRows(MapDef map) {
            return imgSize[1];
        }

        /** setCoordinate: the image point in the image extent's map coordinates (-1 -1 when not given). */
        double[] imagePointToMap() {
            double[] p = imgX == null ? new double[] {-1, -1} : imgX;
            Extent e = imgExt == null ? new Extent(-1, -1, -1, -1) : imgExt;
            double cx = (e.maxX() - e.minX()) / (imgSize[0] - 1);
            double cy = (e.maxY() - e.minY()) / (imgSize[1] - 1);
            return new double[] {e.minX() + p[0] * cx, e.maxY() - p[1] * cy};
        }

        Extent imageBoxToMap(MapDef map) {
            double cx = (imgExt.maxX() - imgExt.minX()) / (imgCols(map) - 1);
            double cy = (imgExt.maxY() - imgExt.minY()) / (imgRows(map) - 1);
            return new Extent(imgExt.minX() + imgBox[0] * cx, imgExt.maxY() - imgBox[3] * cy,
                    imgExt.minX() + imgBox[2] * cx, imgExt.maxY() - imgBox[1] * cy);
        }

        /** mapshape: WKT when it holds a '(', else x y pairs of a polygon ring (at least 4 points). */
        private static org.locationtech.jts.geom.Geometry shape(String v, MapDef lonLatMap, ClassicForm classic)
                throws MapservException {
            var factory = new org.locationtech.jts.geom.GeometryFactory();
            if (v.indexOf('(') >= 0) {
                try {
                    return new org.locationtech.jts.io.WKTReader(factory).read(v);
                } catch (org.locationtech.jts.io.ParseException | IllegalArgumentException e) {
                    // 8.0 stacks GEOS's two messages under its own
                    throw new MapservException(200, "msCGILoadForm(): Web application error. WKT parse failed for "
                            + "mapshape/imgshape.\nmsGEOSShapeFromWKT(): GEOS library error. Error reading WKT "
                            + "geometry \"" + v + "\".\nmsGEOSError(): GEOS library error. ");
                }
            }
            String[] t = v.trim().split(" ");
            if (t.length % 2 != 0 || t.length < 8) {
                throw MapservException.application("msCGILoadForm", "Malformed polygon geometry for "
                        + "mapshape/imgshape.");
            }
            org.locationtech.jts.geom.Coordinate[] c = new org.locationtech.jts.geom.Coordinate[t.length / 2 + 1];
            for (int i = 0; i < t.length / 2; i++) {
                double[] xy = {number(t[2 * i]), number(t[2 * i + 1])};
                if (lonLatMap != null) {
                    xy = classic.userPoint(lonLatMap, xy[0], xy[1]); // only mapshape pairs, as in 8.0
                }
                c[i] = new org.locationtech.jts.geom.Coordinate(xy[0], xy[1]);
            }
            c[c.length - 1] = c[0];
            return factory.createPolygon(c);
        }

        private static double[] numbers(String v, int n, String name) throws MapservException {
            String[] parts = v.split(" ");
            if (parts.length != n) {
                throw MapservException.application("msCGILoadForm", "Not enough arguments for " + name + ".");
            }
            double[] d = new double[n];
            for (int i = 0; i < n; i++) {
                d[i] = number(parts[i]);
            }
            return d;
        }

        private static double number(String s) throws MapservException {
            try {
                return Double.parseDouble(s.trim());
            } catch (NumberFormatException e) {
                throw new MapservException(200, "msCGILoadForm(): General error message. invalid number");
            }
        }
    }
}
