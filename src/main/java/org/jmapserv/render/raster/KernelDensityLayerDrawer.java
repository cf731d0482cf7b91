package org.jmapserv.render.raster;


import org.jmapserv.data.LayerSources;
import org.jmapserv.geo.PixelGrid;
import org.jmapserv.image.raster.GeoTransform;
import org.jmapserv.mapfile.model.ConnectionType;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.render.RenderException;
import org.jmapserv.render.layer.DrawContext;
import org.jmapserv.render.layer.KernelDensitySamples;
import org.jmapserv.render.layer.LayerDrawer;
import org.jmapserv.render.layer.PendingLayer;

/**
 * {@code TYPE RASTER CONNECTIONTYPE KERNELDENSITY} or {@code IDW} (msDrawRasterLayerLow with
 * msInterpolationDataset and msKernelDensity / msIdw): the points of the layer named by CONNECTION are summed on the map grid, blurred, normalised to a
 * map-sized Byte raster georeferenced on the map's pixel centres less half a cell, and that raster is drawn like a
 * file: classified by the layer's CLASSes (COLORRANGE / DATARANGE ramps, RANGE_COLORSPACE), OFFSITE, COMPOSITE.
 */
public final class KernelDensityLayerDrawer implements LayerDrawer {

    private final LayerSources sources;

    public KernelDensityLayerDrawer(LayerSources sources) {
        this.sources = sources;
    }

    @Override
    public PendingLayer prepare(LayerDef layer, DrawContext ctx) {
        return new PixelLayer(ctx.view().width(), ctx.view().height(), t -> drawInto(layer, ctx, t));
    }

    private long drawInto(LayerDef layer, DrawContext ctx, PixelTarget target) throws RenderException {
        PixelGrid grid = ctx.view().grid();
        RasterProcessing proc = new RasterProcessing(layer.processing());
        int[] bytes;
        if (layer.connectionType() == ConnectionType.IDW) {
            IdwGrid.Params p = IdwGrid.Params.of(proc, grid.width(), grid.height());
            bytes = IdwGrid.bytes(KernelDensitySamples.collect(layer, ctx, sources, p.radius(), p.borders()), p,
                    grid.width(), grid.height());
        } else {
            KernelDensityGrid.Params p = KernelDensityGrid.Params.of(proc);
            bytes = KernelDensityGrid.bytes(KernelDensitySamples.collect(layer, ctx, sources, p.radius(),
                    p.borders()), p, grid.width(), grid.height());
        }
        double cell = grid.cellsizeX();
        GeoTransform gt = new GeoTransform(grid.extent().minX() - cell * 0.5, cell, 0,
                grid.extent().maxY() + cell * 0.5, 0, -cell);
        return RasterLayerDrawer.drawSource(layer, ctx, new GridRasterSource(bytes, grid.width(), grid.height(), gt),
                gt, target);
    }
}
