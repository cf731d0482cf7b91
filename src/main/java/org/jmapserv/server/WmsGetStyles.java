package org.jmapserv.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jmapserv.mapfile.model.ClassDef;
import org.jmapserv.mapfile.model.Color;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.LayerType;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.model.StyleDef;
import org.jmapserv.ows.HtmlEntities;
import org.jmapserv.ows.OwsRequestEnabling;

/**
 * GetStyles (msWMSGetStyles / msSLDGenerateSLD, mapwms.cpp and mapogcsld.cpp): the requested layers' classes as an
 * SLD document, SLD 1.0.0 for WMS up to 1.1.1 and SLD 1.1.0 (SE) for 1.3.0: one NamedLayer per layer, one
 * UserStyle per CLASS GROUP (the CLASSGROUP one marked default), one Rule per named class with the class's or
 * layer's scale range, and Polygon/Line/Point symbolizers from the class styles. What this port cannot export
 * faithfully yet (class EXPRESSIONs as ogc:Filter, LABELs as TextSymbolizer, attribute-bound style values, raster
 * and other layer types) is refused with an exception naming the layer and class instead of an SLD that would
 * draw differently.
 */
final class WmsGetStyles {

    private WmsGetStyles() {
    }

    static MapservResponse write(MapDef map, RequestParams p, int v) throws WmsException {
        if (p.first("SLD") != null || p.first("SLD_BODY") != null) {
            throw new WmsException(null, "msWMSGetStyles(): WMS server error. SLD and SLD_BODY are not supported by "
                    + "jmapserv.");
        }
        String list = p.first("LAYERS");
        WmsLayerGroups groups = WmsLayerGroups.of(map);
        List<LayerDef> chosen = new ArrayList<>();
        if (list != null) {
            for (int j = 0; j < map.layers().size(); j++) {
                LayerDef l = map.layers().get(j);
                for (String name : list.split(",")) {
                    if (name.equalsIgnoreCase(map.name()) || name.equalsIgnoreCase(l.name())
                            || name.equalsIgnoreCase(l.group()) || groups.inGroup(j, name)) {
                        chosen.add(l);
                        break;
                    }
                }
            }
        }
        if (chosen.isEmpty()) {
            throw new WmsException("LayerNotDefined", "msWMSGetStyles(): WMS server error. Invalid layer(s) given in "
                    + "the LAYERS parameter. A layer might be disabled for this request. Check wms/ows_enable_request "
                    + "settings.");
        }
        boolean se = v >= WmsVersion.V130;
        StringBuilder b = new StringBuilder();
        if (se) {
            b.append("<StyledLayerDescriptor version=\"1.1.0\" xsi:schemaLocation=\"http://www.opengis.net/sld ")
                    .append("http://schemas.opengis.net/sld/1.1.0/StyledLayerDescriptor.xsd\" ")
                    .append("xmlns=\"http://www.opengis.net/sld\" xmlns:ogc=\"http://www.opengis.net/ogc\" ")
                    .append("xmlns:se=\"http://www.opengis.net/se\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" ")
                    .append("xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n");
        } else {
            b.append("<StyledLayerDescriptor version=\"1.0.0\" xmlns=\"http://www.opengis.net/sld\" ")
                    .append("xmlns:gml=\"http://www.opengis.net/gml\" xmlns:ogc=\"http://www.opengis.net/ogc\" ")
                    .append("xmlns:xlink=\"http://www.w3.org/1999/xlink\" ")
                    .append("xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=")
                    .append("\"http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/")
                    .append("StyledLayerDescriptor.xsd\">\n");
        }
        for (LayerDef l : chosen) {
            layer(b, l, se);
        }
        b.append("</StyledLayerDescriptor>\n");
        return MapservResponse.text(200, se ? "text/xml; charset=UTF-8"
                : "application/vnd.ogc.sld+xml; charset=UTF-8", b.toString());
    }

    static boolean enabled(MapDef map) {
        return OwsRequestEnabling.isEnabled(map, "GetStyles", false);
    }

    private static void layer(StringBuilder b, LayerDef l, boolean se) throws WmsException {
        if (l.type() != LayerType.POINT && l.type() != LayerType.LINE && l.type() != LayerType.POLYGON) {
            throw refuse(l, null, "its TYPE " + l.type());
        }
        String p = se ? "se:" : "";
        b.append("<NamedLayer>\n<").append(p).append("Name>").append(HtmlEntities.encode(l.name())).append("</")
                .append(p).append("Name>\n");
        List<String> groups = new ArrayList<>();
        for (ClassDef c : l.classes()) {
            if (c.group() != null && groups.stream().noneMatch(g -> g.equalsIgnoreCase(c.group()))) {
                groups.add(c.group());
            }
        }
        if (groups.isEmpty()) {
            userStyle(b, l, null, false, se);
        } else {
            for (String g : groups) {
                userStyle(b, l, g, g.equalsIgnoreCase(l.classGroup()), se);
            }
        }
        b.append("</NamedLayer>\n");
    }

    private static void userStyle(StringBuilder b, LayerDef l, String group, boolean isDefault, boolean se)
            throws WmsException {
        String p = se ? "se:" : "";
        b.append("<UserStyle>\n");
        if (group != null) {
            b.append('<').append(p).append("Name>").append(HtmlEntities.encode(group)).append("</").append(p)
                    .append("Name>\n");
            if (isDefault) {
                b.append('<').append(p).append("IsDefault>true</").append(p).append("IsDefault>\n");
            }
        }
        b.append('<').append(p).append("FeatureTypeStyle>\n");
        for (ClassDef c : l.classes()) {
            if (group != null && !group.equalsIgnoreCase(c.group())) {
                continue;
            }
            rule(b, l, c, se);
        }
        b.append("</").append(p).append("FeatureTypeStyle>\n</UserStyle>\n");
    }

    private static void rule(StringBuilder b, LayerDef l, ClassDef c, boolean se) throws WmsException {
        if (c.expression() != null) {
            throw refuse(l, c, "its EXPRESSION (exported by MapServer as an ogc:Filter)");
        }
        if (!c.labels().isEmpty()) {
            throw refuse(l, c, "its LABEL (exported by MapServer as a TextSymbolizer)");
        }
        String p = se ? "se:" : "";
        b.append('<').append(p).append("Rule>\n");
        if (c.name() != null) {
            b.append('<').append(p).append("Name>").append(HtmlEntities.encode(c.name())).append("</").append(p)
                    .append("Name>\n");
        }
        double min = c.minScaleDenom() > 0 ? c.minScaleDenom() : l.minScaleDenom();
        double max = c.maxScaleDenom() > 0 ? c.maxScaleDenom() : l.maxScaleDenom();
        if (min > 0) {
            b.append('<').append(p).append("MinScaleDenominator>").append(f6(min)).append("</").append(p)
                    .append("MinScaleDenominator>\n");
        }
        if (max > 0) {
            b.append('<').append(p).append("MaxScaleDenominator>").append(f6(max)).append("</").append(p)
                    .append("MaxScaleDenominator>\n");
        }
        for (StyleDef s : c.styles()) {
            if (!s.bindings().isEmpty() || !s.expressions().isEmpty()) {
                throw refuse(l, c, "its attribute-bound STYLE values");
            }
            switch (l.type()) {
                case POLYGON -> polygon(b, s, se);
                case LINE -> line(b, s, se);
                default -> point(b, s, se);
            }
        }
        b.append("</").append(p).append("Rule>\n");
    }

    private static void polygon(StringBuilder b, StyleDef s, boolean se) {
        String p = se ? "se:" : "";
        b.append('<').append(p).append("PolygonSymbolizer>\n");
        if (s.color().isSet()) {
            b.append('<').append(p).append("Fill>\n");
            param(b, "fill", hex(s.color()), se);
            b.append("</").append(p).append("Fill>\n");
        }
        if (s.outlineColor().isSet()) {
            b.append('<').append(p).append("Stroke>\n");
            param(b, "stroke", hex(s.outlineColor()), se);
            param(b, "stroke-width", String.format(Locale.ROOT, "%.2f", s.width()), se);
            b.append("</").append(p).append("Stroke>\n");
        }
        b.append("</").append(p).append("PolygonSymbolizer>\n");
    }

    private static void line(StringBuilder b, StyleDef s, boolean se) {
        String p = se ? "se:" : "";
        b.append('<').append(p).append("LineSymbolizer>\n<").append(p).append("Stroke>\n");
        param(b, "stroke", hex(s.color()), se);
        param(b, "stroke-width", String.format(Locale.ROOT, "%.2f", s.width()), se);
        b.append("</").append(p).append("Stroke>\n</").append(p).append("LineSymbolizer>\n");
    }

    private static void point(StringBuilder b, StyleDef s, boolean se) {
        String p = se ? "se:" : "";
        b.append('<').append(p).append("PointSymbolizer>\n<").append(p).append("Graphic>\n<").append(p)
                .append("Mark>\n<").append(p).append("WellKnownName>")
                .append(HtmlEntities.encode(s.symbolName() == null ? "square" : s.symbolName())).append("</")
                .append(p).append("WellKnownName>\n");
        if (s.color().isSet()) {
            b.append('<').append(p).append("Fill>\n");
            param(b, "fill", hex(s.color()), se);
            b.append("</").append(p).append("Fill>\n");
        }
        b.append("</").append(p).append("Mark>\n");
        if (s.size() > 0) {
            b.append('<').append(p).append("Size>").append((int) s.size()).append("</").append(p).append("Size>\n");
        }
        b.append("</").append(p).append("Graphic>\n</").append(p).append("PointSymbolizer>\n");
    }

    private static void param(StringBuilder b, String name, String value, boolean se) {
        String tag = se ? "se:SvgParameter" : "CssParameter";
        b.append('<').append(tag).append(" name=\"").append(name).append("\">").append(value).append("</")
                .append(tag).append(">\n");
    }

    private static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", c.red(), c.green(), c.blue());
    }

    private static String f6(double v) {
        return String.format(Locale.ROOT, "%.6f", v);
    }

    private static WmsException refuse(LayerDef l, ClassDef c, String what) {
        return new WmsException(null, "msWMSGetStyles(): WMS server error. jmapserv cannot export layer '"
                + l.name() + "'" + (c == null ? "" : " class '" + (c.name() == null ? "" : c.name()) + "'")
                + " as SLD because of " + what + ".");
    }
}
