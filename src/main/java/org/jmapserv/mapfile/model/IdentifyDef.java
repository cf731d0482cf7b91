package org.jmapserv.mapfile.model;

import org.jmapserv.mapfile.SourcePosition;

/**
 * A LAYER IDENTIFY block.
 * <p>Immutable; lists and maps are unmodifiable copies. Use {@link Builder} (defaults as MapServer sets them)
 * or {@link #toBuilder()} to derive a changed copy.
 */
public record IdentifyDef(
        double tolerance,
        Units toleranceUnits,
        String classGroup,
        boolean classAuto,
        SourcePosition source) {

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.tolerance = tolerance;
        b.toleranceUnits = toleranceUnits;
        b.classGroup = classGroup;
        b.classAuto = classAuto;
        b.source = source;
        return b;
    }

    /** Mutable accumulator used by the block readers; starts from MapServer's defaults. */
    public static final class Builder {
        public double tolerance = -1;
        public Units toleranceUnits = Units.PIXELS;
        public String classGroup = null;
        public boolean classAuto = false;
        public SourcePosition source = SourcePosition.NONE;

        public IdentifyDef build() {
            return new IdentifyDef(tolerance, toleranceUnits, classGroup, classAuto, source);
        }
    }
}
