package org.jmapserv.mapfile.model;

import org.jmapserv.mapfile.SourcePosition;

/**
 * The SCALEBAR block (scalebarObj).
 * <p>Immutable; lists and maps are unmodifiable copies. Use {@link Builder} (defaults as MapServer sets them)
 * or {@link #toBuilder()} to derive a changed copy.
 */
public record ScalebarDef(
        Align align,
        Color backgroundColor,
        Color color,
        Color imageColor,
        int intervals,
        LabelDef label,
        Color outlineColor,
        Position position,
        boolean postLabelCache,
        int width,
        int height,
        Status status,
        int style,
        Boolean transparent,
        Units units,
        int offsetX,
        int offsetY,
        SourcePosition source) {

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.align = align;
        b.backgroundColor = backgroundColor;
        b.color = color;
        b.imageColor = imageColor;
        b.intervals = intervals;
        b.label = label;
        b.outlineColor = outlineColor;
        b.position = position;
        b.postLabelCache = postLabelCache;
        b.width = width;
        b.height = height;
        b.status = status;
        b.style = style;
        b.transparent = transparent;
        b.units = units;
        b.offsetX = offsetX;
        b.offsetY = offsetY;
        b.source = source;
        return b;
    }

    /** Mutable accumulator used by the block readers; starts from MapServer's defaults. */
    public static final class Builder {
        public Align align = Align.CENTER;
        public Color backgroundColor = Color.UNSET;
        public Color color = Color.BLACK;
        public Color imageColor = Color.WHITE;
        public int intervals = 4;
        public LabelDef label = null;
        public Color outlineColor = Color.UNSET;
        public Position position = Position.LL;
        public boolean postLabelCache = false;
        public int width = 200;
        public int height = 3;
        public Status status = Status.OFF;
        public int style = 0;
        public Boolean transparent = null;
        public Units units = Units.MILES;
        public int offsetX = 0;
        public int offsetY = 0;
        public SourcePosition source = SourcePosition.NONE;

        public ScalebarDef build() {
            return new ScalebarDef(
                    align, backgroundColor, color, imageColor, intervals, label, outlineColor,
                    position, postLabelCache, width, height, status, style, transparent, units,
                    offsetX, offsetY, source);
        }
    }
}
