package org.jmapserv.mapfile.parse;

import org.jmapserv.mapfile.antlr.MapfileLexer;
import org.jmapserv.mapfile.antlr.MapfileParser;
import org.jmapserv.mapfile.model.Color;
import org.jmapserv.mapfile.model.LineCap;
import org.jmapserv.mapfile.model.LineJoin;
import org.jmapserv.mapfile.model.StyleDef;

/**
 * Reads a STYLE block (mirrors loadStyle, mapfile.c). Properties given as [attribute] go to {@code bindings}
 * under MapServer's binding names (OFFSET_X, POLAROFFSET_ANGLE, ...). At END an OPACITY below 100 is baked into
 * the alpha of COLOR, OUTLINECOLOR, MINCOLOR and MAXCOLOR, as loadStyle does.
 */
final class StyleReader {
    private static final KeywordHandlers<StyleDef.Builder> KEYWORDS = new KeywordHandlers<StyleDef.Builder>("STYLE")
            .on("COLOR", (v, b, s) -> b.color = colorOrBinding(v, b, "COLOR"))
            .on("OUTLINECOLOR", (v, b, s) -> b.outlineColor = colorOrBinding(v, b, "OUTLINECOLOR"))
            .on("WIDTH", (v, b, s) -> b.width = numberOrBinding(v, b, "WIDTH", Range.atLeast(0), b.width))
            .on("OUTLINEWIDTH", (v, b, s) -> b.outlineWidth =
                    numberOrBinding(v, b, "OUTLINEWIDTH", Range.atLeast(0), b.outlineWidth))
            .on("SIZE", (v, b, s) -> b.size = numberOrBinding(v, b, "SIZE", Range.atLeast(0), b.size))
            .on("MINSIZE", (v, b, s) -> b.minSize = v.number(Range.atLeast(0)))
            .on("MAXSIZE", (v, b, s) -> b.maxSize = v.number(Range.atLeast(0)))
            .on("MINWIDTH", (v, b, s) -> b.minWidth = v.number(Range.atLeast(0)))
            .on("MAXWIDTH", (v, b, s) -> b.maxWidth = v.number(Range.atLeast(0)))
            .on("SYMBOL", StyleReader::symbol)
            .on("OPACITY", (v, b, s) -> {
                String attr = v.bindingOrNull();
                if (attr != null) {
                    b.bindings.put("OPACITY", attr);
                } else {
                    b.opacity = Math.max(0, Math.min(100, v.integer()));
                }
            })
            .on("PATTERN", (v, b, s) -> {
                java.util.List<Double> p = PointsReader.numbers(v.nestedBlock());
                if (p.size() < 2 || p.size() > 10) {
                    throw new ReadError(v.keywordToken(), "PATTERN must have between 2 and 10 elements (got "
                            + p.size() + ")");
                }
                b.pattern = new java.util.ArrayList<>(p);
            })
            .on("GAP", (v, b, s) -> b.gap = v.number())
            .on("INITIALGAP", (v, b, s) -> b.initialGap = v.number(Range.atLeast(0)))
            .on("LINECAP", (v, b, s) -> b.lineCap = LineCap.valueOf(v.symbol("BUTT", "ROUND", "SQUARE", "TRIANGLE")))
            .on("LINEJOIN", (v, b, s) -> b.lineJoin = LineJoin.valueOf(v.symbol("NONE", "ROUND", "MITER", "BEVEL")))
            .on("LINEJOINMAXSIZE", (v, b, s) -> b.lineJoinMaxSize = v.number(Range.atLeast(0)))
            .on("ANGLE", StyleReader::angle)
            .on("OFFSET", (v, b, s) -> {
                b.offsetX = numberOrBinding(v, b, "OFFSET_X", Range.ANY, b.offsetX);
                b.offsetY = numberOrBinding(v, b, "OFFSET_Y", Range.ANY, b.offsetY);
            })
            .on("POLAROFFSET", (v, b, s) -> {
                b.polarOffsetPixel = numberOrBinding(v, b, "POLAROFFSET_PIXEL", Range.ANY, b.polarOffsetPixel);
                b.polarOffsetAngle = numberOrBinding(v, b, "POLAROFFSET_ANGLE", Range.ANY, b.polarOffsetAngle);
            })
            .on("GEOMTRANSFORM", StyleReader::geomTransform)
            .on("MINSCALEDENOM", (v, b, s) -> b.minScaleDenom = v.number(Range.atLeast(0)))
            .on("MAXSCALEDENOM", (v, b, s) -> b.maxScaleDenom = v.number(Range.atLeast(0)))
            .on("ANTIALIAS", (v, b, s) -> b.antialias = v.trueFalse())
            .on("COLORRANGE", (v, b, s) -> {
                b.minColor = v.color();
                b.maxColor = v.color();
            })
            .on("DATARANGE", (v, b, s) -> {
                b.minValue = v.number();
                b.maxValue = v.number();
            })
            .on("RANGEITEM", (v, b, s) -> b.rangeItem = v.string());

    private StyleReader() {
    }

    static StyleDef read(MapfileParser.BlockContext block, ReadSession session, StyleDef.Builder b) {
        b.source = Values.positionOf(block);
        KEYWORDS.read(block, b, session);
        return bakeOpacity(b).build();
    }

    /** loadStyle's END: alpha = MS_NINT(opacity * 2.55) into every colour when opacity &lt; 100. */
    static StyleDef.Builder bakeOpacity(StyleDef.Builder b) {
        if (b.opacity < 100) {
            int alpha = (int) (b.opacity * 2.55 + 0.5);
            b.color = b.color.withAlpha(alpha);
            b.outlineColor = b.outlineColor.withAlpha(alpha);
            b.minColor = b.minColor.withAlpha(alpha);
            b.maxColor = b.maxColor.withAlpha(alpha);
        }
        return b;
    }

    private static Color colorOrBinding(Values v, StyleDef.Builder b, String key) {
        String attr = v.bindingOrNull();
        if (attr != null) {
            b.bindings.put(key, attr);
            return Color.UNSET;
        }
        b.bindings.remove(key);
        return v.color();
    }

    private static double numberOrBinding(Values v, StyleDef.Builder b, String key, Range range, double current) {
        String attr = v.bindingOrNull();
        if (attr != null) {
            b.bindings.put(key, attr);
            return current;
        }
        b.bindings.remove(key);
        return v.number(range);
    }

    private static void symbol(Values v, StyleDef.Builder b, ReadSession s) {
        String attr = v.bindingOrNull();
        if (attr != null) {
            b.bindings.put("SYMBOL", attr);
        } else if (v.peekType() == MapfileLexer.NUMBER) {
            b.symbol = v.integer(Range.atLeast(0));
            b.symbolName = null;
        } else {
            b.symbolName = v.string();
        }
    }

    private static void geomTransform(Values v, StyleDef.Builder b, ReadSession s) {
        org.jmapserv.mapfile.model.expr.ExpressionDef e = v.expression();
        if (e.kind() == org.jmapserv.mapfile.model.expr.ExpressionKind.REGEX
                || e.kind() == org.jmapserv.mapfile.model.expr.ExpressionKind.LIST) {
            // getSymbol(2, MS_STRING, MS_EXPRESSION): no /regex/ or {list} here
            throw new ReadError(v.keywordToken(), "Parsing error near (" + e.text() + "): GEOMTRANSFORM expects a "
                    + "string or an (expression)");
        }
        // names match as msStyleSetGeomTransform matches them (GeomTransformKind); an unknown name loads, as in
        // MapServer 8, and the renderer reports it when it draws the style untransformed
        b.geomTransform = e;
    }

    private static void angle(Values v, StyleDef.Builder b, ReadSession s) {
        if (v.symbolIfNext("AUTO")) {
            b.autoAngle = true;
            return;
        }
        b.angle = numberOrBinding(v, b, "ANGLE", Range.between(-360, 360), b.angle);
    }
}
