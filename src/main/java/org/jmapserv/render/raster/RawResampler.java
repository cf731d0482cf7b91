package org.jmapserv.render.raster;

import java.util.Locale;

import org.jmapserv.geo.PixelGrid;
import org.jmapserv.image.raster.GeoTransform;
import org.jmapserv.image.raster.RasterReadException;
import org.jmapserv.image.raster.RasterSource;
import org.jmapserv.render.output.RawImage;

/**
 * msResampleGDALToMap for the raw IMAGEMODEs (BYTE, INT16, FLOAT32): the source window under the map (the same
 * {@link RasterResampler.Plan} as the RGB path) is loaded into a raw buffer of the mode's type, as
 * msDrawRasterLayerGDAL_RawMode fills MapServer's temporary source image (values cast to the mode, pixels equal to
 * every band's NODATA left out of its mask), then each map pixel centre is taken back into that buffer and the
 * nearest loaded pixel copied when the mask has it (msNearestRasterResampler on raw bands). Only NEAREST is done:
 * BILINEAR and AVERAGE mix raw values with rules this port does not reproduce, and are refused.
 */
final class RawResampler {

    private RawResampler() {
    }

    /**
     * Writes {@code bands} of {@code src} into {@code raw}; {@code noData} is the per-band value not written (or
     * null). Returns the map pixels written.
     */
    static long draw(RasterSource src, GeoTransform gt, MapToRaster mapToRaster, PixelGrid grid, int[] bands,
            float[] noData, RasterProcessing proc, RawImage raw) throws RasterReadException, RasterDrawException {
        String resample = proc.get("RESAMPLE");
        String mode = resample == null ? "NEAREST" : resample.trim().toUpperCase(Locale.ROOT);
        if (!mode.equals("NEAREST")) {
            throw new RasterDrawException("msResampleGDALToMap(): RESAMPLE=" + mode + " in IMAGEMODE " + raw.mode()
                    + " is not supported by jmapserv (only NEAREST resamples raw values).");
        }
        GeoTransform inv = gt.inverse();
        if (inv == null) {
            return 0;
        }
        RasterResampler.Plan plan = RasterResampler.plan(src.info(), inv, mapToRaster, grid, proc);
        if (plan == null) {
            return 0;
        }
        int loadW = plan.loadW();
        int loadH = plan.loadH();
        float[][] values = src.read(bands, plan.x0(), plan.y0(), plan.srcW(), plan.srcH(), loadW, loadH);
        // the temporary image holds the mode's values; its mask keeps pixels where some band is not NODATA
        boolean[] valid = new boolean[loadW * loadH];
        for (int i = 0; i < valid.length; i++) {
            boolean allNoData = noData != null;
            for (int b = 0; b < bands.length; b++) {
                values[b][i] = raw.toType(values[b][i]);
                if (noData != null && values[b][i] != noData[b]) {
                    allNoData = false;
                }
            }
            valid[i] = !allNoData;
        }
        double sx = loadW / (double) plan.srcW();
        double sy = loadH / (double) plan.srcH();
        double[] px = plan.px();
        int w = grid.width();
        int h = grid.height();
        int srcWidth = src.info().width();
        int srcHeight = src.info().height();
        long written = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                double c = px[2 * i];
                double r = px[2 * i + 1];
                if (Double.isNaN(c) || c < 0 || r < 0 || c >= srcWidth || r >= srcHeight) {
                    continue;
                }
                int ix = (int) Math.floor((c - plan.x0()) * sx);
                int iy = (int) Math.floor((r - plan.y0()) * sy);
                if (ix < 0 || iy < 0 || ix >= loadW || iy >= loadH || !valid[iy * loadW + ix]) {
                    continue;
                }
                for (int b = 0; b < bands.length; b++) {
                    raw.set(b, x, y, values[b][iy * loadW + ix]);
                }
                written++;
            }
        }
        return written;
    }
}
