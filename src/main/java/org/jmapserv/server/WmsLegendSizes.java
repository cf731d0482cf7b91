package org.jmapserv.server;

import java.util.ArrayList;
import java.util.List;

import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.model.Status;
import org.jmapserv.render.MapRenderer;
import org.jmapserv.render.RenderException;

/**
 * The LegendURL width and height of capabilities: msLegendCalcSize over the given layers, scale-independent, as
 * {@link MapRenderer#legendSize} computes it from the same rows GetLegendGraphic draws. Null when the legend
 * cannot be laid out (no usable font): MapServer then leaves the LegendURL out too.
 */
final class WmsLegendSizes {

    private final MapRenderer renderer;

    WmsLegendSizes(MapRenderer renderer) {
        this.renderer = renderer;
    }

    int[] size(MapDef map, List<Integer> layers) {
        MapDef.Builder b = map.toBuilder();
        List<LayerDef> only = new ArrayList<>(layers.size());
        for (int i : layers) {
            LayerDef.Builder lb = map.layers().get(i).toBuilder();
            lb.status = Status.ON;
            only.add(lb.build());
        }
        b.layers = only;
        try {
            java.awt.Dimension d = renderer.legendSize(b.build());
            return new int[] {d.width, d.height};
        } catch (RenderException | RuntimeException e) {
            return null;
        }
    }
}
