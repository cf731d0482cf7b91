package org.jmapserv.server;

import java.util.Set;

import org.jmapserv.geo.Projection;
import org.jmapserv.geo.ProjectionFactory;
import org.jmapserv.geo.Rect;
import org.jmapserv.geo.Reprojector;
import org.jmapserv.mapfile.model.Extent;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.model.Metadata;
import org.jmapserv.ows.OwsMetadata;

/**
 * GetCapabilities 1.1.1 and 1.3.0 from the mapfile (msWMSGetCapabilities, mapwms.cpp): service title and
 * abstract from {@code wms_title}/{@code wms_abstract}, MaxWidth/MaxHeight from MAXSIZE, GetMap formats, the
 * root layer named after the map with the advertised CRS list and its lon/lat box, then one child per named
 * layer with its title and box. Boxes use the layer EXTENT (else the map's) reprojected to EPSG:4326;
 * 1.3.0 writes EPSG:4326 BoundingBox in lat/lon order. Styles, dimensions and GetFeatureInfo are not listed.
 */
final class WmsCapabilities {

    private static final String XLINK = "xmlns:xlink=\"http://www.w3.org/1999/xlink\"";

    private final ProjectionFactory projections;

    WmsCapabilities(ProjectionFactory projections) {
        this.projections = projections;
    }

    String write(MapDef map, boolean v130, String onlineResource) {
        StringBuilder b = new StringBuilder("<?xml version='1.0' encoding=\"UTF-8\" standalone=\"no\" ?>\n");
        if (v130) {
            b.append("<WMS_Capabilities version=\"1.3.0\" xmlns=\"http://www.opengis.net/wms\" ").append(XLINK)
                    .append(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=")
                    .append("\"http://www.opengis.net/wms http://schemas.opengis.net/wms/1.3.0/capabilities_1_3_0.xsd\">\n");
        } else {
            b.append("<!DOCTYPE WMT_MS_Capabilities SYSTEM ")
                    .append("\"http://schemas.opengis.net/wms/1.1.1/WMS_MS_Capabilities.dtd\">\n")
                    .append("<WMT_MS_Capabilities version=\"1.1.1\">\n");
        }
        Metadata web = map.web().metadata();
        String href = Xml.escape(onlineResource);
        b.append("<Service>\n  <Name>").append(v130 ? "WMS" : "OGC:WMS").append("</Name>\n");
        b.append("  <Title>").append(Xml.escape(orElse(OwsMetadata.lookup(web, "title"), map.name()))).append("</Title>\n");
        String abs = OwsMetadata.lookup(web, "abstract");
        if (abs != null) {
            b.append("  <Abstract>").append(Xml.escape(abs)).append("</Abstract>\n");
        }
        b.append("  <OnlineResource ").append(XLINK).append(" xlink:href=\"").append(href).append("\"/>\n");
        if (v130) {
            b.append("  <MaxWidth>").append(map.maxSize()).append("</MaxWidth>\n  <MaxHeight>")
                    .append(map.maxSize()).append("</MaxHeight>\n");
        }
        b.append("</Service>\n<Capability>\n  <Request>\n");
        operation(b, "GetCapabilities", v130 ? java.util.List.of("text/xml")
                : java.util.List.of("application/vnd.ogc.wms_xml"), href);
        operation(b, "GetMap", WmsFormats.mimeTypes(map), href);
        b.append("  </Request>\n  <Exception>\n    <Format>").append(v130 ? "XML" : "application/vnd.ogc.se_xml")
                .append("</Format>\n  </Exception>\n");
        layers(b, map, v130);
        b.append("</Capability>\n").append(v130 ? "</WMS_Capabilities>\n" : "</WMT_MS_Capabilities>\n");
        return b.toString();
    }

    private static void operation(StringBuilder b, String name, java.util.List<String> formats, String href) {
        b.append("    <").append(name).append(">\n");
        for (String f : formats) {
            b.append("      <Format>").append(Xml.escape(f)).append("</Format>\n");
        }
        b.append("      <DCPType><HTTP><Get><OnlineResource ").append(XLINK).append(" xlink:href=\"").append(href)
                .append("\"/></Get></HTTP></DCPType>\n    </").append(name).append(">\n");
    }

    private void layers(StringBuilder b, MapDef map, boolean v130) {
        Set<String> srs = WmsSrsList.of(map);
        String crsTag = v130 ? "CRS" : "SRS";
        b.append("  <Layer>\n    <Name>").append(Xml.escape(map.name())).append("</Name>\n    <Title>")
                .append(Xml.escape(orElse(OwsMetadata.lookup(map.web().metadata(), "title"), map.name())))
                .append("</Title>\n");
        crsList(b, srs, crsTag, "    ");
        box(b, map, map.extent(), v130, "    ");
        for (LayerDef l : map.layers()) {
            if (l.name() == null || l.name().isEmpty()
                    || !RequestEnabling.enabled(orElse(OwsMetadata.layerThenMap(l.metadata(), map.web().metadata(),
                    "enable_request"), null), "GetMap")) {
                continue;
            }
            b.append("    <Layer queryable=\"0\" opaque=\"0\" cascaded=\"0\">\n      <Name>").append(Xml.escape(l.name()))
                    .append("</Name>\n      <Title>")
                    .append(Xml.escape(orElse(OwsMetadata.lookup(l.metadata(), "title"), l.name())))
                    .append("</Title>\n");
            // msWMSDumpLayer: each layer repeats its own list (wms_srs, else its PROJECTION), even the map's
            crsList(b, WmsSrsList.of(l), crsTag, "      ");
            box(b, map, l.extent() != null ? l.extent() : map.extent(), v130, "      ");
            b.append("    </Layer>\n");
        }
        b.append("  </Layer>\n");
    }

    private static void crsList(StringBuilder b, Set<String> codes, String tag, String indent) {
        for (String s : codes) {
            b.append(indent).append('<').append(tag).append('>').append(Xml.escape(s)).append("</").append(tag)
                    .append(">\n");
        }
    }

    private void box(StringBuilder b, MapDef map, Extent e, boolean v130, String indent) {
        Rect ll = lonLat(map, e);
        if (ll == null) {
            return;
        }
        if (v130) {
            b.append(indent).append("<EX_GeographicBoundingBox>\n").append(indent).append("  <westBoundLongitude>")
                    .append(ll.minX()).append("</westBoundLongitude>\n").append(indent).append("  <eastBoundLongitude>")
                    .append(ll.maxX()).append("</eastBoundLongitude>\n").append(indent).append("  <southBoundLatitude>")
                    .append(ll.minY()).append("</southBoundLatitude>\n").append(indent).append("  <northBoundLatitude>")
                    .append(ll.maxY()).append("</northBoundLatitude>\n").append(indent).append("</EX_GeographicBoundingBox>\n");
            b.append(indent).append("<BoundingBox CRS=\"EPSG:4326\" minx=\"").append(ll.minY()).append("\" miny=\"")
                    .append(ll.minX()).append("\" maxx=\"").append(ll.maxY()).append("\" maxy=\"").append(ll.maxX())
                    .append("\"/>\n");
        } else {
            b.append(indent).append("<LatLonBoundingBox minx=\"").append(ll.minX()).append("\" miny=\"")
                    .append(ll.minY()).append("\" maxx=\"").append(ll.maxX()).append("\" maxy=\"").append(ll.maxY())
                    .append("\"/>\n");
        }
    }

    private Rect lonLat(MapDef map, Extent e) {
        if (e == null || !e.isValid()) {
            return null;
        }
        Rect r = Rect.of(e);
        try {
            Projection src = projections.fromMapfileArgs(map.projection().args());
            if (!src.isDefined() || src.isGeographic()) {
                return r;
            }
            return Reprojector.between(src, projections.fromString("EPSG:4326")).transform(r);
        } catch (RuntimeException ex) {
            return null;
        }
    }

    private static String orElse(String v, String d) {
        return v == null || v.isEmpty() ? d : v;
    }

}
