package org.jmapserv.geo;

/**
 * The image's georeferencing: a pixel-centre extent (as left by msAdjustExtent) and per-axis cell sizes.
 *
 * <p>World to pixel mirrors MS_MAP2IMAGE_X_IC_DBL / MS_MAP2IMAGE_Y_IC_DBL, which the AGG renderer uses through
 * msTransformShapeSimplify / msTransformShapeToPixelDoublePrecision: {@code (x - minx) * (1 / cellsize)} and
 * {@code (maxy - y) * (1 / cellsize)}, with no 0.5 added and no rounding (only the GD-era
 * msTransformShapeToPixelRound rounds). The inverse cell size is computed once and multiplied, exactly as the
 * C code does, so results match to the last bit. Because the extent is pixel-centre based, {@code minx} maps to
 * 0.0, which AGG treats as the left edge of the first pixel: MapServer's own half-pixel shift, kept on purpose.
 */
public record PixelGrid(Rect extent, int width, int height, double cellsizeX, double cellsizeY) {

    public double toPixelX(double x) {
        return (x - extent.minX()) * (1.0 / cellsizeX);
    }

    public double toPixelY(double y) {
        return (extent.maxY() - y) * (1.0 / cellsizeY);
    }

    /** Converts {@code count} interleaved x,y pairs in place, starting at {@code offset} (a double index). */
    public void toPixels(double[] xy, int offset, int count) {
        double minX = extent.minX();
        double maxY = extent.maxY();
        double invX = 1.0 / cellsizeX;
        double invY = 1.0 / cellsizeY;
        int end = offset + 2 * count;
        for (int i = offset; i < end; i += 2) {
            xy[i] = (xy[i] - minX) * invX;
            xy[i + 1] = (maxY - xy[i + 1]) * invY;
        }
    }

    /** MS_IMAGE2MAP_X. */
    public double toWorldX(double px) {
        return extent.minX() + cellsizeX * px;
    }

    /** MS_IMAGE2MAP_Y. */
    public double toWorldY(double py) {
        return extent.maxY() - cellsizeY * py;
    }

    /**
     * The outer-edge bounding box of the image: the pixel-centre extent grown by half a cell on every side. This
     * is the BBOX a WMS GetMap request must carry (#2843).
     */
    public Rect edgeBounds() {
        return extent.grow(cellsizeX / 2, cellsizeY / 2);
    }
}
