package org.jmapserv.mapfile.parse;

import java.util.Arrays;

import org.jmapserv.mapfile.antlr.MapfileParser;
import org.jmapserv.mapfile.model.FeatureDef;

/**
 * Reads an inline FEATURE (mirrors loadFeature, mapfile.c): each POINTS block is one part, WKT replaces the
 * shape, ITEMS holds attribute values separated by ';' (empty values kept).
 */
final class FeatureReader {
    private static final KeywordHandlers<FeatureDef.Builder> KEYWORDS =
            new KeywordHandlers<FeatureDef.Builder>("FEATURE")
            .on("POINTS", (v, b, s) -> b.parts.add(PointsReader.vertices(v.nestedBlock())))
            .on("WKT", (v, b, s) -> b.wkt = v.string())
            .on("ITEMS", (v, b, s) -> b.items = new java.util.ArrayList<>(Arrays.asList(v.string().split(";", -1))))
            .on("TEXT", (v, b, s) -> b.text = v.string());

    private FeatureReader() {
    }

    static FeatureDef read(MapfileParser.BlockContext block, ReadSession session) {
        FeatureDef.Builder b = new FeatureDef.Builder();
        b.source = Values.positionOf(block);
        KEYWORDS.read(block, b, session);
        return b.build();
    }
}
