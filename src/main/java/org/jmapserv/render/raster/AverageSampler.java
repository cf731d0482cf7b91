package org.jmapserv.render.raster;

/**
 * The area-weighted mean of the premultiplied pixels under a footprint, as msAverageSample / msSourceSample
 * (mapresample.c) compute it for RESAMPLE=AVERAGE: every source cell the box touches counts by the area it shares
 * with the box; a cell's colour counts only when its alpha is above 1, and its weight is scaled by its alpha, so the
 * mean is a straight (not premultiplied) colour; the coverage (weighted alpha over the box area) becomes the alpha.
 */
final class AverageSampler {

    private final int[] img;
    private final int width;
    private final int height;

    AverageSampler(int[] premultipliedArgb, int width, int height) {
        this.img = premultipliedArgb;
        this.width = width;
        this.height = height;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /**
     * The straight ARGB mean over the box (source pixel coordinates, already clamped by the caller as
     * msAverageRasterResampler clamps them), or 0 when no cell under it has colour.
     */
    int sample(double xMin, double yMin, double xMax, double yMax) {
        int nx0 = (int) xMin;
        int ny0 = (int) yMin;
        int nx1 = Math.min(width, (int) Math.ceil(xMax));
        int ny1 = Math.min(height, (int) Math.ceil(yMax));
        double sr = 0;
        double sg = 0;
        double sb = 0;
        double weightSum = 0;
        double maxWeight = 0;
        for (int iy = ny0; iy < ny1; iy++) {
            double cellH = Math.min(iy + 1, yMax) - Math.max(iy, yMin);
            for (int ix = nx0; ix < nx1; ix++) {
                double weight = (Math.min(ix + 1, xMax) - Math.max(ix, xMin)) * cellH;
                int p = img[iy * width + ix];
                int a = p >>> 24;
                if (a > 1) {
                    sr += (p >>> 16 & 0xff) * weight;
                    sg += (p >>> 8 & 0xff) * weight;
                    sb += (p & 0xff) * weight;
                    weightSum += weight * (a / 255.0);
                }
                maxWeight += weight;
            }
        }
        if (weightSum == 0.0) {
            return 0;
        }
        int r = clamp(sr / weightSum + 0.5);
        int g = clamp(sg / weightSum + 0.5);
        int b = clamp(sb / weightSum + 0.5);
        int a = clamp(255 * (weightSum / maxWeight) + 0.5);
        return a << 24 | r << 16 | g << 8 | b;
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, v));
    }
}
