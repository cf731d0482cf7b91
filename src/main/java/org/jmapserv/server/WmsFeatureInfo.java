package org.jmapserv.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jmapserv.geo.Rect;
import org.jmapserv.geo.ScaleCalculator;
import org.jmapserv.mapfile.model.Extent;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.model.Status;
import org.jmapserv.query.LayerQueryability;
import org.jmapserv.query.Query;
import org.jmapserv.query.QueryEngine;
import org.jmapserv.query.QueryException;
import org.jmapserv.query.QueryMode;
import org.jmapserv.query.QueryResults;
import org.jmapserv.query.QueryView;
import org.jmapserv.query.template.TemplateContext;
import org.jmapserv.query.template.TemplateException;
import org.jmapserv.query.template.TemplateProcessor;

/**
 * WMS GetFeatureInfo (msWMSFeatureInfo, mapwms.cpp): the GetMap parameters set up the map (extent, size, CRS,
 * LAYERS), QUERY_LAYERS must name queryable layers (else LayerNotDefined), I/J (1.3.0) or X/Y (1.1.x) give the
 * pixel, FEATURE_COUNT (default 1) the results per layer, and the answer is INFO_FORMAT: text/plain (the default),
 * application/vnd.ogc.gml, text/html through the query templates, or the MIMETYPE (or NAME) of an OUTPUTFORMAT with
 * DRIVER TEMPLATE (how 8.0 answers application/json: a [resultset] template named by FORMATOPTION FILE). Other
 * formats, and formats missing from wms_getfeatureinfo_formatlist when it is set, are InvalidFormat.
 */
final class WmsFeatureInfo {

    private final WmsGetMap getMap;
    private final QueryEngine engine;

    WmsFeatureInfo(WmsGetMap getMap, QueryEngine engine) {
        this.getMap = getMap;
        this.engine = engine;
    }

    MapservResponse handle(MapDef loaded, RequestParams p, boolean v130) throws WmsException {
        WmsGetMap.Prepared prepared = getMap.prepare(loaded, p, v130);
        MapDef map = prepared.map();
        String queryLayers = p.first("QUERY_LAYERS");
        if (queryLayers == null || queryLayers.isEmpty()) {
            throw info("LayerNotDefined", "Required QUERY_LAYERS parameter missing for getFeatureInfo.");
        }
        String ip = p.first(v130 ? "I" : "X");
        String jp = p.first(v130 ? "J" : "Y");
        if (ip == null || jp == null) {
            throw info(null, "Required " + (v130 ? "I/J" : "X/Y") + " parameters missing for getFeatureInfo.");
        }
        String format = p.first("INFO_FORMAT");
        if (format == null) {
            format = "MIME";
        }
        String fmt = format.toLowerCase(Locale.ROOT);
        boolean text = fmt.equals("mime") || fmt.equals("text/plain");
        boolean gml = fmt.equals("gml") || fmt.equals("application/vnd.ogc.gml");
        boolean html = fmt.equals("text/html");
        org.jmapserv.mapfile.model.OutputFormatDef template = templateFormat(map, format);
        String formats = org.jmapserv.ows.OwsMetadata.lookup(map.web().metadata(), "getfeatureinfo_formatlist");
        String infoFormat = format;
        boolean listed = formats == null || java.util.Arrays.stream(formats.split(","))
                .anyMatch(f -> f.trim().equalsIgnoreCase(infoFormat));
        // 8.0 answers MIME/text/plain and GML whatever the list says; any other format must be listed, and one
        // listed without a TEMPLATE OUTPUTFORMAT is answered by the layers' templates under its own mime type
        boolean other = !text && !gml && !html && template == null && formats != null && listed;
        if (!text && !gml && ((!html && template == null && !other) || !listed)) {
            throw info(v130 ? "InvalidFormat" : null, "Unsupported INFO_FORMAT value (" + format + ")."); // no code in 1.1.1, as 8.0
        }
        org.jmapserv.mapfile.model.OutputFormatDef ogr = ogrFormat(map, format);
        if (ogr != null) {
            // 8.0 writes the results with msOGRWriteFromQuery (e.g. a GeoJSON FeatureCollection); refuse it rather
            // than answer an empty body under that name
            throw info(null, "INFO_FORMAT " + format + " is OUTPUTFORMAT " + ogr.name() + " (DRIVER "
                    + ogr.driver() + "): jmapserv does not write OGR output formats.");
        }
        int featureCount = 1;
        if (p.first("FEATURE_COUNT") != null) {
            featureCount = Math.max(1, ShpInt.atoi(p.first("FEATURE_COUNT")));
        }
        List<String> names = List.of(queryLayers.split(","));
        List<LayerDef> layers = new ArrayList<>();
        boolean any = false;
        for (LayerDef l : map.layers()) {
            boolean asked = names.contains(l.name()) || (l.group() != null && names.contains(l.group()));
            boolean query = asked && LayerQueryability.isQueryable(l);
            any |= query;
            LayerDef.Builder b = l.toBuilder();
            b.status = query ? Status.ON : Status.OFF;
            layers.add(b.build());
        }
        if (!any) {
            throw info("LayerNotDefined", "Layer(s) specified in QUERY_LAYERS parameter is not offered by the service "
                    + "instance.");
        }
        int width = prepared.request().width();
        int height = prepared.request().height();
        Extent extent = prepared.request().extent();
        double scale = ScaleCalculator.scaleDenominator(Rect.of(extent), map.units(), width, height,
                map.resolution());
        double i = ShpInt.atof(ip);
        double j = ShpInt.atof(jp);
        if (i > width || j > height) {
            throw info("InvalidPoint", "Invalid " + (v130 ? "I/J" : "X/Y") + " values");
        }
        double x = extent.minX() + i * (extent.maxX() - extent.minX()) / (width - 1);
        double y = extent.maxY() - j * (extent.maxY() - extent.minY()) / (height - 1);
        MapDef.Builder mb = map.toBuilder();
        mb.layers = layers;
        mb.extent = extent;
        mb.width = width;
        mb.height = height;
        MapDef qmap = mb.build();
        QueryView view = new QueryView(extent, width, height, scale, map.units());
        QueryResults results;
        try {
            results = engine.execute(qmap, view, Query.byPoint(QueryMode.MULTIPLE, -1, featureCount, x, y, 0));
        } catch (QueryException e) {
            throw new WmsException(null, e.getMessage());
        }
        if (text && template == null) {
            return MapservResponse.text(200, "text/plain; charset=UTF-8", FeatureInfoText.write(results));
        }
        if (gml && template == null) {
            String srs = p.first(v130 ? "CRS" : "SRS");
            return MapservResponse.text(200, "application/vnd.ogc.gml; charset=UTF-8",
                    FeatureInfoGml.write(qmap, results, srs == null ? "" : srs, engine));
        }
        List<Map.Entry<String, String>> ps = new ArrayList<>();
        for (RequestParams.Param q : p.all()) {
            ps.add(Map.entry(q.name(), q.value()));
        }
        TemplateContext ctx = new TemplateContext(qmap, view, x, y, view.extent(), names, ps, results,
                Long.toString(System.currentTimeMillis() / 1000), QueryModes.VERSION);
        try {
            if (template != null) {
                String file = template.formatOptions().stream()
                        .filter(o -> o.toUpperCase(Locale.ROOT).startsWith("FILE=")).map(o -> o.substring(5))
                        .findFirst().orElse(null);
                if (file == null) {
                    throw new WmsException(null, "msReturnTemplateQuery(): Web application error. Template driver "
                            + "requires \"FILE\" format option be set.");
                }
                return MapservResponse.text(200, template.mimeType(), new TemplateProcessor(ctx).page(file, false));
            }
            return MapservResponse.text(200, other ? format : "text/html", new TemplateProcessor(ctx).nestedQuery());
        } catch (TemplateException e) {
            throw new WmsException(null, e.getMessage());
        }
    }

    /** An OUTPUTFORMAT with an OGR/ DRIVER whose MIMETYPE or NAME is the INFO_FORMAT (msReturnOGRQuery). */
    private static org.jmapserv.mapfile.model.OutputFormatDef ogrFormat(MapDef map, String format) {
        for (org.jmapserv.mapfile.model.OutputFormatDef f : map.outputFormats()) {
            if (f.driver() != null && f.driver().toUpperCase(Locale.ROOT).startsWith("OGR/")
                    && (format.equalsIgnoreCase(f.mimeType()) || format.equalsIgnoreCase(f.name()))) {
                return f;
            }
        }
        return null;
    }

    /** An OUTPUTFORMAT with DRIVER TEMPLATE whose MIMETYPE or NAME is the INFO_FORMAT (msReturnTemplateQuery). */
    private static org.jmapserv.mapfile.model.OutputFormatDef templateFormat(MapDef map, String format) {
        for (org.jmapserv.mapfile.model.OutputFormatDef f : map.outputFormats()) {
            if (f.driver() != null && f.driver().toUpperCase(Locale.ROOT).startsWith("TEMPLATE")
                    && (format.equalsIgnoreCase(f.mimeType()) || format.equalsIgnoreCase(f.name()))) {
                return f;
            }
        }
        return null;
    }

    private static WmsException info(String code, String detail) {
        return new WmsException(code, "msWMSFeatureInfo(): WMS server error. " + detail);
    }

    /** atoi / atof as mapwms.cpp reads FEATURE_COUNT and I/J. */
    private static final class ShpInt {
        static int atoi(String s) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\s*[+-]?\\d+").matcher(s);
            return m.find() ? Integer.parseInt(m.group().trim()) : 0;
        }

        static double atof(String s) {
            try {
                return Double.parseDouble(s.trim());
            } catch (NumberFormatException e) {
                return atoi(s);
            }
        }
    }
}
