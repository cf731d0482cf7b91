package org.jmapserv.mapfile;

/**
 * Where something was read: the file it came from (the INCLUDEd file itself, not the root mapfile),
 * a 1-based line and a 1-based column. MapServer only reports {@code (line N)}; we always carry all three.
 * <p>A position is provenance, not value: every position equals every other, so that two model values that say
 * the same thing are equal wherever they were read from (parse, write, parse again gives an equal model).
 * Compare {@link #file()}, {@link #line()} and {@link #column()} explicitly where the place itself matters.
 */
public record SourcePosition(String file, int line, int column) {

    /** Position for values made in code rather than read from a file. */
    public static final SourcePosition NONE = new SourcePosition("<none>", 0, 0);

    @Override
    public boolean equals(Object other) {
        return other instanceof SourcePosition;
    }

    @Override
    public int hashCode() {
        return 0;
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
