package org.jmapserv.mapfile.model;

import java.util.ArrayList;
import java.util.List;

import org.jmapserv.mapfile.SourcePosition;

/**
 * A SYMBOL (symbolObj; loadSymbol, mapsymbol.c), inline in MAP or from a SYMBOLSET file; IMAGE paths are relative to {@code source.file()}.
 * <p>Immutable; lists and maps are unmodifiable copies. Use {@link Builder} (defaults as MapServer sets them)
 * or {@link #toBuilder()} to derive a changed copy.
 */
public record SymbolDef(
        String name,
        SymbolType type,
        List<Vertex> points,
        boolean filled,
        String image,
        String character,
        String font,
        double anchorX,
        double anchorY,
        int transparent,
        SourcePosition source) {

    public SymbolDef {
        points = List.copyOf(points);
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.name = name;
        b.type = type;
        b.points = new ArrayList<>(points);
        b.filled = filled;
        b.image = image;
        b.character = character;
        b.font = font;
        b.anchorX = anchorX;
        b.anchorY = anchorY;
        b.transparent = transparent;
        b.source = source;
        return b;
    }

    /** Mutable accumulator used by the block readers; starts from MapServer's defaults. */
    public static final class Builder {
        public String name = null;
        public SymbolType type = SymbolType.VECTOR;
        /** (-99, -99) lifts the pen. */
        public List<Vertex> points = new ArrayList<>();
        public boolean filled = false;
        public String image = null;
        public String character = null;
        public String font = null;
        public double anchorX = 0.5;
        public double anchorY = 0.5;
        public int transparent = -1;
        public SourcePosition source = SourcePosition.NONE;

        public SymbolDef build() {
            return new SymbolDef(
                    name, type, points, filled, image, character, font, anchorX, anchorY,
                    transparent, source);
        }
    }
}
