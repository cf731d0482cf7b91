package org.jmapserv.mapfile.model;

import java.util.ArrayList;
import java.util.List;

import org.jmapserv.mapfile.SourcePosition;

/**
 * A CLASS-level LEADER block (labelLeaderObj).
 * <p>Immutable; lists and maps are unmodifiable copies. Use {@link Builder} (defaults as MapServer sets them)
 * or {@link #toBuilder()} to derive a changed copy.
 */
public record LeaderDef(
        int gridStep,
        int maxDistance,
        List<StyleDef> styles,
        SourcePosition source) {

    public LeaderDef {
        styles = List.copyOf(styles);
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.gridStep = gridStep;
        b.maxDistance = maxDistance;
        b.styles = new ArrayList<>(styles);
        b.source = source;
        return b;
    }

    /** Mutable accumulator used by the block readers; starts from MapServer's defaults. */
    public static final class Builder {
        public int gridStep = 5;
        public int maxDistance = 0;
        public List<StyleDef> styles = new ArrayList<>();
        public SourcePosition source = SourcePosition.NONE;

        public LeaderDef build() {
            return new LeaderDef(gridStep, maxDistance, styles, source);
        }
    }
}
