package org.jmapserv.mapfile.source;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads source files for the mapfile reader (mirrors the fopen calls of msLoadMap, the INCLUDE rule of
 * maplexer.l and loadSymbolSet). Implementations must be safe to call from several threads.
 */
public interface SourceLoader {

    /** Largest file the reader accepts; a bigger one is refused with a clear message, never loaded. */
    long MAX_FILE_BYTES = 64L * 1024 * 1024;

    /** Whether {@code path} (absolute) names a readable regular file. */
    boolean exists(Path path);

    /**
     * Why {@code path} (absolute) cannot be read as a source file, worded to follow "Unable to access file.":
     * {@code null} when {@link #exists} holds. File loaders say whether it is missing, a directory or a FIFO.
     */
    default String problem(Path path) {
        return exists(path) ? null : "does not exist";
    }

    /**
     * The text of {@code path} (absolute).
     *
     * @throws IOException when it cannot be read or exceeds {@link #MAX_FILE_BYTES}; the message says why
     */
    SourceText load(Path path) throws IOException;
}
