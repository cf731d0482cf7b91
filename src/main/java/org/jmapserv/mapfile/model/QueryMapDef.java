package org.jmapserv.mapfile.model;

import org.jmapserv.mapfile.SourcePosition;

/**
 * The QUERYMAP block (queryMapObj).
 * <p>Immutable; lists and maps are unmodifiable copies. Use {@link Builder} (defaults as MapServer sets them)
 * or {@link #toBuilder()} to derive a changed copy.
 */
public record QueryMapDef(
        Color color,
        int width,
        int height,
        Status status,
        String style,
        SourcePosition source) {

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.color = color;
        b.width = width;
        b.height = height;
        b.status = status;
        b.style = style;
        b.source = source;
        return b;
    }

    /** Mutable accumulator used by the block readers; starts from MapServer's defaults. */
    public static final class Builder {
        public Color color = new Color(255, 255, 0, 255);
        public int width = -1;
        public int height = -1;
        public Status status = Status.OFF;
        public String style = "HILITE";
        public SourcePosition source = SourcePosition.NONE;

        public QueryMapDef build() {
            return new QueryMapDef(color, width, height, status, style, source);
        }
    }
}
