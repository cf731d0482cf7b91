package org.jmapserv.mapfile.parse;

import java.nio.file.Path;

import org.jmapserv.mapfile.source.SourceLoader;

/**
 * State of one read shared by the block readers: where problems go, how files are opened, the mapfile's
 * directory, and MAXSIZE as in force at the current point (MAP SIZE is checked against it, as in loadMapInternal).
 */
final class ReadSession {
    private final Problems problems;
    private final SourceLoader loader;
    private final Path mapPath;
    int maxSize = 4096;
    /** Where IMAGETYPE, FONTSET and SYMBOLSET were given, for the checks msLoadMap runs at the MAP's END. */
    org.antlr.v4.runtime.Token imageTypeAt;
    org.antlr.v4.runtime.Token fontSetAt;
    org.antlr.v4.runtime.Token symbolSetAt;

    ReadSession(Problems problems, SourceLoader loader, Path mapPath) {
        this.problems = problems;
        this.loader = loader;
        this.mapPath = mapPath;
    }

    Problems problems() {
        return problems;
    }

    SourceLoader loader() {
        return loader;
    }

    Path mapPath() {
        return mapPath;
    }
}
