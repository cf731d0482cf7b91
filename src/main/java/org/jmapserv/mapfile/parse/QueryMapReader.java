package org.jmapserv.mapfile.parse;

import org.jmapserv.mapfile.antlr.MapfileParser;
import org.jmapserv.mapfile.model.QueryMapDef;
import org.jmapserv.mapfile.model.Status;

/** Reads the QUERYMAP block (mirrors loadQueryMap, mapfile.c). */
final class QueryMapReader {
    private static final KeywordHandlers<QueryMapDef.Builder> KEYWORDS =
            new KeywordHandlers<QueryMapDef.Builder>("QUERYMAP")
            .on("COLOR", (v, b, s) -> b.color = v.color())
            .on("SIZE", (v, b, s) -> {
                b.width = v.integer(Range.between(1, s.maxSize));
                b.height = v.integer(Range.between(1, s.maxSize));
            })
            .on("STATUS", (v, b, s) -> b.status = v.onOff() ? Status.ON : Status.OFF)
            .on("STYLE", (v, b, s) -> b.style = v.symbol("NORMAL", "HILITE", "SELECTED"))
            .alias("TYPE", "STYLE");

    private QueryMapReader() {
    }

    static QueryMapDef read(MapfileParser.BlockContext block, ReadSession session) {
        QueryMapDef.Builder b = new QueryMapDef.Builder();
        b.source = Values.positionOf(block);
        KEYWORDS.read(block, b, session);
        return b.build();
    }
}
