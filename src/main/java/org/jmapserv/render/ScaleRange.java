package org.jmapserv.render;

/**
 * MapServer's two scale-range tests. Layers (msLayerIsVisible, mapdraw.c) are hidden when
 * {@code scale > MAXSCALEDENOM} or {@code scale <= MINSCALEDENOM}; classes, styles and labels
 * (msScaleInBounds, maputil.c) when {@code scale >= MAXSCALEDENOM} or {@code scale < MINSCALEDENOM}.
 * A bound of -1 (or 0) means "unset"; a map without scale (-1) is always in range.
 */
public final class ScaleRange {

    private ScaleRange() {
    }

    public static boolean layerInRange(double scale, double min, double max) {
        if (scale <= 0) {
            return true;
        }
        if (max > 0 && scale > max) {
            return false;
        }
        return !(min > 0 && scale <= min);
    }

    public static boolean inBounds(double scale, double min, double max) {
        if (scale <= 0) {
            return true;
        }
        if (max != -1 && max > 0 && scale >= max) {
            return false;
        }
        return !(min != -1 && min > 0 && scale < min);
    }
}
