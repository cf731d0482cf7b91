package org.jmapserv.geo;

import org.jmapserv.mapfile.model.Extent;
import org.locationtech.jts.geom.Envelope;

/**
 * An axis-aligned rectangle in map units (mirrors rectObj). Unlike a JTS {@link Envelope} it is immutable and
 * keeps exactly the four numbers MapServer keeps, so extent arithmetic can be reproduced bit for bit.
 */
public record Rect(double minX, double minY, double maxX, double maxY) {

    /** The same rectangle as the mapfile model's {@link Extent}. */
    public static Rect of(Extent extent) {
        return new Rect(extent.minX(), extent.minY(), extent.maxX(), extent.maxY());
    }

    /** This rectangle as the mapfile model's {@link Extent}. */
    public Extent toExtent() {
        return new Extent(minX, minY, maxX, maxY);
    }

    public static Rect of(Envelope envelope) {
        return new Rect(envelope.getMinX(), envelope.getMinY(), envelope.getMaxX(), envelope.getMaxY());
    }

    public double width() {
        return maxX - minX;
    }

    public double height() {
        return maxY - minY;
    }

    /** MS_VALID_EXTENT: both spans strictly positive. */
    public boolean isValid() {
        return minX < maxX && minY < maxY;
    }

    public Envelope toEnvelope() {
        return new Envelope(minX, maxX, minY, maxY);
    }

    /** Grown by {@code dx} left and right and {@code dy} top and bottom. */
    public Rect grow(double dx, double dy) {
        return new Rect(minX - dx, minY - dy, maxX + dx, maxY + dy);
    }
}
