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
            try (FeatureSource opened = sources.open(ctx.map(), layer)) {
                FeatureSource src = LayerClustering.wrap(opened, layer, ctx); // closed with opened
                requireItems(layer, src);
                if (src instanceof org.jmapserv.data.MapViewAware aware) {
                    aware.mapView(view(layer, ctx));
                }
                if (layer.type() == org.jmapserv.mapfile.model.LayerType.CHART) {
                    return new ChartLayerPainter(layer, ctx).draw(src, g);
                }
                return new VectorLayerPainter(layer, ctx).draw(src, g);
            } catch (DataSourceException e) {
                throw VectorLayerPainter.failure(layer, e.getMessage());
            }
        };
    }

    /** The map as a CONTOUR source needs it (msContourLayerReadRaster's map extent, cell size and units). */
    private static org.jmapserv.data.MapViewAware.View view(LayerDef layer, DrawContext ctx) throws RenderException {
        org.jmapserv.mapfile.model.Extent e = ctx.view().extent();
        boolean same = layer.projection().isEmpty() || ctx.map().projection().isEmpty()
                || !org.jmapserv.geo.Reprojector.argsDiffer(layer.projection().args(), ctx.map().projection().args());
        double layerCell = ctx.view().cellSize();
        if (!same && !layer.projection().isAuto()) {
            try {
                // GetMapserverUnitUsingProj on both projections: degrees or metres, whatever MAP UNITS says
                double from = unitOf(ctx, ctx.map().projection().args()).inchesPerUnit();
                double to = unitOf(ctx, layer.projection().args()).inchesPerUnit();
                layerCell = ctx.view().cellSize() * from / to;
            } catch (org.jmapserv.geo.ProjectionException ex) {
                throw VectorLayerPainter.failure(layer, "msProcessProjection(): Projection library error. "
                        + ex.getMessage());
            }
        }
        return new org.jmapserv.data.MapViewAware.View(e.minX(), e.minY(), e.maxX(), e.maxY(), ctx.view().cellSize(),
                ctx.view().scaleDenom(), ctx.view().width(), ctx.view().height(), same, layerCell);
    }

    private static org.jmapserv.mapfile.model.Units unitOf(DrawContext ctx, java.util.List<String> args)
            throws org.jmapserv.geo.ProjectionException {
        return ctx.projections().fromMapfileArgs(args).isGeographic() ? org.jmapserv.mapfile.model.Units.DD
                : org.jmapserv.mapfile.model.Units.METERS;
    }

    /**
     * msLayerWhichItems / msDBFGetItemIndex: a shapefile layer whose CLASSITEM, LABELITEM or FILTERITEM names no DBF
     * field fails to draw ("Item 'x' not found"), as Debian's map2img 8.0 fails it; matching ignores case.
     */
    private static void requireItems(LayerDef layer, FeatureSource src) throws RenderException {
        if (layer.connectionType() != null && layer.connectionType() != org.jmapserv.mapfile.model.ConnectionType.LOCAL) {
            return;
        }
        for (String item : new String[] {layer.classItem(), layer.labelItem(), layer.filterItem()}) {
            if (item != null && !item.isEmpty()
                    && src.attributeNames().stream().noneMatch(n -> n.equalsIgnoreCase(item))) {
                throw VectorLayerPainter.failure(layer, "msDBFGetItemIndex(): DBASE file error. Item '"
                        + org.jmapserv.mapfile.MessageExcerpt.of(item) + "' not found.");
            }
        }
    }
}
