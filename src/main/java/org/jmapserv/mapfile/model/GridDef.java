package org.jmapserv.mapfile.model;

import org.jmapserv.mapfile.SourcePosition;

/**
 * A LAYER GRID block (graticuleObj); unset numbers are -1.
 * <p>Immutable; lists and maps are unmodifiable copies. Use {@link Builder} (defaults as MapServer sets them)
 * or {@link #toBuilder()} to derive a changed copy.
 */
public record GridDef(
        String labelFormat,
        double minArcs,
        double maxArcs,
        double minInterval,
        double maxInterval,
        double minSubdivide,
        double maxSubdivide,
        SourcePosition source) {

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.labelFormat = labelFormat;
        b.minArcs = minArcs;
        b.maxArcs = maxArcs;
        b.minInterval = minInterval;
        b.maxInterval = maxInterval;
        b.minSubdivide = minSubdivide;
        b.maxSubdivide = maxSubdivide;
        b.source = source;
        return b;
    }

    /** Mutable accumulator used by the block readers; starts from MapServer's defaults. */
    public static final class Builder {
        public String labelFormat = null;
        public double minArcs = -1;
        public double maxArcs = -1;
        public double minInterval = -1;
        public double maxInterval = -1;
        public double minSubdivide = -1;
        public double maxSubdivide = -1;
        public SourcePosition source = SourcePosition.NONE;

        public GridDef build() {
            return new GridDef(
                    labelFormat, minArcs, maxArcs, minInterval, maxInterval, minSubdivide,
                    maxSubdivide, source);
        }
    }
}
