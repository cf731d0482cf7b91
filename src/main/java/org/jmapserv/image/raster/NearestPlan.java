package org.jmapserv.image.raster;

import java.util.List;

/**
 * Which image (full resolution or an overview) and which of its rows and columns a nearest-neighbour RasterIO
 * reads, as GDAL 3.6 does: when the buffer is smaller than the window the overview chosen is the most reduced one
 * whose reduction stays under 1.2 times the requested one (GDALBandGetBestOverviewLevel2), the window is carried
 * into it in floating point, and buffer pixel i samples source pixel
 * {@code (int)(off + (i + 0.5) * size / bufSize + 1e-10)} (GDALRasterBand::IRasterIO).
 *
 * @param level the image read: 0 the full resolution, k the k-th overview
 * @param cols  the source column of every buffer column, in that image
 * @param rows  the source row of every buffer row, in that image
 */
public record NearestPlan(int level, int[] cols, int[] rows) {

    private static final double OVERSAMPLING_THRESHOLD = 1.2;
    private static final double EPS = 1e-10;

    /**
     * @param overviews the overview sizes {width, height}, in file order
     */
    public static NearestPlan of(int width, int height, List<int[]> overviews, int xoff, int yoff, int xsize,
            int ysize, int bufW, int bufH) {
        int level = 0;
        double dx = xoff;
        double dy = yoff;
        double dw = xsize;
        double dh = ysize;
        int w = width;
        int h = height;
        if ((bufW < xsize || bufH < ysize) && !overviews.isEmpty()) {
            double desired = (xsize / (double) bufW) < (ysize / (double) bufH) || bufH == 1
                    ? xsize / (double) bufW : ysize / (double) bufH;
            double best = 0;
            int bestLevel = -1;
            for (int i = 0; i < overviews.size(); i++) {
                int[] o = overviews.get(i);
                if (o[0] > width || o[1] > height) {
                    continue;
                }
                double res = Math.min(width / (double) o[0], height / (double) o[1]);
                if (res >= desired * OVERSAMPLING_THRESHOLD || res <= best) {
                    continue;
                }
                best = res;
                bestLevel = i;
                if (Math.abs(desired - res) < 1e-1) {
                    break;
                }
            }
            if (bestLevel >= 0) {
                int[] o = overviews.get(bestLevel);
                double fx = width / (double) o[0];
                double fy = height / (double) o[1];
                dx = xoff / fx;
                dy = yoff / fy;
                dw = xsize / fx;
                dh = ysize / fy;
                w = o[0];
                h = o[1];
                level = bestLevel + 1;
            }
        }
        return new NearestPlan(level, indexes(dx, dw, bufW, w), indexes(dy, dh, bufH, h));
    }

    private static int[] indexes(double off, double size, int buf, int limit) {
        int[] idx = new int[buf];
        double inc = size / buf;
        for (int i = 0; i < buf; i++) {
            double s = (i + 0.5) * inc + off + EPS;
            idx[i] = (int) Math.min(Math.max(0.0, s), limit - 1);
        }
        return idx;
    }

    public int minCol() {
        return cols.length == 0 ? 0 : cols[0];
    }

    public int maxCol() {
        return cols.length == 0 ? 0 : cols[cols.length - 1];
    }
}
