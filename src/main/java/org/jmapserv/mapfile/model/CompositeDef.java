package org.jmapserv.mapfile.model;

import java.util.ArrayList;
import java.util.List;

import org.jmapserv.mapfile.SourcePosition;

/**
 * A LAYER COMPOSITE block (layerCompositer): opacity, compositing operator and filters.
 * <p>Immutable; lists and maps are unmodifiable copies. Use {@link Builder} (defaults as MapServer sets them)
 * or {@link #toBuilder()} to derive a changed copy.
 */
public record CompositeDef(
        int opacity,
        String compOp,
        List<String> compFilters,
        SourcePosition source) {

    public CompositeDef {
        compFilters = List.copyOf(compFilters);
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.opacity = opacity;
        b.compOp = compOp;
        b.compFilters = new ArrayList<>(compFilters);
        b.source = source;
        return b;
    }

    /** Mutable accumulator used by the block readers; starts from MapServer's defaults. */
    public static final class Builder {
        public int opacity = 100;
        public String compOp = "src-over";
        public List<String> compFilters = new ArrayList<>();
        public SourcePosition source = SourcePosition.NONE;

        public CompositeDef build() {
            return new CompositeDef(opacity, compOp, compFilters, source);
        }
    }
}
