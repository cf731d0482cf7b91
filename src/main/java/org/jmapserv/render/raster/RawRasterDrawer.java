package org.jmapserv.render.raster;

import java.nio.file.Path;
import java.util.List;

import org.jmapserv.data.DataPath;
import org.jmapserv.geo.Reprojector;
import org.jmapserv.image.raster.GeoTransform;
import org.jmapserv.image.raster.RasterInfo;
import org.jmapserv.image.raster.RasterReadException;
import org.jmapserv.image.raster.RasterSource;
import org.jmapserv.mapfile.model.Color;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.render.RenderException;
import org.jmapserv.render.layer.DrawContext;
import org.jmapserv.render.output.RawImage;

/**
 * Draws a {@code TYPE RASTER} layer into a raw band buffer as msDrawRasterLayerGDAL_RawMode (mapdrawgdal.c) does for
 * IMAGEMODE BYTE / INT16 / FLOAT32: the same source and destination windows as the RGB path, the band list from
 * PROCESSING BANDS or bands 1..BAND_COUNT (it must name exactly BAND_COUNT bands), samples read by GDAL's nearest
 * RasterIO and converted to the mode's type, and pixels equal to the NODATA of every band (OFFSITE for up to three
 * bands, else PROCESSING NODATA or the file's) left at the buffer's NULLVALUE. Classes, SCALE and LUT do not apply
 * in raw mode, as in MapServer. Rasters that go through msResampleGDALToMap (another projection, rotation, PROCESSING
 * RESAMPLE) are resampled by {@link RawResampler} (NEAREST only); layers with a MASK are refused.
 */
public final class RawRasterDrawer {

    private RawRasterDrawer() {
    }

    /** Draws {@code layer} into {@code raw}; returns the pixels written. */
    public static long draw(LayerDef layerAsWritten, DrawContext ctx, RawImage raw) throws RenderException {
        LayerDef layer = layerAsWritten;
        if (layer.mask() != null) {
            throw RasterLayerDrawer.failure(layer, "msDrawRasterLayerGDAL_RawMode(): layer MASK in IMAGEMODE "
                    + raw.mode() + " is not supported by jmapserv.");
        }
        if (layer.tileIndex() != null && !layer.tileIndex().isBlank()) {
            // raw modes are drawn outside the layer drawers: the standard sources open the index
            return new TileIndexDrawer(layer, ctx, org.jmapserv.data.LayerSources.standard()).draw((tileLayer, tileProjection) ->
                    drawFile(tileLayer, layer, ctx, raw, tileProjection));
        }
        if (layer.data() == null || layer.data().isBlank()) {
            throw RasterLayerDrawer.failure(layer, "msDrawRasterLayerLow(): Raster layer '" + layer.name()
                    + "' has neither DATA nor TILEINDEX.");
        }
        return drawFile(layer, layer, ctx, raw, null);
    }

    private static long drawFile(LayerDef fileLayer, LayerDef layer, DrawContext ctx, RawImage raw,
            List<String> tileProjection) throws RenderException {
        Path file = DataPath.resolve(ctx.map(), fileLayer);
        try (RasterSource src = RasterLayerDrawer.open(layer, file, ctx)) {
            RasterInfo info = src.info();
            GeoTransform gt = RasterLayerDrawer.worldFirst(layer, ctx, file);
            if (gt == null) {
                gt = RasterLayerDrawer.geoTransform(layer, info);
            }
            Reprojector mapToRaster = RasterLayerDrawer.reprojector(layer, ctx, info, tileProjection,
                    src instanceof org.jmapserv.image.raster.AsciiGridSource ? file : null);
            boolean resampleAsked = new RasterProcessing(layer.processing()).get("RESAMPLE") != null;
            MapToRaster toRaster = MapToRaster.of(ctx, mapToRaster);
            if (mapToRaster != null && !mapToRaster.isIdentity() || !gt.isNorthUp() || gt.c5() > 0 || gt.c1() < 0
                    || resampleAsked || toRaster.rotates()) {
                RasterProcessing proc = new RasterProcessing(layer.processing());
                int[] bands = bandList(proc, info, raw.bands());
                return RawResampler.draw(src, gt, toRaster, ctx.view().grid(), bands,
                        noData(layer, info, bands, raw), proc, raw);
            }
            RasterWindow w = RasterWindow.of(gt, info.width(), info.height(), ctx.view().grid());
            if (w == null) {
                return 0;
            }
            return write(layer, src, w, raw);
        } catch (RasterReadException e) {
            throw RasterLayerDrawer.failure(layer, "msDrawRasterLayerLow(): Unable to access file. Corrupt, empty "
                    + "or missing file '" + file + "' for layer '" + layer.name() + "'. " + e.getMessage());
        } catch (RasterDrawException e) {
            throw RasterLayerDrawer.failure(layer, e.getMessage() + " (file '" + file + "')");
        } catch (OutOfMemoryError e) {
            throw RasterLayerDrawer.failure(layer, "msDrawRasterLayerGDAL(): Out of memory reading '" + file + "'.");
        }
    }

    private static long write(LayerDef layer, RasterSource src, RasterWindow w, RawImage raw)
            throws RasterDrawException, RasterReadException {
        RasterInfo info = src.info();
        int[] bands = bandList(new RasterProcessing(layer.processing()), info, raw.bands());
        float[] noData = noData(layer, info, bands, raw);
        float[][] values = src.read(bands, w.srcX(), w.srcY(), w.srcW(), w.srcH(), w.dstW(), w.dstH());
        long written = 0;
        for (int b = 0; b < bands.length; b++) {
            float[] v = values[b];
            for (int y = 0; y < w.dstH(); y++) {
                for (int x = 0; x < w.dstW(); x++) {
                    float t = raw.toType(v[y * w.dstW() + x]);
                    if (noData != null && t == noData[b]) {
                        continue;
                    }
                    raw.set(b, w.dstX() + x, w.dstY() + y, t);
                    written++;
                }
            }
        }
        return written / Math.max(1, bands.length);
    }

    /** msGetGDALBandList with BAND_COUNT as the limit, then the raw mode's check that it names BAND_COUNT bands. */
    private static int[] bandList(RasterProcessing proc, RasterInfo info, int bandCount) throws RasterDrawException {
        int[] list;
        String def = proc.get("BANDS");
        if (def == null) {
            list = new int[Math.min(bandCount, info.bandCount())];
            for (int i = 0; i < list.length; i++) {
                list[i] = i + 1;
            }
        } else {
            String[] tok = def.trim().split("[ ,]+");
            if (tok.length == 0 || tok[0].isEmpty()) {
                throw new RasterDrawException("msGetGDALBandList(): BANDS PROCESSING directive has no items.");
            }
            list = new int[tok.length];
            for (int i = 0; i < tok.length; i++) {
                int b = (int) BandLoader.atof(tok[i]);
                if (b < 1 || b > info.bandCount()) {
                    throw new RasterDrawException("msGetGDALBandList(): BANDS PROCESSING directive includes illegal "
                            + "band '" + tok[i] + "', should be from 1 to " + info.bandCount() + ".");
                }
                list[i] = b;
            }
        }
        if (list.length != bandCount) {
            throw new RasterDrawException("msDrawRasterLayerGDAL_RawMode(): Image handling error. BANDS PROCESSING "
                    + "directive has wrong number of bands, expected " + bandCount + ", got " + list.length + ".");
        }
        return list;
    }

    /**
     * The value of each band that is not written: OFFSITE's red, green, blue for up to three bands, else every
     * band's NODATA (PROCESSING NODATA, else the file's; all bands need one), cast to the mode's type as C casts.
     */
    private static float[] noData(LayerDef layer, RasterInfo info, int[] bands, RawImage raw) {
        double[] nd = new double[bands.length];
        Color off = layer.offsite();
        if (bands.length <= 3 && off.isSet()) {
            int[] rgb = {off.red(), off.green(), off.blue()};
            for (int b = 0; b < bands.length; b++) {
                nd[b] = rgb[b];
            }
        } else {
            RasterProcessing proc = new RasterProcessing(layer.processing());
            String v = proc.get("NODATA");
            Double value;
            if (v != null && (v.isEmpty() || v.equalsIgnoreCase("OFF"))) {
                value = null;
            } else if (v != null && !v.equalsIgnoreCase("AUTO")) {
                value = BandLoader.atof(v);
            } else {
                value = info.noData();
            }
            if (value == null) {
                return null;
            }
            java.util.Arrays.fill(nd, value);
        }
        float[] out = new float[bands.length];
        for (int b = 0; b < bands.length; b++) {
            out[b] = switch (raw.mode()) {
                case BYTE -> (float) ((int) nd[b] & 0xff);
                case INT16 -> (float) (short) (int) nd[b];
                default -> (float) nd[b];
            };
        }
        return out;
    }
}
