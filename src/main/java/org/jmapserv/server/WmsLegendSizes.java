package org.jmapserv.server;

import java.util.ArrayList;
import java.util.List;

import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.render.MapRenderer;
import org.jmapserv.render.RenderException;
import org.jmapserv.render.legend.LegendDrawer;

/**
 * The LegendURL width and height of capabilities: msLegendCalcSize over the given layers, scale-independent, as
 * {@link MapRenderer#legendSizer} computes it from the same rows GetLegendGraphic draws. Null when the legend
 * cannot be laid out (no usable font): MapServer then leaves the LegendURL out too.
 */
final class WmsLegendSizes {

    private final MapRenderer renderer;
    private MapDef sizedMap;
    private LegendDrawer sizer;

    WmsLegendSizes(MapRenderer renderer) {
        this.renderer = renderer;
    }

    /** A sizer bound to one capabilities document (fonts and symbols set up once). */
    WmsLegendSizes forDocument() {
        return new WmsLegendSizes(renderer);
    }

    int[] size(MapDef map, List<Integer> layers) {
        try {
            if (sizer == null || sizedMap != map) {
                sizer = renderer.legendSizer(map);
                sizedMap = map;
            }
            List<LayerDef> only = new ArrayList<>(layers.size());
            for (int i : layers) {
                only.add(map.layers().get(i));
            }
            java.awt.Dimension d = sizer.size(only);
            return new int[] {d.width, d.height};
        } catch (RenderException | RuntimeException e) {
            return null;
        }
    }
}
