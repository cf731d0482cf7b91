package org.jmapserv.render.layer;

import org.jmapserv.data.DataSourceException;
import org.jmapserv.data.shapefile.ShapefileReader;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.render.RenderException;

/** Draws LOCAL layers whose DATA names a shapefile (msShapefileOpen via msBuildPath3). */
final class ShapefileLayerDrawer implements LayerDrawer {

    @Override
    public PendingLayer prepare(LayerDef layer, DrawContext ctx) throws RenderException {
        if (layer.data() == null) {
            throw new RenderException("msDrawMap(): Failed to draw layer named '" + layer.name()
                    + "'. msShapefileOpen(): layer has no DATA.");
        }
        return g -> {
            try (ShapefileReader reader = ShapefileReader.open(DataPath.resolve(ctx.map(), layer), layer.encoding())) {
                return new VectorLayerPainter(layer, ctx).draw(reader, g);
            } catch (DataSourceException e) {
                throw VectorLayerPainter.failure(layer, "msShapefileOpen(): " + e.getMessage());
            }
        };
    }
}
