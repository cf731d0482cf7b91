package org.jmapserv.mapfile.parse;

import org.jmapserv.mapfile.antlr.MapfileParser;
import org.jmapserv.mapfile.model.WebDef;

/**
 * Reads the WEB block (mirrors loadWeb, mapfile.c). Unlike LAYER and CLASS, 8.0's loadWeb has no
 * MINSCALE/MAXSCALE spellings: only MINSCALEDENOM/MAXSCALEDENOM.
 */
final class WebReader {
    private static final KeywordHandlers<WebDef.Builder> KEYWORDS = new KeywordHandlers<WebDef.Builder>("WEB")
            .on("METADATA", (v, b, s) -> b.metadata = HashReader.read(v.nestedBlock(), b.metadata))
            .on("VALIDATION", (v, b, s) -> b.validation = HashReader.read(v.nestedBlock(), b.validation))
            .on("IMAGEPATH", (v, b, s) -> b.imagePath = v.string())
            .on("IMAGEURL", (v, b, s) -> b.imageUrl = v.string())
            .on("TEMPPATH", (v, b, s) -> b.tempPath = v.string())
            .on("TEMPLATE", (v, b, s) -> b.template = v.string())
            .on("HEADER", (v, b, s) -> b.header = v.string())
            .on("FOOTER", (v, b, s) -> b.footer = v.string())
            .on("MINTEMPLATE", (v, b, s) -> b.minTemplate = v.string())
            .on("MAXTEMPLATE", (v, b, s) -> b.maxTemplate = v.string())
            .on("ERROR", (v, b, s) -> b.error = v.string())
            .on("EMPTY", (v, b, s) -> b.empty = v.string())
            .on("MINSCALEDENOM", (v, b, s) -> b.minScaleDenom = v.number(Range.atLeast(0)))
            .on("MAXSCALEDENOM", (v, b, s) -> b.maxScaleDenom = v.number(Range.atLeast(0)))
            .on("QUERYFORMAT", (v, b, s) -> b.queryFormat = v.string())
            .on("LEGENDFORMAT", (v, b, s) -> b.legendFormat = v.string())
            .on("BROWSEFORMAT", (v, b, s) -> b.browseFormat = v.string());

    private WebReader() {
    }

    static WebDef read(MapfileParser.BlockContext block, ReadSession session) {
        WebDef.Builder b = new WebDef.Builder();
        b.source = Values.positionOf(block);
        KEYWORDS.read(block, b, session);
        return b.build();
    }
}
