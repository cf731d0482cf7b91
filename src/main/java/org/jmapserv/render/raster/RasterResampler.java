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
        String resample = proc.get("RESAMPLE");
        String mode = resample == null ? "NEAREST" : resample.trim().toUpperCase(Locale.ROOT);
        if (!mode.equals("NEAREST") && !mode.equals("BILINEAR") && !mode.equals("AVERAGE")) {
            throw new RasterDrawException("msResampleGDALToMap(): Unknown RESAMPLE value '" + resample
                    + "' (NEAREST, BILINEAR or AVERAGE).");
        }
        Plan plan = plan(info, gt, mapToRaster, grid, proc);
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
        if (mode.equals("AVERAGE")) {
            return average(grid, plan.transformer(), new AverageSampler(tmp, loadW, loadH), target);
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
                double lx = c;
                double ly = px[2 * i + 1];
                int p;
                if (bilinear) {
                    p = bilinear(tmp, loadW, loadH, lx, ly);
                } else {
                    // msNearestRasterResampler: truncated, the unrounded position tested against 0
                    int ix = (int) lx;
                    int iy = (int) ly;
                    if (lx < 0 || ly < 0 || ix >= loadW || iy >= loadH) {
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
     * Where msResampleGDALToMap reads: every map pixel centre in loaded-image pixel coordinates ({@code px}, x then
     * y, NaN where it does not transform; through msApproxTransformer), the source window {@code x0, y0, srcW,
     * srcH} (msTransformMapToSource plus a pixel of margin, or LOAD_WHOLE_IMAGE) and the size it is loaded at
     * (OVERSAMPLE_RATIO, LOAD_FULL_RES_IMAGE); {@code transformer} takes map pixel positions to that image exactly.
     */
    record Plan(double[] px, int x0, int y0, int srcW, int srcH, int loadW, int loadH,
            MapPixelTransformer transformer) {
    }

    /** The plan of one draw, or null when the map does not reach the raster. */
    static Plan plan(RasterInfo info, GeoTransform gt, MapToRaster mapToRaster, PixelGrid grid,
            RasterProcessing proc) {
        GeoTransform inv = gt.inverse();
        if (inv == null) {
            return null;
        }
        int w = grid.width();
        int h = grid.height();
        int nSrcX = info.width();
        int nSrcY = info.height();
        double[] ext = null;
        if (!proc.isTrue("LOAD_WHOLE_IMAGE", false)) {
            ext = SourceExtent.of(grid, mapToRaster, inv, 0, w, h);
            if (ext != null) {
                // an interior rectangle reaching further north or south means a pole: the whole width is needed
                double[] inner = SourceExtent.of(grid, mapToRaster, inv, 1, w - 2, h - 2);
                if (inner != null && (inner[3] > ext[3] || inner[1] < ext[1])) {
                    ext[0] = 0;
                    ext[2] = nSrcX;
                    if (inner[3] > ext[3]) {
                        ext[3] = nSrcY;
                    }
                    if (inner[1] < ext[1]) {
                        ext[1] = 0;
                    }
                }
            }
        }
        if (ext == null) {
            ext = new double[] {0, 0, nSrcX, nSrcY};
        }
        double[] orig = ext.clone();
        double minX = Math.max(0, Math.floor(ext[0] - 1.0));
        double maxX = Math.min(Math.ceil(ext[2] + 1.0), nSrcX);
        double minY = Math.max(0, Math.floor(ext[1] - 1.0));
        double maxY = Math.min(Math.ceil(ext[3] + 1.0), nSrcY);
        if (maxX <= minX || maxY <= minY) {
            return null;
        }
        double oversample = 2.0;
        String os = proc.get("OVERSAMPLE_RATIO");
        if (os != null) {
            oversample = BandLoader.atof(os);
        }
        double nominal = Math.hypot(gt.c1(), gt.c2());
        boolean farBeyond = orig[0] <= -4.0 * nSrcX && orig[1] <= -4.0 * nSrcY && orig[2] >= 5.0 * nSrcX
                && orig[3] >= 5.0 * nSrcY && nSrcX < 4000 && nSrcY < 4000;
        double cellsize = nominal;
        if (!farBeyond && orig[2] - orig[0] > oversample * w && !proc.isTrue("LOAD_FULL_RES_IMAGE", false)) {
            cellsize = nominal * (orig[2] - orig[0]) / (oversample * w);
        }
        int x0 = (int) minX;
        int y0 = (int) minY;
        int srcW = (int) (maxX - minX);
        int srcH = (int) (maxY - minY);
        int loadW = (int) Math.max(1, srcW * (nominal / cellsize));
        int loadH = (int) Math.max(1, srcH * (nominal / cellsize));
        // the loaded image's geotransform, as 8.0 sets it up: scaled by the window over the load width, and made
        // to match the window exactly in both axes only for north-up rasters with square pixels (#1715, #5445)
        double f = srcW / (double) loadW;
        double c0 = gt.c0() + gt.c1() * minX + gt.c2() * minY;
        double c3 = gt.c3() + gt.c4() * minX + gt.c5() * minY;
        double c1 = gt.c1() * f;
        double c2 = gt.c2() * f;
        double c4 = gt.c4() * f;
        double c5 = gt.c5() * f;
        if (c2 == 0 && c4 == 0 && c5 < 0 && Math.abs(Math.abs(c1) - Math.abs(c5)) < 0.01 * Math.abs(c1)) {
            c1 = srcW * nominal / loadW;
            c5 = -srcH * nominal / loadH;
        }
        GeoTransform loadedInv = new GeoTransform(c0, c1, c2, c3, c4, c5).inverse();
        if (loadedInv == null) {
            return null;
        }
        MapPixelTransformer exact = new MapPixelTransformer(grid, mapToRaster, loadedInv);
        ApproxTransformer approx = new ApproxTransformer(exact, ApproxTransformer.MAX_ERROR);
        double[] px = new double[2 * w * h];
        double[] xs = new double[w];
        double[] ys = new double[w];
        boolean[] ok = new boolean[w];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                xs[x] = x + 0.5;
                ys[x] = y + 0.5;
            }
            approx.transform(xs, ys, ok, 0, w);
            for (int x = 0; x < w; x++) {
                int i = 2 * (y * w + x);
                px[i] = ok[x] ? xs[x] : Double.NaN;
                px[i + 1] = ok[x] ? ys[x] : Double.NaN;
            }
        }
        return new Plan(px, x0, y0, srcW, srcH, loadW, loadH, exact);
    }

    /**
     * msAverageRasterResampler: the corners of every map pixel taken into the loaded image, the bounding box of
     * the four clamped to it, the pixels under it averaged and mixed over the map (RB_MIX_PIXEL). A pixel is drawn
     * only when all four corners transform.
     */
    private static long average(PixelGrid grid, MapPixelTransformer transformer, AverageSampler sampler,
            PixelTarget target) {
        int w = grid.width();
        int h = grid.height();
        double[] top = cornerRow(grid, transformer, 0);
        long drawn = 0;
        for (int y = 0; y < h; y++) {
            double[] bottom = cornerRow(grid, transformer, y + 1);
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
    private static double[] cornerRow(PixelGrid grid, MapPixelTransformer transformer, int edgeY) {
        int n = grid.width() + 1;
        double[] xs = new double[n];
        double[] ys = new double[n];
        boolean[] ok = new boolean[n];
        for (int x = 0; x < n; x++) {
            xs[x] = x;
            ys[x] = edgeY;
        }
        transformer.transform(xs, ys, ok, 0, n);
        double[] row = new double[2 * n];
        for (int x = 0; x < n; x++) {
            row[2 * x] = ok[x] ? xs[x] : Double.NaN;
            row[2 * x + 1] = ok[x] ? ys[x] : Double.NaN;
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
