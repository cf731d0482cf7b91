package org.jmapserv.geo;

/**
 * Fits a map extent to an image size. Mirrors msAdjustExtent (maputil.c): square pixels, cellsize =
 * max(w/(W-1), h/(H-1)) because the extent is pixel-centre based, and the short axis grown symmetrically.
 */
public final class ExtentAdjuster {

    private ExtentAdjuster() {
    }

    /**
     * The squared grid. As in MapServer, a 1-pixel wide or high image, or an empty extent, leaves the extent
     * untouched with a cell size of 0; such a grid cannot transform coordinates, and callers should refuse it.
     */
    public static PixelGrid adjust(Rect extent, int width, int height) {
        requirePositive(width, height);
        if (width == 1 || height == 1) {
            return new PixelGrid(extent, width, height, 0, 0);
        }
        double cellsize = ScaleCalculator.cellsize(extent, width, height);
        if (cellsize <= 0) {
            return new PixelGrid(extent, width, height, 0, 0);
        }
        double ox = Math.max(((width - 1) - extent.width() / cellsize) / 2, 0);
        double oy = Math.max(((height - 1) - extent.height() / cellsize) / 2, 0);
        Rect adjusted = new Rect(extent.minX() - ox * cellsize, extent.minY() - oy * cellsize,
                extent.maxX() + ox * cellsize, extent.maxY() + oy * cellsize);
        return new PixelGrid(adjusted, width, height, cellsize, cellsize);
    }

    /**
     * The CONFIG MS_NONSQUARE YES variant: the extent is kept and each axis gets its own cell size
     * (MS_CELLSIZE per axis), so pixels may be non-square.
     */
    public static PixelGrid nonSquare(Rect extent, int width, int height) {
        requirePositive(width, height);
        if (width == 1 || height == 1) {
            return new PixelGrid(extent, width, height, 0, 0);
        }
        return new PixelGrid(extent, width, height, extent.width() / (width - 1), extent.height() / (height - 1));
    }

    private static void requirePositive(int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("Invalid image width or height.");
        }
    }
}
