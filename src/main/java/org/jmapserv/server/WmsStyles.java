package org.jmapserv.server;

import java.util.ArrayList;
import java.util.List;

import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.ows.HtmlEntities;
import org.jmapserv.ows.OwsMetadata;

/**
 * GetMap's STYLES as msWMSLoadGetMapParams (mapwms.cpp) reads them: MapServer publishes CLASS GROUPs as styles, so
 * a non-empty, non-"default" style must name a GROUP of a class of the layer (or group) at the same position in
 * LAYERS, and becomes that layer's CLASSGROUP; the map's own name takes only its {@code wms_style_name}. A STYLES
 * list whose length differs from LAYERS is refused.
 */
final class WmsStyles {

    private WmsStyles() {
    }

    static List<LayerDef> apply(MapDef map, List<LayerDef> layers, String layersParam, String styles)
            throws WmsException {
        if (styles == null || styles.isEmpty() || layersParam == null) {
            return layers;
        }
        String[] wanted = layersParam.split(",", -1);
        String[] tokens = styles.split(",", -1);
        List<LayerDef> out = new ArrayList<>(layers);
        for (int i = 0; i < tokens.length; i++) {
            String style = tokens[i];
            if (style.isEmpty() || style.equalsIgnoreCase("default")) {
                continue;
            }
            if (wanted.length != tokens.length) {
                throw WmsException.getMap("StyleNotDefined", "Invalid style (" + styles + "). Mapserver is expecting "
                        + "an empty string for the STYLES : STYLES= or STYLES=,,, or using keyword default  "
                        + "STYLES=default,default, ...");
            }
            for (int j = 0; j < out.size(); j++) {
                LayerDef l = out.get(j);
                if (wanted[i].equalsIgnoreCase(l.name()) || wanted[i].equalsIgnoreCase(l.group())) {
                    l.classes().stream().filter(c -> style.equalsIgnoreCase(c.group())).findAny()
                            .orElseThrow(() -> WmsException.getMap("StyleNotDefined", "Style (" + style
                                    + ") not defined on layer."));
                    LayerDef.Builder b = l.toBuilder();
                    b.classGroup = style;
                    out.set(j, b.build());
                } else if (wanted[i].equalsIgnoreCase(map.name())) {
                    String root = OwsMetadata.lookup(map.web().metadata(), "style_name");
                    if (!HtmlEntities.encode(root == null ? "default" : root).equalsIgnoreCase(style)) {
                        throw WmsException.getMap("StyleNotDefined", "Style (" + style + ") not defined on root "
                                + "layer.");
                    }
                }
            }
        }
        return out;
    }
}
