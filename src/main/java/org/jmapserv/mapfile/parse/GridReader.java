package org.jmapserv.mapfile.parse;

import org.jmapserv.mapfile.antlr.MapfileParser;
import org.jmapserv.mapfile.model.GridDef;

/** Reads a LAYER GRID block (mirrors loadGrid, mapfile.c). */
final class GridReader {
    private static final KeywordHandlers<GridDef.Builder> KEYWORDS = new KeywordHandlers<GridDef.Builder>("GRID")
            .on("LABELFORMAT", (v, b, s) -> b.labelFormat = v.string())
            .on("MINARCS", (v, b, s) -> b.minArcs = v.number(Range.above(0)))
            .on("MAXARCS", (v, b, s) -> b.maxArcs = v.number(Range.above(0)))
            .on("MININTERVAL", (v, b, s) -> b.minInterval = v.number(Range.above(0)))
            .on("MAXINTERVAL", (v, b, s) -> b.maxInterval = v.number(Range.above(0)))
            .on("MINSUBDIVIDE", (v, b, s) -> b.minSubdivide = v.number(Range.above(0)))
            .on("MAXSUBDIVIDE", (v, b, s) -> b.maxSubdivide = v.number(Range.above(0)));

    private GridReader() {
    }

    static GridDef read(MapfileParser.BlockContext block, ReadSession session) {
        GridDef.Builder b = new GridDef.Builder();
        b.source = Values.positionOf(block);
        KEYWORDS.read(block, b, session);
        return b.build();
    }
}
