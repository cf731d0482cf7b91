package org.jmapserv.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.jmapserv.mapfile.SourcePosition;
import org.jmapserv.mapfile.model.ClassDef;
import org.jmapserv.mapfile.model.ConnectionType;
import org.jmapserv.mapfile.model.Extent;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.model.OutputFormatDef;
import org.jmapserv.mapfile.model.Status;
import org.jmapserv.mapfile.model.Units;
import org.jmapserv.ows.OwsRequestEnabling;
import org.jmapserv.render.MapRenderer;
import org.jmapserv.render.RenderException;
import org.jmapserv.render.RenderRequest;
import org.jmapserv.render.RenderedMap;
import org.jmapserv.render.output.OutputFormat;

/**
 * GetLegendGraphic (msWMSLegendGraphic, mapwms.cpp) on the legend renderer: LAYER (a layer, GROUP,
 * {@code wms_layer_group} entry or the map) enabled for the request, FORMAT from
 * {@code wms_getlegendgraphic_formatlist} or any image format, STYLE selecting a CLASS GROUP, SCALE for a
 * scale-dependent legend (600x600 pixels around that scale), RULE for one class's icon of WIDTH x HEIGHT (default
 * the LEGEND KEYSIZE), 1.3.0's SLD_VERSION and SLD_BODY ({@link org.jmapserv.server.sld.SldApplier}); with a BBOX the legend of
 * what is in view ({@link WmsContentLegend}). Cascaded WMS layers are refused with an exception rather than
 * answered with the wrong legend.
 */
final class WmsLegendGraphic {

    private static final String FN = "msWMSGetLegendGraphic(): ";

    private final MapRenderer renderer;
    private final WmsContentLegend contentLegend;

    private final org.jmapserv.server.sld.SldUrl sldUrl;

    WmsLegendGraphic(MapRenderer renderer, WmsContentLegend contentLegend, org.jmapserv.server.sld.SldUrl sldUrl) {
        this.renderer = renderer;
        this.contentLegend = contentLegend;
        this.sldUrl = sldUrl;
    }

    MapservResponse handle(MapDef map, RequestParams p, int v) throws WmsException {
        String layer = p.first("LAYER");
        String format = p.first("FORMAT");
        String rule = p.first("RULE");
        String scale = p.first("SCALE");
        String style = p.first("STYLE");
        String sldVersion = p.first("SLD_VERSION");
        if (p.first("BBOX") != null && !p.first("BBOX").isEmpty()) {
            return contentLegend.handle(map, p, v);
        }
        String sld = p.first("SLD");
        if (sld != null && !sld.isEmpty()) {
            String doc = null;
            try {
                doc = sldUrl.fetch(map, sld);
            } catch (org.jmapserv.server.sld.SldException e) {
                // msWMSGetLegendGraphic ignores msSLDApplySLDURL's failure: the legend is drawn without the SLD
            }
            try {
                map = doc == null ? map : org.jmapserv.server.sld.SldApplier.apply(map, doc);
            } catch (org.jmapserv.server.sld.SldException e) {
                throw new WmsException(null, e.report()); // what we cannot translate is refused, never dropped
            }
        }
        String sldBody = p.first("SLD_BODY");
        if (sldBody != null && !sldBody.isBlank()) {
            try {
                map = org.jmapserv.server.sld.SldApplier.apply(map, sldBody); // msSLDApplySLD, as for GetMap
            } catch (org.jmapserv.server.sld.SldException e) {
                throw new WmsException(null, e.report());
            }
        }
        if (layer == null) {
            throw new WmsException("LayerNotDefined", FN + "WMS server error. Mandatory LAYER parameter missing in "
                    + "GetLegendGraphic request.");
        }
        if (format == null) {
            throw new WmsException("InvalidFormat", FN + "WMS server error. Mandatory FORMAT parameter missing in "
                    + "GetLegendGraphic request.");
        }
        if (v >= WmsVersion.V130 && sldVersion == null) {
            throw new WmsException("MissingParameterValue", "GetLegendGraphic(): WMS server error. Missing required "
                    + "parameter SLD_VERSION");
        }
        if (v >= WmsVersion.V130 && !sldVersion.equalsIgnoreCase("1.1.0")) {
            throw new WmsException("InvalidParameterValue", "GetLegendGraphic(): WMS server error. SLD_VERSION must "
                    + "be 1.1.0");
        }
        WmsLayerGroups groups = WmsLayerGroups.of(map);
        boolean[] enabled = OwsRequestEnabling.layersEnabled(map, "GetLegendGraphic");
        List<LayerDef> layers = new ArrayList<>();
        int count = 0;
        int last = -1;
        for (int i = 0; i < map.layers().size(); i++) {
            LayerDef l = map.layers().get(i);
            boolean match = (layer.equalsIgnoreCase(map.name()) || layer.equalsIgnoreCase(l.name())
                    || layer.equalsIgnoreCase(l.group()) || groups.inGroup(i, layer)) && enabled[i];
            LayerDef.Builder lb = l.toBuilder();
            lb.status = match ? Status.ON : Status.OFF;
            if (match) {
                count++;
                last = i;
                if (l.connectionType() == ConnectionType.WMS && l.classes().stream()
                        .noneMatch(c -> c.name() != null && !c.name().isEmpty())) {
                    throw new WmsException(null, FN + "WMS server error. Cascading GetLegendGraphic to a remote WMS "
                            + "is not supported by jmapserv.");
                }
            }
            layers.add(lb.build());
        }
        if (count == 0) {
            throw new WmsException("LayerNotDefined", FN + "WMS server error. Invalid layer given in the LAYER "
                    + "parameter. A layer might be disabled for this request. Check wms/ows_enable_request settings.");
        }
        MapDef.Builder mb = map.toBuilder();
        RenderRequest request = RenderRequest.defaults();
        if (scale != null) {
            double cell = atof(scale) / map.resolution() / inchesPerUnit(map.units());
            double half = cell * 600 / 2.0;
            mb.width = 600;
            mb.height = 600;
            mb.extent = new Extent(-half, -half, half, half);
            request = request.withSize(600, 600).withExtent(mb.extent);
        }
        if (count == 1 && style != null && !style.isEmpty() && !style.equalsIgnoreCase("default")) {
            LayerDef l = layers.get(last);
            if (l.classes().stream().noneMatch(c -> style.equalsIgnoreCase(c.group()))) {
                throw new WmsException("StyleNotDefined", FN + "WMS server error. style used in the STYLE parameter "
                        + "is not defined on the layer.");
            }
            LayerDef.Builder lb = l.toBuilder();
            lb.classGroup = style;
            layers.set(last, lb.build());
        }
        mb.layers = layers;
        OutputFormatDef f = format(map, format);
        List<OutputFormatDef> formats = new ArrayList<>(map.outputFormats());
        formats.add(0, new OutputFormatDef("wms_legend", f.driver(), f.mimeType(), f.extension(), f.imageMode(),
                f.transparent(), f.formatOptions(), SourcePosition.NONE));
        mb.outputFormats = formats;
        MapDef m = mb.build();
        WmsFormats.requireWritable(f);
        request = request.withOutputFormat("wms_legend");
        try {
            if (rule == null || count > 1) {
                return image(renderer.renderWmsLegend(m, request, scale != null));
            }
            LayerDef l = m.layers().get(last);
            for (ClassDef c : l.classes()) {
                if (l.classGroup() != null && (c.group() == null || !c.group().equalsIgnoreCase(l.classGroup()))) {
                    continue;
                }
                if (c.name() != null && !c.name().isEmpty() && c.name().equalsIgnoreCase(rule)) {
                    int w = size(p.first("WIDTH"), m.legend().keySizeX());
                    int h = size(p.first("HEIGHT"), m.legend().keySizeY());
                    return image(renderer.renderLegendIcon(m, request, l, c, w, h, scale != null));
                }
            }
        } catch (RenderException e) {
            throw new WmsException(null, "msDrawLegend(): " + e.getMessage());
        }
        throw new WmsException("InvalidRule", FN + "Image handling error. Unavailable RULE (" + rule + ").");
    }

    static OutputFormatDef format(MapDef map, String format) throws WmsException {
        String list = map.web().metadata().value("wms_getlegendgraphic_formatlist");
        OutputFormatDef f = WmsFormats.find(map, format);
        if (list != null && f != null) {
            boolean listed = false;
            for (String t : list.split(",")) {
                listed |= t.trim().equalsIgnoreCase(format) || t.trim().equalsIgnoreCase(f.mimeType());
            }
            f = listed ? f : null;
        }
        if (f == null) {
            throw new WmsException("InvalidFormat", FN + "Image handling error. Unsupported output format ("
                    + format + ").");
        }
        return f;
    }

    /** WIDTH/HEIGHT as atoi reads them; absent or negative gives the key size (20 when that is unset). */
    private static int size(String value, int keySize) {
        int n = -1;
        if (value != null) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\s*[+-]?\\d{1,9}").matcher(value);
            n = m.find() ? Integer.parseInt(m.group().trim()) : 0;
        }
        if (n < 0) {
            n = keySize > 0 ? keySize : 20;
        }
        return n;
    }

    private static double atof(String s) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\s*[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")
                .matcher(s);
        return m.find() ? Double.parseDouble(m.group().trim()) : 0;
    }

    /** msInchesPerUnit. */
    private static double inchesPerUnit(Units u) {
        return u.inchesPerUnit();
    }

    static MapservResponse image(RenderedMap rendered) throws WmsException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OutputFormat written;
        try {
            written = rendered.write(out);
        } catch (IOException e) {
            throw new WmsException(null, "msSaveImage(): Unable to encode the image.");
        }
        return MapservResponse.of(200, MapservHandler.mimeType(written), out.toByteArray());
    }
}
