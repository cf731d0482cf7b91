package org.jmapserv.render.raster;

import org.jmapserv.geo.PixelGrid;
import org.jmapserv.image.raster.GeoTransform;

/**
 * The part of a north-up raster under the map and where it lands on the canvas, computed exactly as
 * msDrawRasterLayerGDAL does: the map extent grown by half a cell, clipped to the raster's bounds, turned into a
 * source pixel window (rounded to the nearest pixel edge) and a destination window (offset truncated, lower right
 * corner rounded).
 */
record RasterWindow(int srcX, int srcY, int srcW, int srcH, int dstX, int dstY, int dstW, int dstH) {

    /** The window, or null when the raster does not overlap the map. */
    static RasterWindow of(GeoTransform gt, int rasterW, int rasterH, PixelGrid grid) {
        GeoTransform inv = gt.inverse();
        if (inv == null) {
            return null;
        }
        double cell = grid.cellsizeX();
        double mapMinX = grid.extent().minX() - cell * 0.5;
        double mapMaxX = grid.extent().maxX() + cell * 0.5;
        double mapMinY = grid.extent().minY() - grid.cellsizeY() * 0.5;
        double mapMaxY = grid.extent().maxY() + grid.cellsizeY() * 0.5;
        double minX = Math.max(mapMinX, gt.x(0, rasterH));
        double maxX = Math.min(mapMaxX, gt.x(rasterW, 0));
        double minY = Math.max(mapMinY, gt.y(0, rasterH));
        double maxY = Math.min(mapMaxY, gt.y(rasterW, 0));
        if (minX >= maxX || minY >= maxY) {
            return null;
        }
        double llx = inv.x(minX, minY);
        double lly = inv.y(minX, minY);
        double urx = inv.x(maxX, maxY);
        double ury = inv.y(maxX, maxY);
        int srcX = Math.max(0, (int) Math.floor(llx + 0.5));
        int srcY = Math.max(0, (int) Math.floor(ury + 0.5));
        int srcW = Math.min(Math.max(0, (int) (urx - llx + 0.5)), rasterW - srcX);
        int srcH = Math.min(Math.max(0, (int) (lly - ury + 0.5)), rasterH - srcY);
        if (srcW == 0 && urx - llx > 0) { // very small windows use at least one pixel (#4172)
            srcW = 1;
            srcX = Math.min(srcX, rasterW - 1);
        }
        if (srcH == 0 && lly - ury > 0) {
            srcH = 1;
            srcY = Math.min(srcY, rasterH - 1);
        }
        if (srcW <= 0 || srcH <= 0 || cell == 0) {
            return null;
        }
        int dstX = (int) ((minX - mapMinX) / cell);
        int dstY = (int) ((mapMaxY - maxY) / cell);
        int lrx = Math.max(0, Math.min(grid.width(), (int) ((maxX - mapMinX) / cell + 0.5)));
        int lry = Math.max(0, Math.min(grid.height(), (int) ((mapMaxY - minY) / cell + 0.5)));
        int dstW = Math.max(0, Math.min(grid.width(), lrx - dstX));
        int dstH = Math.max(0, Math.min(grid.height(), lry - dstY));
        if (dstW == 0 || dstH == 0) {
            return null;
        }
        return new RasterWindow(srcX, srcY, srcW, srcH, dstX, dstY, dstW, dstH);
    }
}
