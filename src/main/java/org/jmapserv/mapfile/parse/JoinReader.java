package org.jmapserv.mapfile.parse;

import org.jmapserv.mapfile.antlr.MapfileParser;
import org.jmapserv.mapfile.model.JoinDef;

/** Reads a LAYER JOIN block (mirrors loadJoin, mapfile.c): NAME, TABLE, FROM and TO are required. */
final class JoinReader {
    private static final Choices TYPES = Choices.of("ONE-TO-ONE", "ONE-TO-MANY");
    /** MS_DB_XBASE (0), the default DBF join, and MS_DB_ORACLE (3) have no word: OFF, EMBED, ... reach them. */
    private static final String XBASE = "XBASE";
    private static final Choices CONNECTION_TYPES = Choices.of("CSV", "POSTGRESQL", "MYSQL")
            .plus(XBASE, 0).plus("ORACLE", 3);

    private static final KeywordHandlers<JoinDef.Builder> KEYWORDS = new KeywordHandlers<JoinDef.Builder>("JOIN")
            .on("NAME", (v, b, s) -> b.name = v.string())
            .on("TABLE", (v, b, s) -> b.table = v.string())
            .on("FROM", (v, b, s) -> b.from = v.string())
            .on("TO", (v, b, s) -> b.to = v.string())
            .on("TYPE", (v, b, s) -> b.type = v.symbol(TYPES))
            .on("TEMPLATE", (v, b, s) -> b.template = v.string())
            .on("HEADER", (v, b, s) -> b.header = v.string())
            .on("FOOTER", (v, b, s) -> b.footer = v.string())
            .on("CONNECTION", (v, b, s) -> b.connection = v.string())
            .on("CONNECTIONTYPE", (v, b, s) -> {
                String type = v.symbol(CONNECTION_TYPES);
                b.connectionType = type.equals(XBASE) ? null : type;
            });

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
