package org.jmapserv.mapfile.parse;

import org.jmapserv.mapfile.antlr.MapfileParser;
import org.jmapserv.mapfile.model.LeaderDef;

/** Reads a CLASS LEADER block (mirrors loadLeader, mapfile.c). */
final class LeaderReader {
    private static final KeywordHandlers<LeaderDef.Builder> KEYWORDS =
            new KeywordHandlers<LeaderDef.Builder>("LEADER")
            .on("GRIDSTEP", (v, b, s) -> b.gridStep = v.integer(Range.above(0)))
            .on("MAXDISTANCE", (v, b, s) -> b.maxDistance = v.integer(Range.above(0)))
            .on("STYLE", (v, b, s) -> b.styles.add(StyleReader.read(v.nestedBlock(), s, new org.jmapserv.mapfile
                    .model.StyleDef.Builder())));

    private LeaderReader() {
    }

    static LeaderDef read(MapfileParser.BlockContext block, ReadSession session) {
        LeaderDef.Builder b = new LeaderDef.Builder();
        b.source = Values.positionOf(block);
        KEYWORDS.read(block, b, session);
        return b.build();
    }
}
