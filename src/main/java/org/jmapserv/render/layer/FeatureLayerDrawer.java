package org.jmapserv.render.layer;

import org.jmapserv.data.DataSourceException;
import org.jmapserv.data.FeatureSource;
import org.jmapserv.data.LayerSources;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.render.RenderException;

/**
 * Draws a vector layer from whatever {@link LayerSources} opens for its CONNECTIONTYPE (shapefiles, inline FEATUREs,
 * and every source plugged in there), as msDrawVectorLayer draws through the layer vtable. Opening is deferred to
 * the draw, so a failing source fails only its own layer.
 */
final class FeatureLayerDrawer implements LayerDrawer {

    private final LayerSources sources;

    FeatureLayerDrawer(LayerSources sources) {
        this.sources = sources;
    }

    @Override
    public PendingLayer prepare(LayerDef layer, DrawContext ctx) throws RenderException {
        return g -> {
            try (FeatureSource src = sources.open(ctx.map(), layer)) {
                if (layer.type() == org.jmapserv.mapfile.model.LayerType.CHART) {
                    return new ChartLayerPainter(layer, ctx).draw(src, g);
                }
                return new VectorLayerPainter(layer, ctx).draw(src, g);
            } catch (DataSourceException e) {
                throw VectorLayerPainter.failure(layer, e.getMessage());
            }
        };
    }
}
