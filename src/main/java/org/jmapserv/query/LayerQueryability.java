package org.jmapserv.query;

import org.jmapserv.mapfile.model.ClassDef;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.LayerType;

/**
 * msIsLayerQueryable (mapquery.c): a layer answers queries when it has a TEMPLATE or one of its classes has; a
 * TILEINDEX layer never does.
 */
public final class LayerQueryability {

    private LayerQueryability() {
    }

    public static boolean isQueryable(LayerDef layer) {
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
