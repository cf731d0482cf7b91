package org.jmapserv.mapfile.source;

import java.nio.file.Path;

/**
 * The decoded text of one source file. {@code name} is what diagnostics print (the path as the user or the
 * INCLUDE gave it, made absolute); {@code path} is the normalised absolute path, used to detect include cycles.
 */
public record SourceText(String name, Path path, String text) {
}
