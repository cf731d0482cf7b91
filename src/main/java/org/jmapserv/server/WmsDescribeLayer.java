package org.jmapserv.server;

import java.util.List;

import org.jmapserv.mapfile.model.ConnectionType;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.LayerType;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.model.Metadata;
import org.jmapserv.ows.HtmlEntities;

/**
 * DescribeLayer (msWMSDescribeLayer, mapwms.cpp): per requested name (layer, GROUP, {@code wms_layer_group} entry or
 * the map) each matching layer with its WFS (vector) or WCS (raster) online resource from {@code wfs_/wcs_/ows_
 * onlineresource}; WMS 1.3.0 requires SLD_VERSION=1.1.0. Also GetSchemaExtension's schema (the ms:GetStyles
 * operation MapServer declares).
 */
final class WmsDescribeLayer {

    private static final String SCHEMAS = "http://schemas.opengis.net";

    private WmsDescribeLayer() {
    }

    static MapservResponse write(MapDef map, RequestParams p, int v, String version) throws WmsException {
        if (p.first("LAYERS") == null) {
            // 8.0 reads DescribeLayer's LAYERS with msWMSLoadGetMapParams first (any version)
            throw new WmsException("MissingParameterValue", "msWMSLoadGetMapParams(): WMS server error. Missing "
                    + "required parameter LAYERS");
        }
        String sldVersion = p.first("SLD_VERSION");
        if (v >= WmsVersion.V130 && sldVersion == null) {
            throw new WmsException("MissingParameterValue", "DescribeLayer(): WMS server error. Missing required "
                    + "parameter SLD_VERSION");
        }
        if (v >= WmsVersion.V130 && !sldVersion.equalsIgnoreCase("1.1.0")) {
            throw new WmsException("InvalidParameterValue", "DescribeLayer(): WMS server error. SLD_VERSION must "
                    + "be 1.1.0");
        }
        StringBuilder b = new StringBuilder("<?xml version='1.0' encoding=\"UTF-8\"?>\n");
        if (v < WmsVersion.V130) {
            b.append("<!DOCTYPE WMS_DescribeLayerResponse SYSTEM \"").append(SCHEMAS)
                    .append("/wms/1.1.1/WMS_DescribeLayerResponse.dtd\">\n<WMS_DescribeLayerResponse version=\"")
                    .append(HtmlEntities.encode(version)).append("\" >\n");
        } else {
            b.append("<DescribeLayerResponse xmlns=\"http://www.opengis.net/sld\" ")
                    .append("xmlns:ows=\"http://www.opengis.net/ows\" xmlns:se=\"http://www.opengis.net/se\" ")
                    .append("xmlns:wfs=\"http://www.opengis.net/wfs\" ")
                    .append("xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" ")
                    .append("xmlns:xlink=\"http://www.w3.org/1999/xlink\" ")
                    .append("xsi:schemaLocation=\"http://www.opengis.net/sld ").append(SCHEMAS)
                    .append("/sld/1.1.0/DescribeLayer.xsd\">\n<Version>").append(HtmlEntities.encode(sldVersion))
                    .append("</Version>\n");
        }
        Metadata web = map.web().metadata();
        String mapWfs = nonEmpty(lookup(web, "wfs_"));
        String mapWcs = nonEmpty(lookup(web, "wcs_"));
        WmsLayerGroups groups = WmsLayerGroups.of(map);
        String layers = p.first("LAYERS");
        List<String> names = layers == null ? List.of() : List.of(layers.split(","));
        for (String name : names) {
            for (int k = 0; k < map.layers().size(); k++) {
                LayerDef lp = map.layers().get(k);
                if (!(name.equalsIgnoreCase(map.name()) || name.equalsIgnoreCase(lp.name())
                        || name.equalsIgnoreCase(lp.group()) || groups.inGroup(k, name))) {
                    continue;
                }
                String wfs = nonEmpty(lookup(lp.metadata(), "wfs_"));
                String wcs = nonEmpty(lookup(lp.metadata(), "wcs_"));
                describe(b, lp, wfs != null ? wfs : mapWfs, wcs != null ? wcs : mapWcs, v);
            }
        }
        b.append(v < WmsVersion.V130 ? "</WMS_DescribeLayerResponse>\n" : "</DescribeLayerResponse>\n");
        return MapservResponse.text(200, "text/xml; charset=UTF-8", b.toString());
    }

    private static void describe(StringBuilder b, LayerDef lp, String wfs, String wcs, int v) {
        String name = HtmlEntities.encode(lp.name());
        boolean vector = lp.type() == LayerType.POINT || lp.type() == LayerType.LINE
                || lp.type() == LayerType.POLYGON;
        boolean coverage = lp.type() == LayerType.RASTER && lp.connectionType() != ConnectionType.WMS;
        if (wfs != null && vector) {
            owsLayer(b, name, "WFS", "wfs", "FeatureTypeName", HtmlEntities.encode(wfs), v);
        } else if (wcs != null && coverage) {
            owsLayer(b, name, "WCS", "wcs", "CoverageTypeName", HtmlEntities.encode(wcs), v);
        } else if (v < WmsVersion.V130) {
            b.append("<LayerDescription name=\"").append(name).append("\"></LayerDescription>\n");
        } else {
            b.append("  <LayerDescription>\n    <owsType>").append(coverage ? "wcs" : "wfs")
                    .append("</owsType>\n    <se:OnlineResource xlink:type=\"simple\"/>\n    <TypeName>\n      <se:")
                    .append(coverage ? "CoverageTypeName" : "FeatureTypeName").append('>').append(name)
                    .append("</se:").append(coverage ? "CoverageTypeName" : "FeatureTypeName")
                    .append(">\n    </TypeName>\n  </LayerDescription>\n");
        }
    }

    private static void owsLayer(StringBuilder b, String name, String type, String lower, String typeTag, String url,
            int v) {
        if (v < WmsVersion.V130) {
            b.append("<LayerDescription name=\"").append(name).append('"')
                    .append(type.equals("WFS") ? " wfs=\"" + url + "\"" : " ").append(" owsType=\"").append(type)
                    .append("\" owsURL=\"").append(url).append("\">\n<Query typeName=\"").append(name)
                    .append("\" />\n</LayerDescription>\n");
        } else {
            b.append("  <LayerDescription>\n    <owsType>").append(lower)
                    .append("</owsType>\n    <se:OnlineResource xlink:type=\"simple\" xlink:href=\"").append(url)
                    .append("\"/>\n    <TypeName>\n      <se:").append(typeTag).append('>').append(name)
                    .append("</se:").append(typeTag).append(">\n    </TypeName>\n  </LayerDescription>\n");
        }
    }

    /** msOWSLookupMetadata with "FO" / "CO": the service's own namespace, then ows_. */
    private static String lookup(Metadata md, String prefix) {
        String v = md.value(prefix + "onlineresource");
        return v != null ? v : md.value("ows_onlineresource");
    }

    private static String nonEmpty(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    static String schemaExtension() {
        return "<?xml version='1.0' encoding=\"UTF-8\"?>\n<schema xmlns=\"http://www.w3.org/2001/XMLSchema\" "
                + "xmlns:wms=\"http://www.opengis.net/wms\" xmlns:ms=\"http://mapserver.gis.umn.edu/mapserver\" "
                + "targetNamespace=\"http://mapserver.gis.umn.edu/mapserver\" elementFormDefault=\"qualified\" "
                + "version=\"1.0.0\">\n  <import namespace=\"http://www.opengis.net/wms\" schemaLocation=\""
                + SCHEMAS + "/wms/1.3.0/capabilities_1_3_0.xsd\"/>\n  <element name=\"GetStyles\" "
                + "type=\"wms:OperationType\" substitutionGroup=\"wms:_ExtendedOperation\"/>\n</schema>";
    }
}
