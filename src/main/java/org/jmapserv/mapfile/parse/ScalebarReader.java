package org.jmapserv.mapfile.parse;

import org.jmapserv.mapfile.antlr.MapfileParser;
import org.jmapserv.mapfile.model.Align;
import org.jmapserv.mapfile.model.Position;
import org.jmapserv.mapfile.model.ScalebarDef;
import org.jmapserv.mapfile.model.Status;
import org.jmapserv.mapfile.model.Units;

/** Reads the SCALEBAR block (mirrors loadScalebar, mapfile.c). */
final class ScalebarReader {
    /** loadScalebar's getSymbol list has no MS_DD: a scale bar in degrees makes no sense. */
    private static final Choices UNITS = Choices.of("INCHES", "FEET", "MILES", "METERS", "KILOMETERS",
            "NAUTICALMILES");

    private static final KeywordHandlers<ScalebarDef.Builder> KEYWORDS =
            new KeywordHandlers<ScalebarDef.Builder>("SCALEBAR")
            .on("ALIGN", (v, b, s) -> b.align = Align.valueOf(v.symbol("LEFT", "CENTER", "RIGHT")))
            .on("BACKGROUNDCOLOR", (v, b, s) -> b.backgroundColor = v.color())
            .on("COLOR", (v, b, s) -> b.color = v.color())
            .on("IMAGECOLOR", (v, b, s) -> b.imageColor = v.color())
            .on("INTERVALS", (v, b, s) -> b.intervals = v.integer(Range.between(1, 100)))
            .on("LABEL", (v, b, s) -> b.label = LabelReader.read(v.nestedBlock(), s, LabelReader.legendDefaults()))
            .on("OUTLINECOLOR", (v, b, s) -> b.outlineColor = v.color())
            .on("POSITION", (v, b, s) -> b.position = Position.valueOf(v.symbol("UL", "UR", "LL", "LR", "UC", "LC")))
            .on("POSTLABELCACHE", (v, b, s) -> b.postLabelCache = v.trueFalse())
            .on("SIZE", (v, b, s) -> {
                b.width = v.integer(Range.between(5, 1000));
                b.height = v.integer(Range.between(2, 100));
            })
            .on("STATUS", (v, b, s) -> b.status = Status.valueOf(v.symbol("ON", "OFF", "EMBED")))
            .on("STYLE", (v, b, s) -> b.style = v.integer(Range.between(0, 1)))
            .on("TRANSPARENT", (v, b, s) -> b.transparent = v.onOff())
            .on("UNITS", (v, b, s) -> b.units = Units.valueOf(v.symbol(UNITS)))
            .on("OFFSET", (v, b, s) -> {
                b.offsetX = v.integer(Range.between(-50, 50));
                b.offsetY = v.integer(Range.between(-50, 50));
            });

    private ScalebarReader() {
    }

    static ScalebarDef read(MapfileParser.BlockContext block, ReadSession session) {
        ScalebarDef.Builder b = new ScalebarDef.Builder();
        b.source = Values.positionOf(block);
        KEYWORDS.read(block, b, session);
        return b.build();
    }
}
