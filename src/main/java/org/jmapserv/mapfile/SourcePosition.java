package org.jmapserv.mapfile;

/**
 * Where something was read: the file it came from (the INCLUDEd file itself, not the root mapfile),
 * a 1-based line and a 1-based column. MapServer only reports {@code (line N)}; we always carry all three.
 */
public record SourcePosition(String file, int line, int column) {

    /** Position for values made in code rather than read from a file. */
    public static final SourcePosition NONE = new SourcePosition("<none>", 0, 0);

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
