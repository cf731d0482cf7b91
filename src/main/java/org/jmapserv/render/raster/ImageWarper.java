package org.jmapserv.render.raster;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

import org.jmapserv.geo.PixelGrid;
import org.jmapserv.geo.Rect;
import org.jmapserv.geo.Reprojector;

/**
 * Puts a georeferenced image onto the map's pixel grid. When the image was requested on that very grid (same CRS,
 * same size, BBOX = the grid's edge bounds) it is used as is, like MapServer's direct path (TRANSFORM FALSE).
 * Otherwise every map pixel centre is taken back into the image's CRS and the nearest image pixel is copied
 * (RESAMPLE=NEAREST, MapServer's default); pixels that fall outside the image stay transparent — the margin
 * MapServer leaves around a reprojected WMS image.
 * <p>Like MapServer's approximate transformer (0.333 px error), exact projections are computed on a coarse grid of
 * map pixels and interpolated between them; cells touching a point that fails to project are computed exactly.
 * Stateless and thread-safe.
 */
public final class ImageWarper {

    private static final int STEP = 8;

    private ImageWarper() {
    }

    /**
     * @param source       the decoded image, any type
     * @param sourceBox    its edge-based bounding box in the source CRS
     * @param mapToSource  from the map's CRS to the image's CRS (identity when they are the same)
     * @param grid         the map's grid
     * @return an image of the grid's size: {@code source} itself on the direct path, else a new image, premultiplied
     *         ({@code TYPE_INT_ARGB_PRE}) when the source is, ARGB otherwise
     */
    public static BufferedImage warp(BufferedImage source, Rect sourceBox, Reprojector mapToSource, PixelGrid grid) {
        if (mapToSource.isIdentity() && onGrid(source, sourceBox, grid)) {
            return source;
        }
        int w = grid.width();
        int h = grid.height();
        int sw = source.getWidth();
        int sh = source.getHeight();
        // nearest neighbour copies pixels, so a premultiplied source can be copied as it is, without a round trip
        boolean pre = source.getType() == BufferedImage.TYPE_INT_ARGB_PRE
                && source.getRaster().getDataBuffer().getOffset() == 0
                && source.getRaster().getDataBuffer().getSize() == sw * sh;
        int[] src = pre ? ((DataBufferInt) source.getRaster().getDataBuffer()).getData()
                : source.getRGB(0, 0, sw, sh, null, 0, sw);
        BufferedImage out = new BufferedImage(w, h,
                pre ? BufferedImage.TYPE_INT_ARGB_PRE : BufferedImage.TYPE_INT_ARGB);
        int[] dst = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
        double cw = sourceBox.width() / sw;
        double ch = sourceBox.height() / sh;
        int gx = (w - 1) / STEP + 2;
        int gy = (h - 1) / STEP + 2;
        double[] coarse = coarseGrid(grid, mapToSource, gx, gy);
        double[] one = new double[2];
        for (int py = 0; py < h; py++) {
            int cy = Math.min(py / STEP, gy - 2);
            double fy = (py - cy * STEP) / (double) STEP;
            for (int px = 0; px < w; px++) {
                int cx = Math.min(px / STEP, gx - 2);
                double fx = (px - cx * STEP) / (double) STEP;
                double x;
                double y;
                int i00 = 2 * (cy * gx + cx);
                int i10 = i00 + 2;
                int i01 = i00 + 2 * gx;
                int i11 = i01 + 2;
                if (Double.isNaN(coarse[i00]) || Double.isNaN(coarse[i10]) || Double.isNaN(coarse[i01])
                        || Double.isNaN(coarse[i11])) {
                    one[0] = grid.toWorldX(px);
                    one[1] = grid.toWorldY(py);
                    mapToSource.transform(one, 0, 1);
                    x = one[0];
                    y = one[1];
                    if (Double.isNaN(x)) {
                        continue;
                    }
                } else {
                    x = lerp(lerp(coarse[i00], coarse[i10], fx), lerp(coarse[i01], coarse[i11], fx), fy);
                    y = lerp(lerp(coarse[i00 + 1], coarse[i10 + 1], fx), lerp(coarse[i01 + 1], coarse[i11 + 1], fx),
                            fy);
                }
                int sx = (int) Math.floor((x - sourceBox.minX()) / cw);
                int sy = (int) Math.floor((sourceBox.maxY() - y) / ch);
                if (sx >= 0 && sy >= 0 && sx < sw && sy < sh) {
                    dst[py * w + px] = src[sy * sw + sx];
                }
            }
        }
        return out;
    }

    /** Exact source coordinates of every STEP-th map pixel centre (the last row/column past the edge included). */
    private static double[] coarseGrid(PixelGrid grid, Reprojector mapToSource, int gx, int gy) {
        double[] xy = new double[2 * gx * gy];
        for (int j = 0; j < gy; j++) {
            for (int i = 0; i < gx; i++) {
                xy[2 * (j * gx + i)] = grid.toWorldX(i * STEP);
                xy[2 * (j * gx + i) + 1] = grid.toWorldY(j * STEP);
            }
        }
        mapToSource.transform(xy, 0, gx * gy);
        return xy;
    }

    private static boolean onGrid(BufferedImage source, Rect box, PixelGrid grid) {
        Rect edge = grid.edgeBounds();
        double tol = Math.min(grid.cellsizeX(), grid.cellsizeY()) * 1e-3;
        return source.getWidth() == grid.width() && source.getHeight() == grid.height()
                && Math.abs(box.minX() - edge.minX()) < tol && Math.abs(box.maxX() - edge.maxX()) < tol
                && Math.abs(box.minY() - edge.minY()) < tol && Math.abs(box.maxY() - edge.maxY()) < tol;
    }

    private static double lerp(double a, double b, double t) {
        return a + (b - a) * t;
    }
}
