package org.jmapserv.render.raster;

import java.nio.file.Path;
import java.util.List;

import org.jmapserv.data.DataPath;
import org.jmapserv.data.LayerSources;
import org.jmapserv.data.shapefile.PrjFile;
import org.jmapserv.geo.PixelGrid;
import org.jmapserv.geo.Projection;
import org.jmapserv.geo.ProjectionException;
import org.jmapserv.geo.Reprojector;
import org.jmapserv.image.raster.AsciiGridSource;
import org.jmapserv.image.raster.GeoTransform;
import org.jmapserv.image.raster.RasterBlockCache;
import org.jmapserv.image.raster.OverviewLevelSource;
import org.jmapserv.image.raster.RasterFiles;
import org.jmapserv.image.raster.RasterInfo;
import org.jmapserv.image.raster.RasterReadException;
import org.jmapserv.image.raster.RasterSource;
import org.jmapserv.mapfile.model.Extent;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.render.RenderException;
import org.jmapserv.render.layer.ClassSelector;
import org.jmapserv.render.layer.DrawContext;
import org.jmapserv.render.layer.LayerDrawer;
import org.jmapserv.render.layer.PendingLayer;

/**
 * Draws {@code TYPE RASTER} layers as msDrawRasterLayerLow (mapraster.c) does: DATA resolved like a shapefile's
 * (msBuildPath3), the file opened, its geotransform found (GeoTIFF tags, world file, layer EXTENT, else pixel
 * space, flipped when y grows down from 0), then either drawn straight onto the map grid when the layer and map
 * share a projection and the raster is north-up (msDrawRasterLayerGDAL), or resampled (msResampleGDALToMap).
 * Every failure is reported for the layer and file, as MapServer does, without a stack trace.
 */
public final class RasterLayerDrawer implements LayerDrawer {

    private final LayerSources sources;

    /** {@code sources} opens TILEINDEX layers (the renderer's configured sources). */
    public RasterLayerDrawer(LayerSources sources) {
        this.sources = sources;
    }

    @Override
    public PendingLayer prepare(LayerDef layer, DrawContext ctx) {
        return new PixelLayer(ctx.view().width(), ctx.view().height(), t -> drawInto(layer, ctx, t));
    }

    private long drawInto(LayerDef layerAsWritten, DrawContext ctx, PixelTarget target) throws RenderException {
        LayerDef layer;
        try {
            layer = LutFiles.inline(layerAsWritten, ctx.map().mapPath() == null ? Path.of("").toAbsolutePath()
                    : Path.of(ctx.map().mapPath()));
        } catch (RasterDrawException e) {
            throw failure(layerAsWritten, e.getMessage());
        }
        if (layer.tileIndex() != null && !layer.tileIndex().isBlank()) {
            return new TileIndexDrawer(layer, ctx, sources).draw((tileLayer, tileProjection) ->
                    drawFile(tileLayer, layer, ctx, target, tileProjection));
        }
        if (layer.data() == null || layer.data().isBlank()) {
            throw failure(layer, "msDrawRasterLayerLow(): Raster layer '" + layer.name() + "' has neither DATA "
                    + "nor TILEINDEX.");
        }
        return drawFile(layer, layer, ctx, target, null);
    }

    /**
     * Draws the file named by {@code fileLayer}'s DATA for {@code layer}; {@code tileProjection} is a tile's own
     * TILESRS projection, or null to use the layer's.
     */
    private static long drawFile(LayerDef fileLayer, LayerDef layer, DrawContext ctx, PixelTarget target,
            List<String> tileProjection) throws RenderException {
        Path file;
        try {
            file = DataPath.resolve(ctx.map(), fileLayer);
        } catch (org.jmapserv.data.DataSourceException e) {
            throw failure(layer, e.getMessage());
        }
        try (RasterSource src = open(layer, file, ctx)) {
            return draw(layer, ctx, src, file, target, tileProjection);
        } catch (RasterReadException e) {
            throw failure(layer, "msDrawRasterLayerLow(): Unable to access file. Corrupt, empty or missing file '"
                    + file + "' for layer '" + layer.name() + "'. " + e.getMessage());
        } catch (RasterDrawException e) {
            throw failure(layer, e.getMessage() + " (file '" + file + "')");
        } catch (OutOfMemoryError e) {
            throw failure(layer, "msDrawRasterLayerGDAL(): Out of memory reading '" + file + "'.");
        }
    }

    /**
     * Opens a layer's raster file with its CONNECTIONOPTIONS as GDAL open options (msDrawRasterLayerLow passes
     * them to GDALOpenEx): {@code OVERVIEW_LEVEL=n} opens the n-th overview as the raster; any other option is
     * refused rather than ignored.
     */
    static RasterSource open(LayerDef layer, Path file, DrawContext ctx) throws RasterReadException {
        // GDAL's block cache, sized by the first map drawn (its CONFIG "GDAL_CACHEMAX", else the process's setting)
        RasterBlockCache cache = RasterBlockCache.shared(ctx.map().config().value("GDAL_CACHEMAX"));
        Integer overview = null;
        for (org.jmapserv.mapfile.model.Metadata.Entry e : layer.connectionOptions().entries()) {
            if (!e.key().equalsIgnoreCase("OVERVIEW_LEVEL")) {
                throw new RasterReadException("CONNECTIONOPTIONS \"" + e.key() + "\" is not supported by jmapserv "
                        + "for raster files (OVERVIEW_LEVEL is).");
            }
            try {
                overview = Integer.parseInt(e.value().trim());
            } catch (NumberFormatException x) {
                throw new RasterReadException("CONNECTIONOPTIONS \"OVERVIEW_LEVEL\" \"" + e.value()
                        + "\" is not an overview number.");
            }
        }
        RasterSource src = RasterFiles.open(file, cache);
        return overview == null ? src : OverviewLevelSource.of(src, overview, file.toString());
    }

    /**
     * Draws a raster that is no file (an interpolation layer's in-memory grid, georeferenced by {@code gt}) as
     * msDrawRasterLayerGDAL draws a dataset.
     */
    static long drawSource(LayerDef layer, DrawContext ctx, RasterSource src, GeoTransform gt, PixelTarget target)
            throws RenderException {
        try {
            return draw(layer, ctx, src, gt, target, null, null);
        } catch (RasterReadException | RasterDrawException e) {
            throw failure(layer, e.getMessage());
        }
    }

    private static long draw(LayerDef layer, DrawContext ctx, RasterSource src, Path file, PixelTarget target,
            List<String> tileProjection) throws RasterReadException, RasterDrawException, RenderException {
        GeoTransform gt = worldFirst(layer, ctx, file);
        if (gt == null) {
            gt = geoTransform(layer, src.info());
        }
        return draw(layer, ctx, src, gt, target, tileProjection, src instanceof AsciiGridSource ? file : null);
    }

    private static long draw(LayerDef layer, DrawContext ctx, RasterSource src, GeoTransform gt, PixelTarget target,
            List<String> tileProjection, Path asciiGrid) throws RasterReadException, RasterDrawException, RenderException {
        RasterInfo info = src.info();
        PixelGrid grid = ctx.view().grid();
        ClassSelector classes = new ClassSelector(ctx.evaluator());
        RasterPainter painter = new RasterPainter(layer, classes, ctx.view().scaleDenom());
        Reprojector mapToRaster = reprojector(layer, ctx, info, tileProjection, asciiGrid);
        // msDrawRasterLayerLowWithDataset resamples whenever PROCESSING RESAMPLE is given, even =NEAREST
        boolean resampleAsked = new RasterProcessing(layer.processing()).get("RESAMPLE") != null;
        MapToRaster toRaster = MapToRaster.of(ctx, mapToRaster);
        if ((mapToRaster == null || mapToRaster.isIdentity()) && gt.isNorthUp() && gt.c5() <= 0 && gt.c1() >= 0 && !resampleAsked
                && !toRaster.rotates()) {
            if (!"TRUE".equalsIgnoreCase(layer.transform()) && !"ON".equalsIgnoreCase(layer.transform())) {
                int w = Math.min(grid.width(), info.width());
                int h = Math.min(grid.height(), info.height());
                return painter.paint(src, new RasterWindow(0, 0, w, h, 0, 0, w, h), target);
            }
            RasterWindow w = RasterWindow.of(gt, info.width(), info.height(), grid);
            if (w == null) {
                return 0;
            }
            if (layer.debug() > 0) {
                ctx.debug().accept(String.format("msDrawRasterLayerGDAL(): src=%d,%d,%d,%d, dst=%d,%d,%d,%d",
                        w.srcX(), w.srcY(), w.srcW(), w.srcH(), w.dstX(), w.dstY(), w.dstW(), w.dstH()));
            }
            return painter.paint(src, w, target);
        }
        return new RasterResampler(layer).draw(src, gt, toRaster, grid, painter, target);
    }

    /**
     * PROCESSING EXTENT_PRIORITY=WORLD: a world file before the file's own georeferencing, the one PROCESSING
     * WORLDFILE names (relative to the mapfile; a directory gets the raster's name and .wld) or the raster's .wld.
     */
    static GeoTransform worldFirst(LayerDef layer, DrawContext ctx, Path file) {
        RasterProcessing proc = new RasterProcessing(layer.processing());
        String priority = proc.get("EXTENT_PRIORITY");
        if (priority == null || !priority.trim().toUpperCase(java.util.Locale.ROOT).startsWith("WORLD")) {
            return null;
        }
        String wf = proc.get("WORLDFILE");
        Path world;
        if (wf != null) {
            Path base = ctx.map().mapPath() == null ? Path.of("").toAbsolutePath() : Path.of(ctx.map().mapPath());
            world = base.resolve(wf.trim()).normalize();
            if (!world.getFileName().toString().contains(".")) {
                String name = file.getFileName().toString();
                int dot = name.lastIndexOf('.');
                world = world.resolve((dot < 0 ? name : name.substring(0, dot)) + ".wld");
            }
        } else {
            String name = file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            world = file.resolveSibling((dot < 0 ? name : name.substring(0, dot)) + ".wld");
        }
        return org.jmapserv.image.raster.WorldFile.read(world);
    }

    /** msGetGDALGeoTransform: the file's, a world file's (found by the reader), the layer EXTENT, else pixels. */
    static GeoTransform geoTransform(LayerDef layer, RasterInfo info) {
        Extent e = layer.extent();
        return GeoTransform.ofRaster(info, e == null ? null : new double[] {e.minX(), e.minY(), e.maxX(), e.maxY()});
    }

    /**
     * From the map's CRS to the raster's (PROJECTION AUTO: the file's EPSG code, or for an ESRI ASCII grid the CRS
     * of the {@code .prj} beside it, as GDAL's AAIGrid driver reads one), or null when they are one.
     *
     * @param asciiGrid the file when it is an ASCII grid, else null (other drivers read no {@code .prj})
     */
    static Reprojector reprojector(LayerDef layer, DrawContext ctx, RasterInfo info,
            List<String> tileProjection, Path asciiGrid) throws RenderException {
        List<String> args = tileProjection != null ? tileProjection : layer.projection().args();
        if (args.isEmpty() || ctx.map().projection().isEmpty()) {
            return null;
        }
        boolean auto = tileProjection != null ? TileIndexDrawer.AUTO.equals(tileProjection)
                : layer.projection().isAuto();
        if (auto) {
            List<String> prj = info.epsg() == 0 && asciiGrid != null ? PrjFile.besideRaster(asciiGrid) : List.of();
            if (info.epsg() == 0 && prj.isEmpty()) {
                throw failure(layer, "msLoadProjectionString(): PROJECTION AUTO, but the file names no EPSG CRS "
                        + "in its GeoKeys, nor a .prj beside it that jmapserv can read.");
            }
            args = info.epsg() != 0 ? List.of("init=epsg:" + info.epsg()) : prj;
        }
        if (!Reprojector.argsDiffer(args, ctx.map().projection().args())) {
            return null;
        }
        try {
            Projection lp = ctx.projections().fromMapfileArgs(args);
            Projection mp = ctx.projections().fromMapfileArgs(ctx.map().projection().args());
            return Reprojector.between(mp, lp);
        } catch (ProjectionException e) {
            throw failure(layer, "msProcessProjection(): Projection library error. " + e.getMessage());
        }
    }

    static RenderException failure(LayerDef layer, String cause) {
        return new RenderException("msDrawMap(): Image handling error. Failed to draw layer named '" + layer.name()
                + "'. " + cause);
    }
}
