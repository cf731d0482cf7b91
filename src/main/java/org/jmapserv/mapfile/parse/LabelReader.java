package org.jmapserv.mapfile.parse;

import org.jmapserv.mapfile.antlr.MapfileLexer;
import org.jmapserv.mapfile.antlr.MapfileParser;
import org.jmapserv.mapfile.model.Align;
import org.jmapserv.mapfile.model.AngleMode;
import org.jmapserv.mapfile.model.Color;
import org.jmapserv.mapfile.model.Force;
import org.jmapserv.mapfile.model.LabelDef;
import org.jmapserv.mapfile.model.Position;
import org.jmapserv.mapfile.model.StyleDef;
import org.jmapserv.mapfile.model.TokenCodes;

/**
 * Reads a LABEL block (mirrors loadLabel, mapfile.c). SIZE may be a number, a size keyword, an [attribute] or an
 * (expression) — the only property where MapServer 8.0 accepts an expression.
 */
final class LabelReader {
    private static final Choices POSITIONS = Choices.of("UL", "UC", "UR", "CL", "CC", "CR", "LL", "LC", "LR", "AUTO");
    private static final Choices SIZES = Choices.of("TINY", "SMALL", "MEDIUM", "LARGE", "GIANT");

    private static final KeywordHandlers<LabelDef.Builder> KEYWORDS = new KeywordHandlers<LabelDef.Builder>("LABEL")
            .on("TEXT", (v, b, s) -> b.text = v.expression())
            .on("FONT", (v, b, s) -> b.font = stringOrBinding(v, b, "FONT"))
            .on("SIZE", LabelReader::size)
            .on("COLOR", (v, b, s) -> b.color = colorOrBinding(v, b, "COLOR"))
            .on("OUTLINECOLOR", (v, b, s) -> b.outlineColor = colorOrBinding(v, b, "OUTLINECOLOR"))
            .on("OUTLINEWIDTH", (v, b, s) -> b.outlineWidth = v.integer(Range.atLeast(0)))
            .on("SHADOWCOLOR", (v, b, s) -> b.shadowColor = v.color())
            .on("SHADOWSIZE", (v, b, s) -> {
                b.shadowSizeX = numberOrBinding(v, b, "SHADOWSIZEX", b.shadowSizeX);
                b.shadowSizeY = numberOrBinding(v, b, "SHADOWSIZEY", b.shadowSizeY);
            })
            .on("POSITION", (v, b, s) -> {
                String attr = v.bindingOrNull();
                if (attr != null) {
                    b.bindings.put("POSITION", attr);
                } else {
                    b.position = Position.valueOf(v.symbol(POSITIONS));
                }
            })
            .on("OFFSET", (v, b, s) -> {
                b.offsetX = numberOrBinding(v, b, "OFFSET_X", b.offsetX);
                b.offsetY = numberOrBinding(v, b, "OFFSET_Y", b.offsetY);
            })
            .on("ANGLE", LabelReader::angle)
            .on("PARTIALS", (v, b, s) -> b.partials = v.trueFalse())
            .on("MINDISTANCE", (v, b, s) -> b.minDistance = v.integer(Range.atLeast(0)))
            .on("REPEATDISTANCE", (v, b, s) -> b.repeatDistance = v.integer(Range.atLeast(0)))
            .on("BUFFER", (v, b, s) -> b.buffer = v.integer())
            .on("PRIORITY", (v, b, s) -> {
                String attr = v.bindingOrNull();
                if (attr != null) {
                    b.bindings.put("PRIORITY", attr);
                } else {
                    b.priority = v.integer(Range.between(1, 10));
                }
            })
            .on("MAXLENGTH", (v, b, s) -> b.maxLength = v.integer())
            .on("MINFEATURESIZE", (v, b, s) -> {
                if (v.symbolIfNext("AUTO")) {
                    b.minFeatureSizeAuto = true;
                } else {
                    b.minFeatureSize = v.integer(Range.atLeast(0));
                }
            })
            .on("MINSIZE", (v, b, s) -> b.minSize = v.number(Range.atLeast(0)))
            .on("MAXSIZE", (v, b, s) -> b.maxSize = v.number(Range.atLeast(0)))
            .on("MAXOVERLAPANGLE", (v, b, s) -> b.maxOverlapAngle = v.number(Range.between(0, 360)))
            .on("WRAP", (v, b, s) -> b.wrap = v.string())
            .on("ALIGN", (v, b, s) -> {
                String attr = v.bindingOrNull();
                if (attr != null) {
                    b.bindings.put("ALIGN", attr);
                } else {
                    b.align = Align.valueOf(v.symbol("LEFT", "CENTER", "RIGHT"));
                }
            })
            .on("FORCE", (v, b, s) -> b.force = Force.valueOf(v.symbol("ON", "OFF", "GROUP")))
            .on("MINSCALEDENOM", (v, b, s) -> b.minScaleDenom = v.number(Range.atLeast(0)))
            .on("MAXSCALEDENOM", (v, b, s) -> b.maxScaleDenom = v.number(Range.atLeast(0)))
            .on("STYLE", (v, b, s) -> {
                StyleDef.Builder sb = new StyleDef.Builder();
                sb.geomTransform = ExpressionReader.string("labelpnt");
                b.styles.add(StyleReader.read(v.nestedBlock(), s, sb));
            })
            .on("EXPRESSION", (v, b, s) -> b.expression = v.expression())
            .on("ENCODING", (v, b, s) -> b.encoding = v.string())
            .on("TYPE", (v, b, s) -> v.symbol("TRUETYPE", "BITMAP"))
            .on("ANTIALIAS", (v, b, s) -> v.anyText())
            .on("LEADER", (v, b, s) -> {
                throw new ReadError(v.keywordToken(),
                        "LABEL LEADER not implemented. LEADER goes at the CLASS level");
            });

    private LabelReader() {
    }

    /** A LABEL as initLabel leaves it. */
    static LabelDef.Builder legendDefaults() {
        return new LabelDef.Builder();
    }

    static LabelDef read(MapfileParser.BlockContext block, ReadSession session, LabelDef.Builder b) {
        b.source = Values.positionOf(block);
        KEYWORDS.read(block, b, session);
        return b.build();
    }

    private static void size(Values v, LabelDef.Builder b, ReadSession s) {
        String attr = v.bindingOrNull();
        if (attr != null) {
            b.bindings.put("SIZE", attr);
            return;
        }
        if (v.peekType() == MapfileLexer.EXPRESSION || v.peekCode() == TokenCodes.MS_EXPRESSION) {
            b.expressions.put("SIZE", v.expression());
            return;
        }
        if (v.peekType() == MapfileLexer.WORD) {
            b.sizeKeyword = v.symbol(SIZES);
            b.size = -1;
            return;
        }
        b.size = v.number(Range.atLeast(0));
        b.sizeKeyword = null;
    }

    private static void angle(Values v, LabelDef.Builder b, ReadSession s) {
        String attr = v.bindingOrNull();
        if (attr != null) {
            b.bindings.put("ANGLE", attr);
        } else if (v.peekType() == MapfileLexer.WORD) {
            b.angleMode = AngleMode.valueOf(v.symbol("AUTO", "AUTO2", "FOLLOW"));
        } else {
            b.angle = v.number(Range.between(-360, 360));
        }
    }

    private static String stringOrBinding(Values v, LabelDef.Builder b, String key) {
        String attr = v.bindingOrNull();
        if (attr != null) {
            b.bindings.put(key, attr);
            return null;
        }
        return v.string();
    }

    private static Color colorOrBinding(Values v, LabelDef.Builder b, String key) {
        String attr = v.bindingOrNull();
        if (attr != null) {
            b.bindings.put(key, attr);
            return Color.UNSET;
        }
        return v.color();
    }

    private static double numberOrBinding(Values v, LabelDef.Builder b, String key, double current) {
        String attr = v.bindingOrNull();
        if (attr != null) {
            b.bindings.put(key, attr);
            return current;
        }
        return v.number();
    }
}
