package org.jmapserv.server;

import java.util.ArrayList;
import java.util.List;

import org.jmapserv.mapfile.model.ClassDef;
import org.jmapserv.mapfile.model.ConnectionType;
import org.jmapserv.mapfile.model.Extent;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.model.Metadata;
import org.jmapserv.mapfile.model.ProjectionDef;
import org.jmapserv.mapfile.model.Status;
import org.jmapserv.ows.CFormat;
import org.jmapserv.ows.HtmlEntities;
import org.jmapserv.query.LayerQueryability;
import org.jmapserv.ows.OwsMetadata;
import org.jmapserv.ows.OwsXml;

/**
 * One layer of the capabilities, as msDumpLayer (mapwms.cpp) writes it: queryable/opaque/cascaded, name, title,
 * abstract, keywords, its own CRS list, the geographic and native boxes of its extent, time and
 * {@code wms_dimensionlist} dimensions, attribution, AuthorityURL/Identifier, MetadataURL (MapServer's own
 * GetMetadata URL when none is set), DataURL, one Style per CLASS GROUP with a GetLegendGraphic LegendURL sized
 * like the legend (or the {@code wms_style_*} metadata), and the scale range (ScaleHint before 1.3.0).
 */
final class WmsLayerWriter {

    private final WmsCapabilities.Ctx c;
    private final WmsBoundingBoxes boxes;
    private final WmsLayerExtent extents;
    private final WmsLegendSizes legendSizes;

    WmsLayerWriter(WmsCapabilities.Ctx c, WmsBoundingBoxes boxes, WmsLayerExtent extents,
            WmsLegendSizes legendSizes) {
        this.c = c;
        this.boxes = boxes;
        this.extents = extents;
        this.legendSizes = legendSizes;
    }

    void write(StringBuilder b, int index, String indent, boolean groupLayer, boolean queryableSubLayers,
            WmsLayerGroups groups) {
        MapDef map = c.map();
        LayerDef lp = map.layers().get(index);
        int v = c.version();
        Metadata md = lp.metadata();
        if (lp.status() == Status.DEFAULT) {
            b.append("<!-- WARNING: This layer has its status set to DEFAULT and will always be displayed when doing ")
                    .append("a GetMap request even if it is not requested by the client. This is not in line with ")
                    .append("the expected behavior of a WMS server. Using status ON or OFF is recommended. -->\n");
        }
        int queryable = queryableSubLayers || LayerQueryability.isQueryable(lp) ? 1 : 0;
        if (v <= WmsVersion.V107) {
            b.append(indent).append("    <Layer queryable=\"").append(queryable).append("\">\n");
        } else {
            String opaque = OwsMetadata.lookup(md, "opaque");
            b.append(indent).append("    <Layer queryable=\"").append(queryable).append("\" opaque=\"")
                    .append(opaque == null ? 0 : atoi(opaque)).append("\" cascaded=\"")
                    .append(lp.connectionType() == ConnectionType.WMS ? 1 : 0).append("\">\n");
        }
        WmsLayerTree.nameWarning(b, lp.name());
        if (lp.name() != null) {
            b.append("        <Name>").append(HtmlEntities.encode(lp.name())).append("</Name>\n");
        }
        OwsXml.metadata(b, "        ", "Title", OwsMetadata.lookup(md, "title", c.language()), lp.name(), "title");
        OwsXml.optional(b, "        ", "Abstract", OwsMetadata.lookup(md, "abstract", c.language()));
        OwsXml.keywords(b, "        ", "keywordlist", md, v);
        String srs = WmsBoundingBoxes.epsg(md, lp.projection(), false);
        if (srs != null) {
            OwsXml.crsList(b, "        ", srs, v);
        }
        Extent ext = extents.of(map, lp);
        if (ext != null) {
            ProjectionDef proj = lp.projection().isEmpty() ? map.projection() : lp.projection();
            boxes.geographic(b, "        ", ext, proj, v);
            boxes.boundingBoxes(b, "        ", ext, proj, md, c.web(), v);
        } else {
            b.append("        <!-- WARNING: Optional ").append(v >= WmsVersion.V130 ? "Ex_GeographicBoundingBox"
                    : "LatLonBoundingBox").append(" could not be established for this layer.  Consider setting the ")
                    .append("EXTENT in the LAYER object, or wms_extent metadata. Also check that your data exists ")
                    .append("in the DATA statement -->\n");
        }
        dimensions(b, md, v);
        if (v >= WmsVersion.V107) {
            OwsXml.attribution(b, "    ", md);
        }
        if (v >= WmsVersion.V110) {
            OwsXml.authorityUrl(b, "        ", md);
            OwsXml.identifier(b, "        ", md);
            metadataUrls(b, lp);
            dataUrls(b, md);
        } else {
            OwsXml.optional(b, "        ", "DataURL", OwsMetadata.lookup(md, "dataurl_href"));
        }
        styles(b, index, lp, groups);
        scale(b, "        ", lp.minScaleDenom(), lp.maxScaleDenom(), map.resolution(), v);
        if (!groupLayer) {
            b.append(indent).append("    </Layer>\n");
        }
    }

    private static void dimensions(StringBuilder b, Metadata md, int v) {
        String time = OwsMetadata.lookup(md, "timeextent");
        if (time != null) {
            String dflt = OwsMetadata.lookup(md, "timedefault");
            if (v >= WmsVersion.V130) {
                b.append("        <Dimension name=\"time\" units=\"ISO8601\"")
                        .append(dflt != null ? " default=\"" + dflt + "\"" : "").append(" nearestValue=\"0\">")
                        .append(time).append("</Dimension>\n");
            } else {
                b.append("        <Dimension name=\"time\" units=\"ISO8601\"/>\n        <Extent name=\"time\"")
                        .append(dflt != null ? " default=\"" + dflt + "\"" : "").append(" nearestValue=\"0\">")
                        .append(time).append("</Extent>\n");
            }
        }
        String list = md.value("wms_dimensionlist");
        if (list == null) {
            return;
        }
        for (String raw : list.split(",")) {
            String d = raw.trim();
            String item = md.value("wms_" + d + "_item");
            String extent = md.value("wms_" + d + "_extent");
            String units = md.value("wms_" + d + "_units");
            String dflt = md.value("wms_" + d + "_default");
            if (item == null || extent == null || units == null) {
                continue;
            }
            boolean hasDefault = dflt != null && !dflt.isEmpty();
            if (v >= WmsVersion.V130) {
                b.append("        <Dimension name=\"").append(d).append("\" units=\"").append(units).append('"')
                        .append(hasDefault ? " default=\"" + dflt + "\"" : "")
                        .append(" multipleValues=\"1\" nearestValue=\"0\">").append(extent).append("</Dimension>\n");
            } else {
                b.append("        <Dimension name=\"").append(d).append("\" units=\"").append(units).append("\"/>\n")
                        .append("        <Extent name=\"").append(d).append('"')
                        .append(hasDefault ? " default=\"" + dflt + "\"" : "").append(" nearestValue=\"0\">")
                        .append(extent).append("</Extent>\n");
            }
        }
    }

    private void metadataUrls(StringBuilder b, LayerDef lp) {
        Metadata md = lp.metadata();
        String list = OwsMetadata.lookup(md, "metadataurl_list");
        if (list != null) {
            for (String t : list.trim().split(" ")) {
                OwsXml.urlType(b, "        ", md, "metadataurl_" + t, "MetadataURL", true, false);
            }
        } else if (OwsMetadata.lookup(md, "metadataurl_href") != null) {
            OwsXml.urlType(b, "        ", md, "metadataurl", "MetadataURL", true, false);
        } else {
            // msMetadataSetGetMetadataURL: MapServer points at its own GetMetadata request
            OwsXml.urlBlock(b, "        ", "MetadataURL", "TC211", true, "text/xml",
                    c.url() + "request=GetMetadata&amp;layer=" + HtmlEntities.encode(lp.name()));
        }
    }

    private static void dataUrls(StringBuilder b, Metadata md) {
        String list = OwsMetadata.lookup(md, "dataurl_list");
        if (list != null) {
            for (String t : list.trim().split(" ")) {
                OwsXml.urlType(b, "        ", md, "dataurl_" + t, "DataURL", false, false);
            }
        } else {
            OwsXml.urlType(b, "        ", md, "dataurl", "DataURL", false, false);
        }
    }

    private void styles(StringBuilder b, int index, LayerDef lp, WmsLayerGroups groups) {
        Metadata md = lp.metadata();
        int v = c.version();
        String style = OwsMetadata.lookup(md, "style");
        String legendUrl = style == null ? null : OwsMetadata.lookup(md, "style_" + style + "_legendurl_href");
        if (style == null) {
            style = "default";
        }
        if (v <= WmsVersion.V100 && legendUrl != null) {
            b.append("        <Style>\n          <Name>").append(style).append("</Name>\n");
            OwsXml.metadata(b, "          ", "Title", OwsMetadata.lookup(md, "style_" + style + "_title",
                    c.language()), style, null);
            b.append("          <StyleURL>").append(HtmlEntities.encode(legendUrl)).append("</StyleURL>\n")
                    .append("        </Style>\n");
            return;
        }
        if (v < WmsVersion.V110) {
            return;
        }
        if (legendUrl != null) {
            b.append("        <Style>\n          <Name>").append(style).append("</Name>\n");
            OwsXml.metadata(b, "          ", "Title", OwsMetadata.lookup(md, "style_" + style + "_title",
                    c.language()), style, null);
            OwsXml.legendUrl(b, "          ", md, "style_" + style + "_legendurl");
            b.append("        </Style>\n");
            return;
        }
        ConnectionType t = lp.connectionType();
        if (t == ConnectionType.WMS || t == ConnectionType.WFS || lp.classes().isEmpty() || !anyClassName(lp)) {
            return;
        }
        List<Integer> legendLayers = new ArrayList<>();
        legendLayers.add(index);
        if (groups.usedAsGroup()[index]) {
            for (int j = 0; j < c.map().layers().size(); j++) {
                if (j != index && groups.inGroup(j, lp.name())) {
                    legendLayers.add(j);
                }
            }
        }
        int[] size = legendSizes.size(c.map(), legendLayers);
        if (size == null) {
            return;
        }
        for (String group : styleNames(lp, index, groups)) {
            b.append("        <Style>\n          <Name>").append(group).append("</Name>\n");
            OwsXml.metadata(b, "          ", "Title", OwsMetadata.lookup(md, "style_" + group + "_title",
                    c.language()), group, null);
            if (OwsMetadata.lookup(md, "style_" + group + "_legendurl_href") != null) {
                OwsXml.legendUrl(b, "          ", md, "style_" + group + "_legendurl");
            } else {
                OwsXml.legendUrl(b, "          ", size[0], size[1], "image/png",
                        WmsCapabilities.legendGraphicUrl(c, lp.name(), "image/png", group));
            }
            b.append("        </Style>\n");
        }
    }

    /** The distinct CLASS GROUPs, less the root style name and groups inherited from nesting layers (#4442). */
    private List<String> styleNames(LayerDef lp, int index, WmsLayerGroups groups) {
        String rootStyle = OwsMetadata.lookup(c.web(), "style_name");
        String encodedRoot = HtmlEntities.encode(rootStyle == null ? "default" : rootStyle);
        List<String> out = new ArrayList<>();
        for (ClassDef cls : lp.classes()) {
            if (cls.name() == null || cls.group() == null || cls.group().equalsIgnoreCase(encodedRoot)) {
                continue;
            }
            if (inheritedFromGroup(cls.group(), groups.paths().get(index))) {
                continue;
            }
            if (out.stream().noneMatch(s -> s.equalsIgnoreCase(cls.group()))) {
                out.add(cls.group());
            }
        }
        return out.isEmpty() ? List.of("default") : out;
    }

    private boolean inheritedFromGroup(String group, List<String> path) {
        for (String g : path) {
            for (LayerDef l : c.map().layers()) {
                if (g.equalsIgnoreCase(l.name())) {
                    for (ClassDef k : l.classes()) {
                        if (group.equalsIgnoreCase(k.group())) {
                            return true;
                        }
                    }
                    break;
                }
            }
        }
        return false;
    }

    private static boolean anyClassName(LayerDef lp) {
        for (ClassDef cls : lp.classes()) {
            if (cls.name() != null && !cls.name().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** msWMSPrintScaleDenominator (1.3.0) or msWMSPrintScaleHint (earlier: the diagonal of a pixel in metres). */
    static void scale(StringBuilder b, String indent, double min, double max, double resolution, int v) {
        if (v >= WmsVersion.V130) {
            if (min > 0) {
                b.append(indent).append("<MinScaleDenominator>").append(CFormat.g(min))
                        .append("</MinScaleDenominator>\n");
            }
            if (max > 0) {
                b.append(indent).append("<MaxScaleDenominator>").append(CFormat.g(max))
                        .append("</MaxScaleDenominator>\n");
            }
            return;
        }
        double diag = Math.sqrt(2.0);
        double hintMin = min > 0 ? diag * (min / resolution) / 39.3701 : 0;
        double hintMax = max > 0 ? diag * (max / resolution) / 39.3701 : 0;
        if (hintMin > 0 || hintMax > 0) {
            b.append(indent).append("<ScaleHint min=\"").append(CFormat.g(hintMin, 15)).append("\" max=\"")
                    .append(CFormat.g(hintMax, 15)).append("\" />\n");
            if (hintMax == 0) {
                b.append(indent).append("<!-- WARNING: Only MINSCALEDENOM and no MAXSCALEDENOM specified in the ")
                        .append("mapfile. A default value of 0 has been returned for the Max ScaleHint but this is ")
                        .append("probably not what you want. -->\n");
            }
        }
    }

    private static int atoi(String s) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\s*[+-]?\\d+").matcher(s);
        return m.find() ? Integer.parseInt(m.group().trim()) : 0;
    }
}
