package org.jmapserv.mapfile.parse;

import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.Token;
import org.jmapserv.mapfile.antlr.MapfileLexer;
import org.jmapserv.mapfile.antlr.MapfileParser;
import org.jmapserv.mapfile.model.ProjectionDef;

/**
 * Reads a PROJECTION or LATLON block: its strings verbatim (mirrors loadProjection, mapfile.c; at most 20
 * arguments, AUTO allowed).
 */
final class ProjectionReader {
    static final int MAX_ARGS = 20;

    private ProjectionReader() {
    }

    /** A second PROJECTION in one object fails as in loadProjection: "Projection is already initialized". */
    static ProjectionDef readOnce(Values v, ProjectionDef current) {
        if (!current.isEmpty()) {
            throw new ReadError(v.keywordToken(), "Projection is already initialized: a second PROJECTION block in "
                    + v.blockName());
        }
        return read(v.nestedBlock());
    }

    static ProjectionDef read(MapfileParser.BlockContext block) {
        Values v = new Values(block);
        List<String> args = new ArrayList<>();
        for (Token t : v.remainingTokens()) {
            String s = Values.stringOf(t);
            if (s == null && t.getType() == MapfileLexer.WORD && t.getText().equalsIgnoreCase("auto")) {
                s = "AUTO";
            }
            if (s == null) {
                throw v.fail(t, "PROJECTION expects quoted PROJ arguments such as \"init=epsg:4326\"");
            }
            if (args.size() == MAX_ARGS) {
                throw new ReadError(block.BLOCK().getSymbol(), "Too many arguments in projection string (MapServer allows " + MAX_ARGS + ")");
            }
            args.add(s);
        }
        return new ProjectionDef(args, v.position());
    }
}
