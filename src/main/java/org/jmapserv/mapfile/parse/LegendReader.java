package org.jmapserv.mapfile.parse;

import org.jmapserv.mapfile.antlr.MapfileParser;
import org.jmapserv.mapfile.model.LegendDef;
import org.jmapserv.mapfile.model.Position;
import org.jmapserv.mapfile.model.Status;

/** Reads the LEGEND block (mirrors loadLegend, mapfile.c). */
final class LegendReader {
    private static final KeywordHandlers<LegendDef.Builder> KEYWORDS =
            new KeywordHandlers<LegendDef.Builder>("LEGEND")
            .on("IMAGECOLOR", (v, b, s) -> b.imageColor = v.color())
            .on("KEYSIZE", (v, b, s) -> {
                b.keySizeX = v.integer(Range.between(5, 1000));
                b.keySizeY = v.integer(Range.between(5, 1000));
            })
            .on("KEYSPACING", (v, b, s) -> {
                b.keySpacingX = v.integer(Range.between(0, 50));
                b.keySpacingY = v.integer(Range.between(0, 50));
            })
            .on("LABEL", (v, b, s) -> b.label = LabelReader.read(v.nestedBlock(), s, LabelReader.legendDefaults()))
            .on("OUTLINECOLOR", (v, b, s) -> b.outlineColor = v.color())
            .on("POSITION", (v, b, s) -> b.position = Position.valueOf(v.symbol("UL", "UR", "LL", "LR", "UC", "LC")))
            .on("POSTLABELCACHE", (v, b, s) -> b.postLabelCache = v.trueFalse())
            .on("STATUS", (v, b, s) -> b.status = Status.valueOf(v.symbol("ON", "OFF", "EMBED")))
            .on("TRANSPARENT", (v, b, s) -> b.transparent = v.onOff())
            .on("TEMPLATE", (v, b, s) -> b.template = v.string());

    private LegendReader() {
    }

    static LegendDef read(MapfileParser.BlockContext block, ReadSession session) {
        LegendDef.Builder b = new LegendDef.Builder();
        b.source = Values.positionOf(block);
        KEYWORDS.read(block, b, session);
        return b.build();
    }
}
