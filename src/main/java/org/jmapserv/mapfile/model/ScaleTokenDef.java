package org.jmapserv.mapfile.model;

import org.jmapserv.mapfile.SourcePosition;

/**
 * A LAYER SCALETOKEN block: the literal token and its VALUES, min scale denominator -> replacement, in file order.
 * <p>Immutable; lists and maps are unmodifiable copies. Use {@link Builder} (defaults as MapServer sets them)
 * or {@link #toBuilder()} to derive a changed copy.
 */
public record ScaleTokenDef(
        String name,
        Metadata values,
        SourcePosition source) {

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.name = name;
        b.values = values;
        b.source = source;
        return b;
    }

    /** Mutable accumulator used by the block readers; starts from MapServer's defaults. */
    public static final class Builder {
        public String name = null;
        public Metadata values = Metadata.EMPTY;
        public SourcePosition source = SourcePosition.NONE;

        public ScaleTokenDef build() {
            return new ScaleTokenDef(name, values, source);
        }
    }
}
