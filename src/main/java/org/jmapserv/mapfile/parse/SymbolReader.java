package org.jmapserv.mapfile.parse;

import org.jmapserv.mapfile.antlr.MapfileParser;
import org.jmapserv.mapfile.model.SymbolDef;
import org.jmapserv.mapfile.model.SymbolType;

/** Reads a SYMBOL block, in a MAP or a SYMBOLSET file (mirrors loadSymbol, mapsymbol.c). */
final class SymbolReader {
    static final int MAX_POINTS = 100;

    private static final KeywordHandlers<SymbolDef.Builder> KEYWORDS =
            new KeywordHandlers<SymbolDef.Builder>("SYMBOL")
            .on("NAME", (v, b, s) -> b.name = v.string())
            .on("TYPE", (v, b, s) -> b.type = SymbolType.valueOf(
                    v.symbol("VECTOR", "ELLIPSE", "PIXMAP", "SIMPLE", "TRUETYPE", "HATCH", "SVG")))
            .on("POINTS", (v, b, s) -> {
                b.points.addAll(PointsReader.vertices(v.nestedBlock()));
                if (b.points.size() > MAX_POINTS) {
                    throw new ReadError(v.keywordToken(), "Parsing error near (POINTS): a symbol has at most "
                            + MAX_POINTS + " points");
                }
            })
            .on("FILLED", (v, b, s) -> b.filled = v.trueFalse())
            .on("IMAGE", (v, b, s) -> b.image = v.string())
            .on("CHARACTER", (v, b, s) -> b.character = v.string())
            .on("FONT", (v, b, s) -> b.font = v.string())
            .on("ANCHORPOINT", (v, b, s) -> {
                b.anchorX = v.number(Range.between(0, 1));
                b.anchorY = v.number(Range.between(0, 1));
            })
            .on("TRANSPARENT", (v, b, s) -> b.transparent = v.integer(Range.between(0, 255)))
            // loadSymbol skips whatever token follows ANTIALIAS, END included (8.0 checks nothing)
            .on("ANTIALIAS", (v, b, s) -> v.token("a value"));

    private SymbolReader() {
    }

    static SymbolDef read(MapfileParser.BlockContext block, ReadSession session) {
        SymbolDef.Builder b = new SymbolDef.Builder();
        b.source = Values.positionOf(block);
        if (KEYWORDS.read(block, b, session)
                && (b.type == SymbolType.VECTOR || b.type == SymbolType.ELLIPSE) && b.points.isEmpty()) {
            session.problems().at(block.END().getSymbol(), "Symbol of type " + b.type + " has no point data."
                    + (b.name == null ? "" : " (SYMBOL \"" + b.name + "\" needs POINTS)"));
        }
        return b.build();
    }
}
