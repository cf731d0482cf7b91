package org.jmapserv.render.layer;

import org.jmapserv.data.DataSourceException;
import org.jmapserv.data.inline.InlineFeatureSource;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.render.RenderException;

/** Draws layers made of inline FEATURE blocks (msINLINELayerOpen). */
final class InlineLayerDrawer implements LayerDrawer {

    @Override
    public PendingLayer prepare(LayerDef layer, DrawContext ctx) throws RenderException {
        return g -> {
            try (InlineFeatureSource src = InlineFeatureSource.of(layer)) {
                return new VectorLayerPainter(layer, ctx).draw(src, g);
            } catch (DataSourceException e) {
                throw VectorLayerPainter.failure(layer, e.getMessage());
            }
        };
    }
}
