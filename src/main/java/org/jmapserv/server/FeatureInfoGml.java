package org.jmapserv.server;

import java.util.List;

import org.jmapserv.data.Feature;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.model.Metadata;
import org.jmapserv.query.LayerResult;
import org.jmapserv.query.QueryEngine;
import org.jmapserv.query.QueryException;
import org.jmapserv.query.QueryHit;
import org.jmapserv.query.QueryResults;

/**
 * The GML 2 GetFeatureInfo answer (msGMLWriteQuery, mapgml.c) for application/vnd.ogc.gml: an msGMLOutput with,
 * per layer with results, {@code <name_layer>} and per feature {@code <name_feature>} holding the gml:boundedBy
 * box (in the map projection, %f) and the items gml_include_items / ows_include_items allows minus
 * gml_exclude_items (wms_, then gml_, then ows_ metadata), values HTML-escaped, and the geometry gml_geometries
 * names ({@link GmlGeometry}).
 */
final class FeatureInfoGml {

    private FeatureInfoGml() {
    }

    static String write(MapDef map, QueryResults results, String srsName, QueryEngine engine) throws WmsException {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\n<msGMLOutput \n")
                .append("\t xmlns:gml=\"http://www.opengis.net/gml\"\n")
                .append("\t xmlns:xlink=\"http://www.w3.org/1999/xlink\"\n")
                .append("\t xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n");
        for (LayerResult lr : results.layers()) {
            if (lr.hits().isEmpty()) {
                continue;
            }
            Metadata md = lr.layer().metadata();
            String geometries = lookup(md, "geometries");
            String geometry = geometries == null || geometries.equalsIgnoreCase("none") ? null
                    : geometries.split(",")[0].trim();
            String name = lr.layer().name();
            b.append("\t<").append(name).append("_layer>\n");
            // msGMLWriteQuery writes <gml:name> only from the layer's ows_/wms_title (probed on 8.0)
            String title = md.value("ows_title") != null ? md.value("ows_title") : md.value("wms_title");
            if (title != null) {
                b.append("\t<gml:name>").append(Xml.escape(title)).append("</gml:name>\n");
            }
            List<Integer> items = FeatureInfoText.included(lookup(md, "include_items"), lookup(md, "exclude_items"),
                    lr.items());
            for (QueryHit h : lr.hits()) {
                Feature f;
                try {
                    f = engine.inMapProjection(map, lr.layer(), h.feature());
                } catch (QueryException e) {
                    throw new WmsException(null, e.getMessage());
                }
                var s = f.shape();
                b.append("\t\t<").append(name).append("_feature>\n")
                        .append("\t\t\t<gml:boundedBy>\n\t\t\t\t<gml:Box srsName=\"").append(srsName).append("\">\n")
                        .append("\t\t\t\t\t<gml:coordinates>").append(f(s.minX())).append(',').append(f(s.minY()))
                        .append(' ').append(f(s.maxX())).append(',').append(f(s.maxY())).append("</gml:coordinates>\n")
                        .append("\t\t\t\t</gml:Box>\n\t\t\t</gml:boundedBy>\n");
                if (geometry != null) {
                    GmlGeometry.write(b, geometry, lookup(md, geometry + "_type"), f.geometry(), srsName);
                }
                List<String> values = f.values();
                for (int i : items) {
                    String item = lr.items().get(i);
                    b.append("\t\t\t<").append(item).append('>')
                            .append(org.jmapserv.query.template.Escaping.html(values.get(i)))
                            .append("</").append(item).append(">\n");
                }
                b.append("\t\t</").append(name).append("_feature>\n");
            }
            b.append("\t</").append(name).append("_layer>\n");
        }
        return b.append("</msGMLOutput>\n").toString();
    }

    private static String f(double v) {
        return org.jmapserv.mapfile.model.expr.CNumberFormat.format("%f", v);
    }

    /** msOWSLookupMetadata with "MGO", as 8.0 answers GetFeatureInfo: wms_ first, then gml_, then ows_. */
    private static String lookup(Metadata md, String key) {
        for (String ns : new String[] {"wms_", "gml_", "ows_"}) {
            String v = md.value(ns + key);
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
