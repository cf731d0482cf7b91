package org.jmapserv.render.raster;

import java.util.Locale;

import org.jmapserv.geo.PixelGrid;
import org.jmapserv.image.raster.GeoTransform;
import org.jmapserv.image.raster.RasterInfo;
import org.jmapserv.image.raster.RasterReadException;
import org.jmapserv.image.raster.RasterSource;
import org.jmapserv.mapfile.model.LayerDef;

/**
 * Draws a raster whose projection differs from the map's, or whose geotransform is rotated, as msResampleGDALToMap
 * (mapresample.c) does: the map's edge extent taken into the raster's pixel space, the source window under it
 * loaded (at full resolution up to OVERSAMPLE_RATIO, default 2, times the map's resolution, or always at full
 * resolution with LOAD_FULL_RES_IMAGE=YES; LOAD_WHOLE_IMAGE=YES loads the whole file) and drawn with the normal
 * raster pipeline into a temporary image, then every map pixel centre taken back into that image and sampled with
 * RESAMPLE=NEAREST (default) or BILINEAR; with RESAMPLE=AVERAGE each map pixel's four corners are taken back
 * instead and the pixels under that footprint averaged by area (msAverageRasterResampler).
 */
final class RasterResampler {

    private final RasterProcessing proc;
    RasterResampler(LayerDef layer) {
        this.proc = new RasterProcessing(layer.processing());
    }

    long draw(RasterSource src, GeoTransform gt, MapToRaster mapToRaster, PixelGrid grid, RasterPainter painter,
            PixelTarget target) throws RasterReadException, RasterDrawException {
        RasterInfo info = src.info();
        GeoTransform inv = gt.inverse();
        if (inv == null) {
            return 0;
        }
        String resample = proc.get("RESAMPLE");
        String mode = resample == null ? "NEAREST" : resample.trim().toUpperCase(Locale.ROOT);
        if (!mode.equals("NEAREST") && !mode.equals("BILINEAR") && !mode.equals("AVERAGE")) {
            throw new RasterDrawException("msResampleGDALToMap(): Unknown RESAMPLE value '" + resample
                    + "' (NEAREST, BILINEAR or AVERAGE).");
        }
        Plan plan = plan(info, inv, mapToRaster, grid, proc);
        if (plan == null) {
            return 0;
        }
        int w = grid.width();
        int h = grid.height();
        double[] px = plan.px();
        int x0 = plan.x0();
        int y0 = plan.y0();
        int srcW = plan.srcW();
        int srcH = plan.srcH();
        int loadW = plan.loadW();
        int loadH = plan.loadH();
        int[] tmp = new int[loadW * loadH];
        PixelTarget temp = new PixelTarget(tmp, loadW, loadH);
        painter.paint(src, new RasterWindow(x0, y0, srcW, srcH, 0, 0, loadW, loadH), temp);
        double sx = loadW / (double) srcW;
        double sy = loadH / (double) srcH;
        if (mode.equals("AVERAGE")) {
            return average(grid, mapToRaster, inv, new AverageSampler(tmp, loadW, loadH), x0, y0, sx, sy, target);
        }
        boolean bilinear = mode.equals("BILINEAR");
        long drawn = 0;
        int[] dst = target.pixels();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                double c = px[2 * i];
                if (Double.isNaN(c)) {
                    continue;
                }
                double lx = (c - x0) * sx;
                double ly = (px[2 * i + 1] - y0) * sy;
                int p;
                if (bilinear) {
                    p = bilinear(tmp, loadW, loadH, lx, ly);
                } else {
                    int ix = (int) Math.floor(lx);
                    int iy = (int) Math.floor(ly);
                    if (ix < 0 || iy < 0 || ix >= loadW || iy >= loadH || c < 0 || c >= info.width()
                            || px[2 * i + 1] < 0 || px[2 * i + 1] >= info.height()) {
                        continue;
                    }
                    p = tmp[iy * loadW + ix];
                }
                int a = p >>> 24;
                if (a == 0) {
                    continue;
                }
                dst[i] = a == 255 ? p : over(p, dst[i]);
                drawn++;
            }
        }
        return drawn;
    }

    /**
     * Where msResampleGDALToMap reads: every map pixel centre in raster pixel coordinates ({@code px}, x then y,
     * NaN where it does not transform), the source window {@code x0, y0, srcW, srcH} (one pixel of margin,
     * LOAD_WHOLE_IMAGE) and the size it is loaded at (OVERSAMPLE_RATIO, LOAD_FULL_RES_IMAGE).
     */
    record Plan(double[] px, int x0, int y0, int srcW, int srcH, int loadW, int loadH) {
    }

    /** The plan of one draw, or null when the map does not reach the raster. */
    static Plan plan(RasterInfo info, GeoTransform inv, MapToRaster mapToRaster, PixelGrid grid,
            RasterProcessing proc) {
        int w = grid.width();
        int h = grid.height();
        // the map pixel centres in raster pixel coordinates, row by row
        double[] px = new double[2 * w * h];
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        double[] row = new double[2 * w];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                row[2 * x] = grid.toWorldX(x);
                row[2 * x + 1] = grid.toWorldY(y);
            }
            mapToRaster.transform(row, 0, w);
            for (int x = 0; x < w; x++) {
                double gx = row[2 * x];
                double gy = row[2 * x + 1];
                int i = 2 * (y * w + x);
                if (Double.isNaN(gx) || Double.isNaN(gy)) {
                    px[i] = Double.NaN;
                    px[i + 1] = Double.NaN;
                    continue;
                }
                double c = inv.x(gx, gy);
                double r = inv.y(gx, gy);
                px[i] = c;
                px[i + 1] = r;
                minX = Math.min(minX, c);
                maxX = Math.max(maxX, c);
                minY = Math.min(minY, r);
                maxY = Math.max(maxY, r);
            }
        }
        if (minX > maxX) {
            return null;
        }
        int x0 = Math.max(0, (int) Math.floor(minX) - 1);
        int y0 = Math.max(0, (int) Math.floor(minY) - 1);
        int x1 = Math.min(info.width(), (int) Math.ceil(maxX) + 1);
        int y1 = Math.min(info.height(), (int) Math.ceil(maxY) + 1);
        if (proc.isTrue("LOAD_WHOLE_IMAGE", false)) {
            x0 = 0;
            y0 = 0;
            x1 = info.width();
            y1 = info.height();
        }
        if (x1 <= x0 || y1 <= y0) {
            return null;
        }
        int srcW = x1 - x0;
        int srcH = y1 - y0;
        // raster pixels per map pixel, from the spread of the centres
        double perMapPixel = Math.max((maxX - minX) / Math.max(1, w - 1), (maxY - minY) / Math.max(1, h - 1));
        double oversample = 2.0;
        String os = proc.get("OVERSAMPLE_RATIO");
        if (os != null) {
            oversample = Math.max(0.01, BandLoader.atof(os));
        }
        int loadW = srcW;
        int loadH = srcH;
        if (!proc.isTrue("LOAD_FULL_RES_IMAGE", false) && perMapPixel > oversample) {
            double f = oversample / perMapPixel;
            loadW = Math.max(1, (int) Math.ceil(srcW * f));
            loadH = Math.max(1, (int) Math.ceil(srcH * f));
        }
        return new Plan(px, x0, y0, srcW, srcH, loadW, loadH);
    }

    /**
     * msAverageRasterResampler: the corners of every map pixel taken into the loaded image, the bounding box of
     * the four clamped to it, the pixels under it averaged and mixed over the map (RB_MIX_PIXEL). A pixel is drawn
     * only when all four corners transform.
     */
    private static long average(PixelGrid grid, MapToRaster mapToRaster, GeoTransform inv, AverageSampler sampler,
            int x0, int y0, double sx, double sy, PixelTarget target) {
        int w = grid.width();
        int h = grid.height();
        double[] top = cornerRow(grid, mapToRaster, inv, 0, x0, y0, sx, sy);
        long drawn = 0;
        for (int y = 0; y < h; y++) {
            double[] bottom = cornerRow(grid, mapToRaster, inv, y + 1, x0, y0, sx, sy);
            for (int x = 0; x < w; x++) {
                double xMin = Double.MAX_VALUE;
                double yMin = Double.MAX_VALUE;
                double xMax = -Double.MAX_VALUE;
                double yMax = -Double.MAX_VALUE;
                boolean ok = true;
                for (int k = 0; k < 4 && ok; k++) {
                    double[] r = k < 2 ? top : bottom;
                    int j = 2 * (x + (k & 1));
                    if (Double.isNaN(r[j]) || Double.isNaN(r[j + 1])) {
                        ok = false;
                        break;
                    }
                    xMin = Math.min(xMin, r[j]);
                    xMax = Math.max(xMax, r[j]);
                    yMin = Math.min(yMin, r[j + 1]);
                    yMax = Math.max(yMax, r[j + 1]);
                }
                if (!ok) {
                    continue;
                }
                int p = sampler.sample(Math.min(Math.max(xMin, 0), sampler.width() + 1),
                        Math.min(Math.max(yMin, 0), sampler.height() + 1), Math.min(Math.max(-1, xMax), sampler.width()),
                        Math.min(Math.max(-1, yMax), sampler.height()));
                int a = p >>> 24;
                if (a > 0) {
                    target.mix(x, y, p >>> 16 & 0xff, p >>> 8 & 0xff, p & 0xff, a);
                    drawn++;
                }
            }
            top = bottom;
        }
        return drawn;
    }

    /** The w+1 pixel corners of map row edge {@code edgeY} in loaded-image coordinates (NaN where they fail). */
    private static double[] cornerRow(PixelGrid grid, MapToRaster mapToRaster, GeoTransform inv, int edgeY, int x0,
            int y0, double sx, double sy) {
        int n = grid.width() + 1;
        double[] row = new double[2 * n];
        for (int x = 0; x < n; x++) {
            row[2 * x] = grid.toWorldX(x - 0.5);
            row[2 * x + 1] = grid.toWorldY(edgeY - 0.5);
        }
        mapToRaster.transform(row, 0, n);
        for (int x = 0; x < n; x++) {
            double gx = row[2 * x];
            double gy = row[2 * x + 1];
            if (Double.isNaN(gx) || Double.isNaN(gy)) {
                continue;
            }
            row[2 * x] = (inv.x(gx, gy) - x0) * sx;
            row[2 * x + 1] = (inv.y(gx, gy) - y0) * sy;
        }
        return row;
    }

    /** Premultiplied source over premultiplied destination. */
    private static int over(int s, int d) {
        int inv = 255 - (s >>> 24);
        int a = (s >>> 24) + (d >>> 24) * inv / 255;
        int r = (s >>> 16 & 0xff) + (d >>> 16 & 0xff) * inv / 255;
        int g = (s >>> 8 & 0xff) + (d >>> 8 & 0xff) * inv / 255;
        int b = (s & 0xff) + (d & 0xff) * inv / 255;
        return Math.min(255, a) << 24 | Math.min(255, r) << 16 | Math.min(255, g) << 8 | Math.min(255, b);
    }

    /** Bilinear interpolation of premultiplied pixels around (lx, ly) (pixel-centre convention), 0 outside. */
    private static int bilinear(int[] img, int w, int h, double lx, double ly) {
        double fx = lx - 0.5;
        double fy = ly - 0.5;
        if (lx < 0 || ly < 0 || lx >= w || ly >= h) {
            return 0;
        }
        int ix = (int) Math.floor(fx);
        int iy = (int) Math.floor(fy);
        double tx = fx - ix;
        double ty = fy - iy;
        double[] acc = new double[4];
        for (int k = 0; k < 4; k++) {
            int xx = Math.max(0, Math.min(w - 1, ix + (k & 1)));
            int yy = Math.max(0, Math.min(h - 1, iy + (k >> 1)));
            double wt = ((k & 1) == 0 ? 1 - tx : tx) * ((k >> 1) == 0 ? 1 - ty : ty);
            int p = img[yy * w + xx];
            acc[0] += wt * (p >>> 24);
            acc[1] += wt * (p >>> 16 & 0xff);
            acc[2] += wt * (p >>> 8 & 0xff);
            acc[3] += wt * (p & 0xff);
        }
        int a = (int) Math.round(acc[0]);
        return a << 24 | (int) Math.round(Math.min(acc[1], a)) << 16 | (int) Math.round(Math.min(acc[2], a)) << 8
                | (int) Math.round(Math.min(acc[3], a));
    }
}
