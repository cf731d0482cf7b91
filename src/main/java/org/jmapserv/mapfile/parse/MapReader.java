package org.jmapserv.mapfile.parse;

import org.antlr.v4.runtime.Token;
import org.jmapserv.mapfile.antlr.MapfileParser;
import org.jmapserv.mapfile.model.Extent;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.model.Status;
import org.jmapserv.mapfile.model.Units;

/** Reads the MAP block (mirrors loadMapInternal, mapfile.c). */
final class MapReader {
    static final String[] MAP_UNITS = {"INCHES", "FEET", "MILES", "METERS", "KILOMETERS", "NAUTICALMILES", "DD"};

    private static final KeywordHandlers<MapDef.Builder> KEYWORDS = new KeywordHandlers<MapDef.Builder>("MAP")
            .on("NAME", (v, b, s) -> b.name = v.string())
            .on("STATUS", (v, b, s) -> b.status = v.onOff() ? Status.ON : Status.OFF)
            .on("EXTENT", (v, b, s) -> b.extent = extent(v, "Given map extent is invalid. Check that it is in "
                    + "the form: minx, miny, maxx, maxy"))
            .on("SIZE", MapReader::size)
            .on("MAXSIZE", (v, b, s) -> {
                b.maxSize = v.integer(Range.above(0));
                s.maxSize = b.maxSize;
            })
            .on("UNITS", (v, b, s) -> b.units = Units.valueOf(v.symbol(MAP_UNITS)))
            .on("PROJECTION", (v, b, s) -> b.projection = ProjectionReader.readOnce(v, b.projection))
            .on("LATLON", (v, b, s) -> b.latlon = ProjectionReader.read(v.nestedBlock()))
            .on("IMAGECOLOR", (v, b, s) -> b.imageColor = v.color())
            .on("IMAGETYPE", (v, b, s) -> {
                s.imageTypeAt = v.keywordToken();
                b.imageType = v.anyText();
            })
            .on("SHAPEPATH", (v, b, s) -> b.shapePath = v.string())
            .on("FONTSET", (v, b, s) -> {
                s.fontSetAt = v.keywordToken();
                b.fontSet = v.string();
            })
            .on("SYMBOLSET", (v, b, s) -> {
                s.symbolSetAt = v.keywordToken();
                b.symbolSet = v.string();
            })
            .on("CONFIG", (v, b, s) -> {
                String key = v.string();
                b.config = b.config.with(key, v.string());
            })
            .on("DEBUG", (v, b, s) -> b.debug = debug(v))
            .on("RESOLUTION", (v, b, s) -> b.resolution = v.number(Range.between(10, 1000)))
            .on("DEFRESOLUTION", (v, b, s) -> b.defResolution = v.number(Range.between(10, 1000)))
            .on("SCALEDENOM", (v, b, s) -> b.scaleDenom = v.number(Range.atLeast(1)))
            .alias("SCALE", "SCALEDENOM")
            .on("ANGLE", (v, b, s) -> b.angle = v.number(Range.between(-360, 360)))
            .on("WEB", (v, b, s) -> b.web = WebReader.read(v.nestedBlock(), s))
            .on("LEGEND", (v, b, s) -> b.legend = LegendReader.read(v.nestedBlock(), s))
            .on("SCALEBAR", (v, b, s) -> b.scalebar = ScalebarReader.read(v.nestedBlock(), s))
            .on("QUERYMAP", (v, b, s) -> b.queryMap = QueryMapReader.read(v.nestedBlock(), s))
            .on("REFERENCE", (v, b, s) -> b.reference = ReferenceReader.read(v.nestedBlock(), s))
            .on("OUTPUTFORMAT", (v, b, s) -> OutputFormatReader.read(v.nestedBlock(), s, b.outputFormats))
            .on("SYMBOL", (v, b, s) -> b.symbols.add(SymbolReader.read(v.nestedBlock(), s)))
            .on("LAYER", (v, b, s) -> LayerReader.read(v.nestedBlock(), s, b.layers));

    private MapReader() {
    }

    static MapDef.Builder read(MapfileParser.BlockContext block, ReadSession session) {
        MapDef.Builder b = new MapDef.Builder();
        b.source = Values.positionOf(block);
        KEYWORDS.read(block, b, session);
        return b;
    }

    private static void size(Values v, MapDef.Builder b, ReadSession s) {
        b.width = v.integer(Range.between(1, s.maxSize));
        b.height = v.integer(Range.between(1, s.maxSize));
    }

    /** Four numbers, min &lt; max on both axes (msValidateRect-style check of loadMapInternal / loadLayer). */
    static Extent extent(Values v, String invalid) {
        Token first = null;
        double[] n = new double[4];
        for (int i = 0; i < 4; i++) {
            n[i] = v.number();
            if (i == 0) {
                first = v.keywordToken();
            }
        }
        Extent e = new Extent(n[0], n[1], n[2], n[3]);
        if (!(n[0] < n[2] && n[1] < n[3])) {
            throw new ReadError(first, invalid + " (got " + fmt(n[0]) + " " + fmt(n[1]) + " " + fmt(n[2]) + " "
                    + fmt(n[3]) + ")");
        }
        return e;
    }

    private static String fmt(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    /** DEBUG ON|OFF|0..5 (ON is level 1). */
    static int debug(Values v) {
        int type = v.peekType();
        if (type == org.jmapserv.mapfile.antlr.MapfileLexer.NUMBER) {
            Token t = v.token("a debug level");
            int level = (int) Values.atof(t.getText());
            if (level < 0 || level > 5) {
                throw new ReadError(t, "Invalid DEBUG level, must be between 0 and 5 (got " + t.getText() + ")");
            }
            return level;
        }
        return v.onOff() ? 1 : 0;
    }
}
