package org.jmapserv.mapfile.model;

/** A rectangle in map units (rectObj). MapServer requires min &lt; max on both axes for MAP and LAYER EXTENT. */
public record Extent(double minX, double minY, double maxX, double maxY) {

    public boolean isValid() {
        return minX < maxX && minY < maxY;
    }

    public double width() {
        return maxX - minX;
    }

    public double height() {
        return maxY - minY;
    }

    public boolean intersects(Extent other) {
        return minX <= other.maxX && other.minX <= maxX && minY <= other.maxY && other.minY <= maxY;
    }
}
