package org.jmapserv.mapfile.parse;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.jmapserv.mapfile.MessageExcerpt;
import org.jmapserv.mapfile.source.SourceLoader;

/**
 * A file name written in a mapfile (INCLUDE, FONTSET, SYMBOLSET) resolved against the mapfile's directory, and
 * why it cannot be read. MapServer hands the C string to fopen, which stops at a NUL byte; Java refuses such a
 * path outright, so we report it as the unreadable path it is instead of letting InvalidPathException escape.
 */
record FilePathText(Path resolved, String problem) {

    static FilePathText resolve(SourceLoader loader, Path mapPath, String written) {
        if (written.indexOf('\0') >= 0) {
            return new FilePathText(null, "holds a NUL byte");
        }
        try {
            Path p = mapPath.resolve(written).normalize();
            return new FilePathText(p, loader.problem(p));
        } catch (InvalidPathException e) {
            return new FilePathText(null, "is not a valid path (" + e.getReason() + ")");
        }
    }

    /** The written name for a message: NUL shown as \0, and cut short. */
    static String shown(String written) {
        return MessageExcerpt.of(written.replace("\0", "\\0"));
    }

    /** "(/abs/path does not exist)", or "(the path holds a NUL byte)" when it could not be resolved. */
    String because() {
        return resolved == null ? "(the path " + problem + ")" : "(" + resolved + " " + problem + ")";
    }
}
