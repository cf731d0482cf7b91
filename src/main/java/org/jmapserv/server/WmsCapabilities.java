package org.jmapserv.server;

import java.util.ArrayList;
import java.util.List;

import org.jmapserv.geo.ProjectionFactory;
import org.jmapserv.mapfile.model.ConnectionType;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.model.Metadata;
import org.jmapserv.ows.HtmlEntities;
import org.jmapserv.query.LayerQueryability;
import org.jmapserv.ows.OwsMetadata;
import org.jmapserv.ows.OwsRequestEnabling;
import org.jmapserv.ows.OwsXml;

/**
 * GetCapabilities for WMS 1.0.0 to 1.3.0 from the mapfile, as msWMSGetCapabilities (mapwms.cpp) writes it:
 * UPDATESEQUENCE negotiation, the service block (title, abstract, keywords, online resource, contact, fees,
 * access constraints, layer limit, max size), every enabled request with its formats and Get/Post DCPs, exception
 * formats, vendor/SLD/INSPIRE capabilities, then the root layer and the layer tree (GROUP blocks and
 * {@code wms_layer_group} nesting) whose layers {@link WmsLayerWriter} writes. Layers and requests follow
 * {@code wms_enable_request} at map and layer level.
 */
final class WmsCapabilities {

    static final String XLINK = "xmlns:xlink=\"http://www.w3.org/1999/xlink\"";
    static final String SCHEMAS = "http://schemas.opengis.net";

    private final WmsBoundingBoxes boxes;
    private final WmsLayerExtent extents;
    private final WmsLegendSizes legendSizes;

    WmsCapabilities(ProjectionFactory projections, WmsLayerExtent extents, WmsLegendSizes legendSizes) {
        this.boxes = new WmsBoundingBoxes(projections);
        this.extents = extents;
        this.legendSizes = legendSizes;
    }

    /** The document; {@code onlineResource} is the server URL before language and HTML encoding. */
    String write(MapDef map, int requested, String onlineResource, String updateSequence, String language)
            throws WmsException {
        Metadata web = map.web().metadata();
        String serverSeq = OwsMetadata.lookup(web, "updatesequence");
        if (updateSequence != null) {
            int c = WmsUpdateSequence.compare(updateSequence, serverSeq);
            if (c == 0) {
                throw new WmsException("CurrentUpdateSequence", "msWMSGetCapabilities(): WMS server error. "
                        + "UPDATESEQUENCE parameter (" + updateSequence + ") is equal to server (" + serverSeq + ")");
            }
            if (c > 0) {
                throw new WmsException("InvalidUpdateSequence", "msWMSGetCapabilities(): WMS server error. "
                        + "UPDATESEQUENCE parameter (" + updateSequence + ") is higher than server (" + serverSeq
                        + ")");
            }
        }
        int v = negotiate(requested);
        String lang = OwsMetadata.language(web, language);
        if (lang != null) {
            MapDef.Builder mb = map.toBuilder();
            mb.layers = WmsGetMap.languageSpecific(map.layers(), lang);
            map = mb.build();
        }
        String url = HtmlEntities.encode(withLanguage(terminate(onlineResource), lang));
        Ctx ctx = new Ctx(map, v, url, lang, OwsRequestEnabling.layersEnabled(map, "GetCapabilities"),
                legendSizes.forDocument());
        StringBuilder b = new StringBuilder(4096 + map.layers().size() * 1500);
        header(b, ctx, serverSeq);
        service(b, ctx);
        b.append("<Capability>\n  <Request>\n");
        requests(b, ctx);
        b.append("  </Request>\n");
        exceptionsAndExtensions(b, ctx);
        rootLayer(b, ctx);
        b.append("</Capability>\n").append(v >= WmsVersion.V130 ? "</WMS_Capabilities>\n" : "</WMT_MS_Capabilities>\n");
        return b.toString();
    }

    /** Everything one capabilities document needs while it is written. */
    record Ctx(MapDef map, int version, String url, String language, boolean[] enabled, WmsLegendSizes sizes) {
        Metadata web() {
            return map.web().metadata();
        }

        boolean sld() {
            String s = OwsMetadata.lookup(web(), "sld_enabled");
            return s == null || s.equalsIgnoreCase("true");
        }

        boolean inspire() {
            return OwsMetadata.lookup(web(), "inspire_capabilities") != null;
        }
    }

    static int negotiate(int requested) {
        if (requested < 0) {
            return WmsVersion.V130;
        }
        if (requested < WmsVersion.V107) {
            return WmsVersion.V100;
        }
        if (requested < WmsVersion.V110) {
            return WmsVersion.V107;
        }
        if (requested < WmsVersion.V111) {
            return WmsVersion.V110;
        }
        if (requested < WmsVersion.V130) {
            return WmsVersion.V111;
        }
        return WmsVersion.V130;
    }

    static String contentType(int requested) {
        int v = negotiate(requested);
        return v <= WmsVersion.V107 || v >= WmsVersion.V130 ? "text/xml; charset=UTF-8"
                : "application/vnd.ogc.wms_xml; charset=UTF-8";
    }

    /** msOWSTerminateOnlineResource: a URL ends with "?" or "&" so parameters can follow. */
    static String terminate(String url) {
        if (url.indexOf('?') < 0) {
            return url + "?";
        }
        return url.endsWith("?") || url.endsWith("&") ? url : url + "&";
    }

    /** msOWSGetOnlineResource2: the negotiated language goes into the URL as its first parameter. */
    static String withLanguage(String url, String lang) {
        return lang == null ? url : url + "language=" + lang + "&";
    }

    private static void header(StringBuilder b, Ctx c, String seq) {
        int v = c.version();
        b.append("<?xml version='1.0' encoding=\"UTF-8\" standalone=\"no\" ?>\n");
        if (v < WmsVersion.V130) {
            String dtd = switch (v) {
                case WmsVersion.V100 -> "/wms/1.0.0/capabilities_1_0_0.dtd";
                case WmsVersion.V107 -> "/wms/1.0.7/capabilities_1_0_7.dtd";
                case WmsVersion.V110 -> "/wms/1.1.0/capabilities_1_1_0.dtd";
                default -> "/wms/1.1.1/WMS_MS_Capabilities.dtd";
            };
            b.append("<!DOCTYPE WMT_MS_Capabilities SYSTEM \"").append(SCHEMAS).append(dtd).append("\"\n [\n")
                    .append(" <!ELEMENT VendorSpecificCapabilities ")
                    .append(v == WmsVersion.V111 && c.inspire() ? "ANY" : "EMPTY").append(">\n")
                    .append(" ]>  <!-- end of DOCTYPE declaration -->\n\n");
            b.append("<WMT_MS_Capabilities version=\"").append(WmsVersion.text(v)).append('"');
        } else {
            b.append("<WMS_Capabilities version=\"1.3.0\"");
        }
        if (seq != null) {
            b.append(" updateSequence=\"").append(seq).append('"');
        }
        if (v >= WmsVersion.V130) {
            b.append("  xmlns=\"http://www.opengis.net/wms\"   xmlns:sld=\"http://www.opengis.net/sld\"   ")
                    .append("xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"   ")
                    .append("xmlns:ms=\"http://mapserver.gis.umn.edu/mapserver\"");
            if (c.inspire()) {
                b.append("   xmlns:inspire_common=\"").append(WmsInspire.COMMON).append("\"   xmlns:inspire_vs=\"")
                        .append(WmsInspire.VS).append('"');
            }
            b.append("   xsi:schemaLocation=\"http://www.opengis.net/wms ").append(SCHEMAS)
                    .append("/wms/1.3.0/capabilities_1_3_0.xsd  http://www.opengis.net/sld ").append(SCHEMAS)
                    .append("/sld/1.1.0/sld_capabilities.xsd ");
            if (c.inspire()) {
                b.append(" ").append(WmsInspire.VS).append("  ").append(WmsInspire.VS).append("/inspire_vs.xsd");
            }
            b.append(" http://mapserver.gis.umn.edu/mapserver ").append(c.url())
                    .append("service=WMS&amp;version=1.3.0&amp;request=GetSchemaExtension\"");
        }
        b.append(">\n\n<!-- jmapserv: MapServer 8.0 compatible WMS server -->\n\n");
    }

    private static void service(StringBuilder b, Ctx c) {
        int v = c.version();
        Metadata web = c.web();
        b.append("<Service>\n  <Name>").append(v <= WmsVersion.V107 ? "GetMap" : v < WmsVersion.V130 ? "OGC:WMS" : "WMS")
                .append("</Name>\n");
        OwsXml.metadata(b, "  ", "Title", OwsMetadata.lookup(web, "title", c.language()), c.map().name(),
                "title");
        OwsXml.optional(b, "  ", "Abstract", OwsMetadata.lookup(web, "abstract", c.language()));
        OwsXml.keywords(b, "  ", "keywordlist", web, v);
        String sor = OwsMetadata.lookup(web, "service_onlineresource");
        String href = sor != null ? HtmlEntities.encode(sor) : c.url();
        if (v == WmsVersion.V100) {
            b.append("  <OnlineResource>").append(href).append("</OnlineResource>\n");
        } else {
            b.append("  <OnlineResource ").append(XLINK).append(" xlink:href=\"").append(href).append("\"/>\n");
        }
        if (v > WmsVersion.V100) {
            OwsXml.contactInfo(b, "  ", web);
        }
        OwsXml.optional(b, "  ", "Fees", OwsMetadata.lookup(web, "fees"));
        OwsXml.optional(b, "  ", "AccessConstraints", OwsMetadata.lookup(web, "accessconstraints"));
        if (v >= WmsVersion.V130) {
            String limit = OwsMetadata.lookup(web, "layerlimit");
            if (limit != null) {
                b.append("  <LayerLimit>").append(limit).append("</LayerLimit>\n");
            }
            b.append("  <MaxWidth>").append(c.map().maxSize()).append("</MaxWidth>\n  <MaxHeight>")
                    .append(c.map().maxSize()).append("</MaxHeight>\n");
        }
        b.append("</Service>\n\n");
    }

    private static void requests(StringBuilder b, Ctx c) {
        int v = c.version();
        MapDef map = c.map();
        if (v <= WmsVersion.V107) {
            if (OwsRequestEnabling.isEnabled(map, "GetMap", false)) {
                request(b, v, "Map", c.url(), List.of("<PNG /><JPEG /><SVG />"));
            }
            if (OwsRequestEnabling.isEnabled(map, "GetCapabilities", true)) {
                request(b, v, "Capabilities", c.url(), List.of("<WMS_XML />"));
            }
            if (OwsRequestEnabling.isEnabled(map, "GetFeatureInfo", false)) {
                request(b, v, "FeatureInfo", c.url(), List.of("<MIME /><GML.1 />"));
            }
            return;
        }
        if (OwsRequestEnabling.isEnabled(map, "GetCapabilities", true)) {
            request(b, v, "GetCapabilities", c.url(),
                    List.of(v >= WmsVersion.V130 ? "text/xml" : "application/vnd.ogc.wms_xml"));
        }
        if (OwsRequestEnabling.isEnabled(map, "GetMap", false)) {
            request(b, v, "GetMap", c.url(), WmsFormats.getMapMimeTypes(map));
        }
        if (OwsRequestEnabling.isEnabled(map, "GetFeatureInfo", false)) {
            request(b, v, "GetFeatureInfo", c.url(), featureInfoFormats(c.web()));
        }
        if (!c.sld()) {
            return;
        }
        if (OwsRequestEnabling.isEnabled(map, "DescribeLayer", false)) {
            request(b, v, v == WmsVersion.V130 ? "sld:DescribeLayer" : "DescribeLayer", c.url(), List.of("text/xml"));
        }
        if (v >= WmsVersion.V111 && OwsRequestEnabling.isEnabled(map, "GetLegendGraphic", false)) {
            request(b, v, v == WmsVersion.V130 ? "sld:GetLegendGraphic" : "GetLegendGraphic", c.url(),
                    WmsFormats.legendMimeTypes(map));
        }
        if (v >= WmsVersion.V111 && OwsRequestEnabling.isEnabled(map, "GetStyles", false)) {
            request(b, v, v == WmsVersion.V130 ? "ms:GetStyles" : "GetStyles", c.url(), List.of("text/xml"));
        }
    }

    /** wms_getfeatureinfo_formatlist (else feature_info_mime_type) plus GML and text/plain, as MapServer lists them. */
    static List<String> featureInfoFormats(Metadata web) {
        String list = web.value("wms_getfeatureinfo_formatlist");
        if (list == null) {
            list = OwsMetadata.lookup(web, "feature_info_mime_type");
        }
        if (list == null || list.isEmpty()) {
            return List.of("text/plain", "application/vnd.ogc.gml");
        }
        List<String> out = new ArrayList<>();
        for (String t : list.split(",")) {
            if (!t.trim().isEmpty() && out.size() < 20) {
                out.add(t.trim());
            }
        }
        String lower = list.toLowerCase(java.util.Locale.ROOT);
        if (!lower.contains("gml") && out.size() < 20) {
            out.add("application/vnd.ogc.gml");
        }
        if (!lower.contains("text/plain") && !lower.contains("mime")) {
            if (out.size() < 20) {
                out.add("text/plain");
            } else {
                out.set(19, "text/plain");
            }
        }
        return out;
    }

    /** msWMSPrintRequestCap. */
    private static void request(StringBuilder b, int v, String name, String url, List<String> formats) {
        b.append("    <").append(name).append(">\n");
        for (String f : formats) {
            b.append("      <Format>").append(v <= WmsVersion.V107 ? f : HtmlEntities.encode(f)).append("</Format>\n");
        }
        b.append("      <DCPType>\n        <HTTP>\n");
        if (v == WmsVersion.V100) {
            b.append("          <Get onlineResource=\"").append(url).append("\" />\n")
                    .append("          <Post onlineResource=\"").append(url).append("\" />\n");
        } else {
            b.append("          <Get><OnlineResource ").append(XLINK).append(" xlink:href=\"").append(url)
                    .append("\"/></Get>\n          <Post><OnlineResource ").append(XLINK).append(" xlink:href=\"")
                    .append(url).append("\"/></Post>\n");
        }
        b.append("        </HTTP>\n      </DCPType>\n    </").append(name).append(">\n");
    }

    private static void exceptionsAndExtensions(StringBuilder b, Ctx c) {
        int v = c.version();
        b.append("  <Exception>\n");
        if (v <= WmsVersion.V107) {
            b.append("    <Format><BLANK /><INIMAGE /><WMS_XML /></Format>\n");
        } else if (v <= WmsVersion.V111) {
            b.append("    <Format>application/vnd.ogc.se_xml</Format>\n")
                    .append("    <Format>application/vnd.ogc.se_inimage</Format>\n")
                    .append("    <Format>application/vnd.ogc.se_blank</Format>\n");
        } else {
            b.append("    <Format>XML</Format>\n    <Format>INIMAGE</Format>\n    <Format>BLANK</Format>\n");
        }
        b.append("  </Exception>\n");
        if (v != WmsVersion.V130) {
            if (v == WmsVersion.V111 && c.inspire()) {
                b.append("  <VendorSpecificCapabilities>\n");
                WmsInspire.extendedCapabilities(b, c.web(), c.language(), true);
                b.append("  </VendorSpecificCapabilities>\n");
            } else {
                b.append("  <VendorSpecificCapabilities />\n");
            }
        }
        if (c.sld() && v >= WmsVersion.V107) {
            if (v >= WmsVersion.V130) {
                b.append("  <sld:UserDefinedSymbolization SupportSLD=\"1\" UserLayer=\"0\" UserStyle=\"1\" ")
                        .append("RemoteWFS=\"0\" InlineFeature=\"0\" RemoteWCS=\"0\"/>\n");
            } else {
                b.append("  <UserDefinedSymbolization SupportSLD=\"1\" UserLayer=\"0\" UserStyle=\"1\" ")
                        .append("RemoteWFS=\"0\"/>\n");
            }
        }
        if (v >= WmsVersion.V130 && c.inspire()) {
            WmsInspire.extendedCapabilities(b, c.web(), c.language(), false);
        }
    }

    private void rootLayer(StringBuilder b, Ctx c) {
        MapDef map = c.map();
        Metadata web = c.web();
        int v = c.version();
        boolean any = false;
        for (boolean e : c.enabled()) {
            any |= e;
        }
        if (!any) {
            b.append("  <!-- WARNING: No WMS layers are enabled. Check wms/ows_enable_request settings. -->\n");
            return;
        }
        String rootName = OwsMetadata.lookup(web, "rootlayer_name");
        boolean queryable = false;
        if (rootName == null || !rootName.isEmpty()) {
            for (int i = 0; i < map.layers().size(); i++) {
                if (c.enabled()[i] && LayerQueryability.isQueryable(map.layers().get(i))) {
                    queryable = true;
                    break;
                }
            }
        }
        b.append("  <Layer").append(queryable ? " queryable=\"1\"" : "").append(">\n");
        if (rootName != null) {
            if (!rootName.isEmpty()) {
                b.append("    <Name>").append(HtmlEntities.encode(rootName)).append("</Name>\n");
            }
        } else if (map.name() != null && !map.name().isEmpty()) {
            b.append("    <Name>").append(HtmlEntities.encode(map.name())).append("</Name>\n");
        }
        String title = OwsMetadata.lookup(web, "rootlayer_title", c.language());
        OwsXml.metadata(b, "    ", "Title", title != null ? title : OwsMetadata.lookup(web, "title", c.language()),
                map.name(), "title");
        String abs = OwsMetadata.lookup(web, "rootlayer_abstract", c.language());
        OwsXml.metadata(b, "    ", "Abstract", abs != null ? abs : OwsMetadata.lookup(web, "abstract", c.language()),
                map.name(), null);
        boolean rootKw = OwsMetadata.lookup(web, "rootlayer_keywordlist") != null
                || OwsMetadata.lookup(web, "rootlayer_keywordlist_vocabulary") != null;
        OwsXml.keywords(b, "    ", rootKw ? "rootlayer_keywordlist" : "keywordlist", web, v);
        String srs = WmsBoundingBoxes.epsg(web, map.projection(), false);
        OwsXml.crsList(b, "    ", srs == null ? "" : srs, v);
        if (map.extent() != null && map.extent().isValid()) {
            boxes.geographic(b, "    ", map.extent(), map.projection(), v);
            boxes.boundingBoxes(b, "    ", map.extent(), map.projection(), null, web, v);
        }
        if (v >= WmsVersion.V107) {
            OwsXml.attribution(b, "    ", web);
        }
        if (v >= WmsVersion.V110) {
            OwsXml.authorityUrl(b, "    ", web);
            OwsXml.identifier(b, "    ", web);
            OwsXml.urlType(b, "    ", web, "metadataurl", "MetadataURL", true, false);
        }
        if (v < WmsVersion.V110) {
            OwsXml.optional(b, "    ", "DataURL", OwsMetadata.lookup(web, "dataurl_href"));
        } else {
            OwsXml.urlType(b, "    ", web, "dataurl", "DataURL", false, false);
        }
        if (map.name() != null && !map.name().isEmpty() && c.inspire()) {
            List<Integer> all = new ArrayList<>();
            for (int i = 0; i < map.layers().size(); i++) {
                if (c.enabled()[i]) {
                    all.add(i);
                }
            }
            groupStyle(b, c, map.name(), web, "style_", all);
        }
        WmsLayerWriter.scale(b, "    ", map.web().minScaleDenom(), map.web().maxScaleDenom(), map.resolution(), v);
        new WmsLayerTree(c, new WmsLayerWriter(c, boxes, extents, c.sizes()), this).write(b);
        b.append("  </Layer>\n");
    }

    /**
     * The Style of a group or of the root layer: {@code <prefix>name}/{@code title}/{@code legendurl_*} metadata,
     * else a GetLegendGraphic URL sized by the legend of {@code layers}.
     */
    void groupStyle(StringBuilder b, Ctx c, String name, Metadata md, String prefix, List<Integer> layers) {
        String style = OwsMetadata.lookup(md, prefix + "name");
        if (style == null) {
            style = "default";
        }
        b.append("    <Style>\n       <Name>").append(HtmlEntities.encode(style)).append("</Name>\n");
        String title = OwsMetadata.lookup(md, prefix + "title", c.language());
        b.append("       <Title>").append(HtmlEntities.encode(title != null ? title : style)).append("</Title>\n");
        if (OwsMetadata.lookup(md, prefix + "legendurl_href") != null) {
            OwsXml.legendUrl(b, "       ", md, prefix + "legendurl");
        } else if (!layers.isEmpty()) {
            int[] size = c.sizes().size(c.map(), layers);
            if (size != null) {
                String list = c.web().value("wms_getlegendgraphic_formatlist");
                String mime = list != null && !list.isEmpty() ? list.split(",")[0] : "image/png";
                OwsXml.legendUrl(b, "       ", size[0], size[1], HtmlEntities.encode(mime),
                        legendGraphicUrl(c, name, HtmlEntities.encode(mime), style));
            }
        }
        b.append("    </Style>\n");
    }

    static String legendGraphicUrl(Ctx c, String layer, String encodedMime, String style) {
        return c.url() + "version=" + WmsVersion.text(c.version())
                + "&amp;service=WMS&amp;request=GetLegendGraphic&amp;"
                + (c.version() >= WmsVersion.V130 ? "sld_version=1.1.0&amp;layer=" : "layer=")
                + HtmlEntities.encode(layer) + "&amp;format=" + encodedMime + "&amp;STYLE="
                + HtmlEntities.encode(style);
    }

    static boolean cascaded(LayerDef l) {
        return l.connectionType() == ConnectionType.WMS;
    }
}
