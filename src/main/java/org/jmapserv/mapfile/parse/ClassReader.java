package org.jmapserv.mapfile.parse;

import org.jmapserv.mapfile.antlr.MapfileParser;
import org.jmapserv.mapfile.model.ClassDef;
import org.jmapserv.mapfile.model.LabelDef;
import org.jmapserv.mapfile.model.Status;
import org.jmapserv.mapfile.model.StyleDef;
import org.jmapserv.mapfile.model.expr.ExpressionDef;
import org.jmapserv.mapfile.model.expr.ExpressionKind;

/** Reads a CLASS block (mirrors loadClass, mapfile.c; MapServer 8.0 has no FALLBACK yet). */
final class ClassReader {
    private static final KeywordHandlers<ClassDef.Builder> KEYWORDS = new KeywordHandlers<ClassDef.Builder>("CLASS")
            .on("NAME", (v, b, s) -> b.name = v.string())
            .on("TITLE", (v, b, s) -> b.title = v.string())
            .on("GROUP", (v, b, s) -> b.group = v.string())
            .on("EXPRESSION", (v, b, s) -> b.expression = v.expression())
            .on("TEXT", (v, b, s) -> {
                ExpressionDef e = v.expression();
                if (e.kind() != ExpressionKind.STRING && e.kind() != ExpressionKind.LOGICAL) {
                    throw new ReadError(v.keywordToken(),
                            "Text expressions support constant or tagged replacement strings.");
                }
                b.text = e;
            })
            .on("STYLE", (v, b, s) -> b.styles.add(StyleReader.read(v.nestedBlock(), s, new StyleDef.Builder())))
            .on("LABEL", (v, b, s) -> b.labels.add(LabelReader.read(v.nestedBlock(), s, new LabelDef.Builder())))
            .on("LEADER", (v, b, s) -> b.leader = LeaderReader.read(v.nestedBlock(), s))
            .on("MINSCALEDENOM", (v, b, s) -> b.minScaleDenom = v.number(Range.atLeast(0)))
            .alias("MINSCALE", "MINSCALEDENOM")
            .on("MAXSCALEDENOM", (v, b, s) -> b.maxScaleDenom = v.number(Range.atLeast(0)))
            .alias("MAXSCALE", "MAXSCALEDENOM")
            .on("KEYIMAGE", (v, b, s) -> b.keyImage = v.string())
            .on("TEMPLATE", (v, b, s) -> b.template = v.string())
            .on("STATUS", (v, b, s) -> b.status = v.onOff() ? Status.ON : Status.OFF)
            .on("DEBUG", (v, b, s) -> b.debug = MapReader.debug(v))
            .on("METADATA", (v, b, s) -> b.metadata = HashReader.read(v.nestedBlock(), b.metadata))
            .on("VALIDATION", (v, b, s) -> b.validation = HashReader.read(v.nestedBlock(), b.validation))
            .on("MINFEATURESIZE", (v, b, s) -> b.minFeatureSize = v.integer(Range.above(0)));

    private ClassReader() {
    }

    static ClassDef read(MapfileParser.BlockContext block, ReadSession session) {
        ClassDef.Builder b = new ClassDef.Builder();
        b.source = Values.positionOf(block);
        KEYWORDS.read(block, b, session);
        return b.build();
    }
}
