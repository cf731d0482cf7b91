package org.jmapserv.ows;

import org.jmapserv.mapfile.model.ClassDef;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.LayerType;

/**
 * msIsLayerQueryable (mapquery.c): a layer is queryable when it has a non-empty TEMPLATE, or one of its classes
 * has; tile indexes never are. No metadata enters into it (MapServer 8.0 ignores {@code wms_queryable}).
 */
public final class LayerQueryable {

    private LayerQueryable() {
    }

    public static boolean of(LayerDef layer) {
        if (layer.type() == LayerType.TILEINDEX) {
            return false;
        }
        if (layer.template() != null && !layer.template().isEmpty()) {
            return true;
        }
        for (ClassDef c : layer.classes()) {
            if (c.template() != null && !c.template().isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
