package org.jmapserv.render;

import java.util.List;
import java.util.Locale;

import org.jmapserv.mapfile.model.ClassDef;
import org.jmapserv.mapfile.model.ConnectionType;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.LayerType;
import org.jmapserv.mapfile.model.Status;

/**
 * Decides which layers a draw visits, mirroring msLayerIsVisible (mapdraw.c) and map2img's {@code -l}
 * handling (a listed name or GROUP switches a layer ON, every other non-DEFAULT layer goes OFF).
 */
public final class LayerVisibility {

    private final List<String> requested;

    public LayerVisibility(List<String> requested) {
        this.requested = requested == null ? null : requested.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
    }

    /** The layer's STATUS after applying the request's layer list. */
    public Status effectiveStatus(LayerDef layer) {
        if (requested == null || layer.status() == Status.DEFAULT) {
            return layer.status();
        }
        boolean listed = matches(layer.name()) || matches(layer.group());
        return listed ? Status.ON : Status.OFF;
    }

    private boolean matches(String name) {
        return name != null && requested.contains(name.toLowerCase(Locale.ROOT));
    }

    /** Whether msDrawMap would draw {@code layer} at {@code view}'s scale and extent. */
    public boolean isVisible(LayerDef layer, MapView view) {
        Status s = effectiveStatus(layer);
        if (s != Status.ON && s != Status.DEFAULT) {
            return false;
        }
        if (layer.type() == LayerType.QUERY || layer.type() == LayerType.TILEINDEX) {
            return false;
        }
        if (!hasData(layer)) {
            return false;
        }
        if (!ScaleRange.layerInRange(view.scaleDenom(), layer.minScaleDenom(), layer.maxScaleDenom())) {
            return false;
        }
        if (layer.extent() != null && layer.projection().isEmpty() && !layer.extent().intersects(view.extent())) {
            return false;
        }
        return hasClassInScale(layer, view.scaleDenom());
    }

    private static boolean hasData(LayerDef layer) {
        return layer.data() != null || layer.connectionType() != ConnectionType.LOCAL
                || !layer.features().isEmpty() || layer.tileIndex() != null;
    }

    /** msLayerIsVisible's last test: a vector layer with classes needs one class in scale. */
    static boolean hasClassInScale(LayerDef layer, double scale) {
        if (layer.classes().isEmpty() || layer.type() == LayerType.RASTER) {
            return layer.type() == LayerType.RASTER || !layer.classes().isEmpty();
        }
        for (ClassDef c : layer.classes()) {
            if (ScaleRange.inBounds(scale, c.minScaleDenom(), c.maxScaleDenom())) {
                return true;
            }
        }
        return false;
    }
}
