package org.jmapserv.mapfile.parse;

import org.jmapserv.mapfile.antlr.MapfileParser;
import org.jmapserv.mapfile.model.ScaleTokenDef;

/** Reads a LAYER SCALETOKEN block (mirrors loadScaletoken, mapfile.c): the first VALUES key must be 0. */
final class ScaleTokenReader {
    private static final KeywordHandlers<ScaleTokenDef.Builder> KEYWORDS =
            new KeywordHandlers<ScaleTokenDef.Builder>("SCALETOKEN")
            .on("NAME", (v, b, s) -> b.name = v.string())
            .on("VALUES", (v, b, s) -> {
                b.values = HashReader.read(v.nestedBlock(), b.values);
                String first = b.values.isEmpty() ? null : b.values.entries().get(0).key();
                if (first != null && Values.atof(first) != 0) {
                    throw new ReadError(Values.startToken(Values.items(v.nestedBlock()).get(0)), "First SCALETOKEN VALUE (" + first
                            + ") must be zero, for a scale token value to apply at every scale");
                }
            });

    private ScaleTokenReader() {
    }

    static ScaleTokenDef read(MapfileParser.BlockContext block, ReadSession session) {
        ScaleTokenDef.Builder b = new ScaleTokenDef.Builder();
        b.source = Values.positionOf(block);
        if (KEYWORDS.read(block, b, session) && b.name == null) {
            session.problems().at(block.END().getSymbol(), "SCALETOKEN has no NAME");
        }
        return b.build();
    }
}
