package org.jmapserv.mapfile.model;

import org.jmapserv.mapfile.SourcePosition;

/**
 * The REFERENCE block (referenceMapObj).
 * <p>Immutable; lists and maps are unmodifiable copies. Use {@link Builder} (defaults as MapServer sets them)
 * or {@link #toBuilder()} to derive a changed copy.
 */
public record ReferenceDef(
        String image,
        int width,
        int height,
        Extent extent,
        Status status,
        Color color,
        Color outlineColor,
        String markerName,
        int marker,
        int markerSize,
        int minBoxSize,
        int maxBoxSize,
        SourcePosition source) {

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.image = image;
        b.width = width;
        b.height = height;
        b.extent = extent;
        b.status = status;
        b.color = color;
        b.outlineColor = outlineColor;
        b.markerName = markerName;
        b.marker = marker;
        b.markerSize = markerSize;
        b.minBoxSize = minBoxSize;
        b.maxBoxSize = maxBoxSize;
        b.source = source;
        return b;
    }

    /** Mutable accumulator used by the block readers; starts from MapServer's defaults. */
    public static final class Builder {
        public String image = null;
        public int width = 0;
        public int height = 0;
        public Extent extent = null;
        public Status status = Status.OFF;
        public Color color = new Color(255, 0, 0, 255);
        public Color outlineColor = Color.BLACK;
        public String markerName = null;
        public int marker = 0;
        public int markerSize = 0;
        public int minBoxSize = 3;
        public int maxBoxSize = 0;
        public SourcePosition source = SourcePosition.NONE;

        public ReferenceDef build() {
            return new ReferenceDef(
                    image, width, height, extent, status, color, outlineColor, markerName, marker,
                    markerSize, minBoxSize, maxBoxSize, source);
        }
    }
}
