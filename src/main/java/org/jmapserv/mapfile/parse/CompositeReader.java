package org.jmapserv.mapfile.parse;

import java.util.Set;

import org.jmapserv.mapfile.antlr.MapfileParser;
import org.jmapserv.mapfile.model.CompositeDef;

/** Reads a LAYER COMPOSITE block (mirrors loadLayerCompositer, mapfile.c). */
final class CompositeReader {
    static final Set<String> COMP_OPS = Set.of("clear", "color-burn", "color-dodge", "contrast", "darken",
            "difference", "dst", "dst-atop", "dst-in", "dst-out", "dst-over", "exclusion", "hard-light",
            "hsl-color", "hsl-hue", "hsl-luminosity", "hsl-saturation", "invert", "invert-rgb", "lighten", "minus",
            "multiply", "overlay", "plus", "screen", "soft-light", "src", "src-atop", "src-in", "src-out",
            "src-over", "xor");

    private static final KeywordHandlers<CompositeDef.Builder> KEYWORDS =
            new KeywordHandlers<CompositeDef.Builder>("COMPOSITE")
            .on("OPACITY", (v, b, s) -> {
                int o = v.integer();
                if (o < 0 || o > 100) {
                    throw new ReadError(v.keywordToken(), "OPACITY must be between 0 and 100 (got " + o + ")");
                }
                b.opacity = o;
            })
            .on("COMPOP", (v, b, s) -> {
                String op = v.string();
                if (!COMP_OPS.contains(op)) {
                    throw new ReadError(v.keywordToken(), "Unknown COMPOP \"" + op + "\"");
                }
                b.compOp = op;
            })
            .on("COMPFILTER", (v, b, s) -> b.compFilters.add(v.string()));

    private CompositeReader() {
    }

    static CompositeDef read(MapfileParser.BlockContext block, ReadSession session) {
        CompositeDef.Builder b = new CompositeDef.Builder();
        b.source = Values.positionOf(block);
        KEYWORDS.read(block, b, session);
        return b.build();
    }
}
