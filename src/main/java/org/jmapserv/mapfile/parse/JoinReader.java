package org.jmapserv.mapfile.parse;

import org.jmapserv.mapfile.antlr.MapfileParser;
import org.jmapserv.mapfile.model.JoinDef;

/** Reads a LAYER JOIN block (mirrors loadJoin, mapfile.c): NAME, TABLE, FROM and TO are required. */
final class JoinReader {
    private static final KeywordHandlers<JoinDef.Builder> KEYWORDS = new KeywordHandlers<JoinDef.Builder>("JOIN")
            .on("NAME", (v, b, s) -> b.name = v.string())
            .on("TABLE", (v, b, s) -> b.table = v.string())
            .on("FROM", (v, b, s) -> b.from = v.string())
            .on("TO", (v, b, s) -> b.to = v.string())
            .on("TYPE", (v, b, s) -> b.type = v.symbol("ONE-TO-ONE", "ONE-TO-MANY"))
            .on("TEMPLATE", (v, b, s) -> b.template = v.string())
            .on("HEADER", (v, b, s) -> b.header = v.string())
            .on("FOOTER", (v, b, s) -> b.footer = v.string())
            .on("CONNECTION", (v, b, s) -> b.connection = v.string())
            .on("CONNECTIONTYPE", (v, b, s) -> b.connectionType = v.symbol("CSV", "POSTGRESQL", "MYSQL"));

    private JoinReader() {
    }

    static JoinDef read(MapfileParser.BlockContext block, ReadSession session) {
        JoinDef.Builder b = new JoinDef.Builder();
        b.source = Values.positionOf(block);
        if (KEYWORDS.read(block, b, session)
                && (b.name == null || b.table == null || b.from == null || b.to == null)) {
            session.problems().at(block.END().getSymbol(), "Join must define table, name, from and to properties.");
        }
        return b.build();
    }
}
