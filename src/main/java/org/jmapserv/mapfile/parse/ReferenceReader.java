package org.jmapserv.mapfile.parse;

import org.jmapserv.mapfile.antlr.MapfileLexer;
import org.jmapserv.mapfile.antlr.MapfileParser;
import org.jmapserv.mapfile.model.ReferenceDef;
import org.jmapserv.mapfile.model.Status;

/** Reads the REFERENCE block (mirrors loadReferenceMap, mapfile.c): IMAGE and SIZE are required at END. */
final class ReferenceReader {
    private static final KeywordHandlers<ReferenceDef.Builder> KEYWORDS =
            new KeywordHandlers<ReferenceDef.Builder>("REFERENCE")
            .on("IMAGE", (v, b, s) -> b.image = v.string())
            .on("SIZE", (v, b, s) -> {
                b.width = v.integer(Range.between(5, s.maxSize));
                b.height = v.integer(Range.between(5, s.maxSize));
            })
            .on("EXTENT", (v, b, s) -> b.extent = MapReader.extent(v, "Given reference extent is invalid."))
            .on("STATUS", (v, b, s) -> b.status = v.onOff() ? Status.ON : Status.OFF)
            .on("COLOR", (v, b, s) -> b.color = v.color())
            .on("OUTLINECOLOR", (v, b, s) -> b.outlineColor = v.color())
            .on("MARKER", (v, b, s) -> {
                if (v.peekType() == MapfileLexer.NUMBER) {
                    b.marker = v.integer(Range.atLeast(0));
                } else {
                    b.markerName = v.string();
                }
            })
            .on("MARKERSIZE", (v, b, s) -> b.markerSize = v.integer(Range.atLeast(0)))
            .on("MINBOXSIZE", (v, b, s) -> b.minBoxSize = v.integer(Range.atLeast(0)))
            .on("MAXBOXSIZE", (v, b, s) -> b.maxBoxSize = v.integer(Range.atLeast(0)));

    private ReferenceReader() {
    }

    static ReferenceDef read(MapfileParser.BlockContext block, ReadSession session) {
        ReferenceDef.Builder b = new ReferenceDef.Builder();
        b.source = Values.positionOf(block);
        if (KEYWORDS.read(block, b, session)) {
            // loadReferenceMap checks these at END whatever the STATUS
            if (b.image == null) {
                session.problems().at(block.END().getSymbol(), "No image defined for the reference map.");
            } else if (b.width == 0 || b.height == 0) {
                session.problems().at(block.END().getSymbol(), "No image size defined for the reference map.");
            }
        }
        return b.build();
    }
}
