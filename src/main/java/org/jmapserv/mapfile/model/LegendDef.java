package org.jmapserv.mapfile.model;

import org.jmapserv.mapfile.SourcePosition;

/**
 * The LEGEND block (legendObj).
 * <p>Immutable; lists and maps are unmodifiable copies. Use {@link Builder} (defaults as MapServer sets them)
 * or {@link #toBuilder()} to derive a changed copy.
 */
public record LegendDef(
        Color imageColor,
        int keySizeX,
        int keySizeY,
        int keySpacingX,
        int keySpacingY,
        LabelDef label,
        Color outlineColor,
        Position position,
        boolean postLabelCache,
        Status status,
        Boolean transparent,
        String template,
        SourcePosition source) {

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.imageColor = imageColor;
        b.keySizeX = keySizeX;
        b.keySizeY = keySizeY;
        b.keySpacingX = keySpacingX;
        b.keySpacingY = keySpacingY;
        b.label = label;
        b.outlineColor = outlineColor;
        b.position = position;
        b.postLabelCache = postLabelCache;
        b.status = status;
        b.transparent = transparent;
        b.template = template;
        b.source = source;
        return b;
    }

    /** Mutable accumulator used by the block readers; starts from MapServer's defaults. */
    public static final class Builder {
        public Color imageColor = Color.WHITE;
        public int keySizeX = 20;
        public int keySizeY = 10;
        public int keySpacingX = 5;
        public int keySpacingY = 5;
        public LabelDef label = null;
        public Color outlineColor = Color.UNSET;
        public Position position = Position.LL;
        public boolean postLabelCache = false;
        public Status status = Status.OFF;
        public Boolean transparent = null;
        public String template = null;
        public SourcePosition source = SourcePosition.NONE;

        public LegendDef build() {
            return new LegendDef(
                    imageColor, keySizeX, keySizeY, keySpacingX, keySpacingY, label, outlineColor,
                    position, postLabelCache, status, transparent, template, source);
        }
    }
}
