package org.jmapserv.mapfile.parse;

import org.jmapserv.mapfile.antlr.MapfileParser;
import org.jmapserv.mapfile.model.ClusterDef;

/** Reads a LAYER CLUSTER block (mirrors loadCluster, mapfile.c). */
final class ClusterReader {
    private static final KeywordHandlers<ClusterDef.Builder> KEYWORDS =
            new KeywordHandlers<ClusterDef.Builder>("CLUSTER")
            .on("MAXDISTANCE", (v, b, s) -> b.maxDistance = v.number(Range.atLeast(0)))
            .on("BUFFER", (v, b, s) -> b.buffer = v.number(Range.atLeast(0)))
            .on("REGION", (v, b, s) -> b.region = v.string())
            .on("GROUP", (v, b, s) -> b.group = v.expression())
            .on("FILTER", (v, b, s) -> b.filter = v.expression());

    private ClusterReader() {
    }

    static ClusterDef read(MapfileParser.BlockContext block, ReadSession session) {
        ClusterDef.Builder b = new ClusterDef.Builder();
        b.source = Values.positionOf(block);
        KEYWORDS.read(block, b, session);
        return b.build();
    }
}
