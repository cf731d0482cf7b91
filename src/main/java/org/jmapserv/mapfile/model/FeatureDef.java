package org.jmapserv.mapfile.model;

import java.util.ArrayList;
import java.util.List;

import org.jmapserv.mapfile.SourcePosition;

/**
 * An inline FEATURE (loadFeature): POINTS blocks (one line or ring each), or WKT, plus ITEMS values split on ';'.
 * <p>Immutable; lists and maps are unmodifiable copies. Use {@link Builder} (defaults as MapServer sets them)
 * or {@link #toBuilder()} to derive a changed copy.
 */
public record FeatureDef(
        List<List<Vertex>> parts,
        String wkt,
        List<String> items,
        String text,
        SourcePosition source) {

    public FeatureDef {
        parts = List.copyOf(parts);
        items = List.copyOf(items);
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.parts = new ArrayList<>(parts);
        b.wkt = wkt;
        b.items = new ArrayList<>(items);
        b.text = text;
        b.source = source;
        return b;
    }

    /** Mutable accumulator used by the block readers; starts from MapServer's defaults. */
    public static final class Builder {
        public List<List<Vertex>> parts = new ArrayList<>();
        public String wkt = null;
        public List<String> items = new ArrayList<>();
        public String text = null;
        public SourcePosition source = SourcePosition.NONE;

        public FeatureDef build() {
            return new FeatureDef(parts, wkt, items, text, source);
        }
    }
}
