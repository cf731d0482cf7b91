package org.jmapserv.mapfile.model;

import org.jmapserv.mapfile.SourcePosition;
import org.jmapserv.mapfile.model.expr.ExpressionDef;

/**
 * A LAYER CLUSTER block (clusterObj).
 * <p>Immutable; lists and maps are unmodifiable copies. Use {@link Builder} (defaults as MapServer sets them)
 * or {@link #toBuilder()} to derive a changed copy.
 */
public record ClusterDef(
        double maxDistance,
        double buffer,
        String region,
        ExpressionDef group,
        ExpressionDef filter,
        SourcePosition source) {

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.maxDistance = maxDistance;
        b.buffer = buffer;
        b.region = region;
        b.group = group;
        b.filter = filter;
        b.source = source;
        return b;
    }

    /** Mutable accumulator used by the block readers; starts from MapServer's defaults. */
    public static final class Builder {
        public double maxDistance = 10;
        public double buffer = 0;
        /** initCluster leaves REGION unset, and msLayerOpen clusters only a layer whose REGION is set. */
        public String region = null;
        public ExpressionDef group = null;
        public ExpressionDef filter = null;
        public SourcePosition source = SourcePosition.NONE;

        public ClusterDef build() {
            return new ClusterDef(maxDistance, buffer, region, group, filter, source);
        }
    }
}
