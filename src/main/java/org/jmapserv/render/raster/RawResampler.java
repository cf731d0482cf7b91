package org.jmapserv.render.raster;

import java.util.Locale;

import org.jmapserv.geo.PixelGrid;
import org.jmapserv.image.raster.GeoTransform;
import org.jmapserv.image.raster.RasterReadException;
import org.jmapserv.image.raster.RasterSource;
import org.jmapserv.mapfile.model.OutputFormatDef.ImageMode;
import org.jmapserv.render.output.RawImage;

/**
 * msResampleGDALToMap for the raw IMAGEMODEs (BYTE, INT16, FLOAT32): the source window under the map (the same
 * {@link RasterResampler.Plan} as the RGB path) is loaded into a raw buffer of the mode's type, as
 * msDrawRasterLayerGDAL_RawMode fills MapServer's temporary source image (values cast to the mode, pixels equal to
 * every band's NODATA left out of its mask), then each map pixel centre is taken back into that buffer and the
 * nearest loaded pixel copied when the mask has it (msNearestRasterResampler on raw bands); in FLOAT32,
 * RESAMPLE=BILINEAR mixes the four neighbours as msBilinearRasterResampler does. BILINEAR in BYTE / INT16 and
 * AVERAGE are refused: 8.0's rounding there is not reproduced.
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
        boolean bilinear = mode.equals("BILINEAR") && raw.mode() == ImageMode.FLOAT32;
        if (!mode.equals("NEAREST") && !bilinear) {
            // BYTE / INT16 bilinear values come out of 8.0 rounded in a way not pinned down (a third of an INT16
            // test grid off by one): refused rather than written differently
            throw new RasterDrawException("msResampleGDALToMap(): RESAMPLE=" + mode + " in IMAGEMODE " + raw.mode()
                    + " is not supported by jmapserv (NEAREST in every raw mode, BILINEAR in FLOAT32).");
        }
        RasterResampler.Plan plan = RasterResampler.plan(src.info(), gt, mapToRaster, grid, proc);
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
                float t = raw.toType(values[b][i]);
                if (!bilinear) {
                    values[b][i] = t;
                }
                if (noData != null && t != noData[b]) {
                    allNoData = false;
                }
            }
            valid[i] = !allNoData;
        }
        double[] px = plan.px();
        int w = grid.width();
        int h = grid.height();
        long written = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                double c = px[2 * i];
                double r = px[2 * i + 1];
                if (Double.isNaN(c) || c < 0 || r < 0) {
                    continue;
                }
                if (bilinear) {
                    if (Math.floor(c) < loadW && Math.floor(r) < loadH
                            && bilinear(values, valid, loadW, loadH, c, r, raw, x, y)) {
                        written++;
                    }
                    continue;
                }
                // msNearestRasterResampler: positions truncated, the loaded pixel copied when its mask has it
                int ix = (int) c;
                int iy = (int) r;
                if (ix >= loadW || iy >= loadH || !valid[iy * loadW + ix]) {
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

    /**
     * msBilinearRasterResampler on raw bands: the four loaded pixels around the point (pixel corners as
     * locations, indexes trimmed to the image), each weighted by its share and counted only when the mask has it,
     * the weighted sum divided by the weights counted, stored as a float (FLOAT32 only). Nothing is written when no
     * neighbour is valid. The loaded values are the source's own (not yet cast to the mode), as in 8.0.
     */
    private static boolean bilinear(float[][] values, boolean[] valid, int w, int h, double lx, double ly,
            RawImage raw, int dx, int dy) {
        double fx = lx - 0.5;
        double fy = ly - 0.5;
        int x1 = (int) Math.floor(fx);
        int y1 = (int) Math.floor(fy);
        double rx = fx - x1;
        double ry = fy - y1;
        int x2 = Math.min(x1 + 1, w - 1);
        int y2 = Math.min(y1 + 1, h - 1);
        x1 = Math.max(x1, 0);
        y1 = Math.max(y1, 0);
        int[] xs = {x1, x2, x1, x2};
        int[] ys = {y1, y1, y2, y2};
        double[] wt = {(1 - rx) * (1 - ry), rx * (1 - ry), (1 - rx) * ry, rx * ry};
        int bands = values.length;
        double[] sum = new double[bands];
        double weights = 0;
        for (int k = 0; k < 4; k++) {
            if (xs[k] < 0 || ys[k] < 0 || xs[k] >= w || ys[k] >= h) {
                continue;
            }
            int i = ys[k] * w + xs[k];
            if (!valid[i]) {
                continue;
            }
            for (int b = 0; b < bands; b++) {
                sum[b] += wt[k] * values[b][i];
            }
            weights += wt[k];
        }
        if (weights == 0.0) {
            return false;
        }
        for (int b = 0; b < bands; b++) {
            double v = sum[b] / weights;
            raw.set(b, dx, dy, (float) v);
        }
        return true;
    }
}
