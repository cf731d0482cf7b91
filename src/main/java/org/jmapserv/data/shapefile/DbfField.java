package org.jmapserv.data.shapefile;

/**
 * One dBASE field descriptor: name (up to 11 characters; writers use 10), type letter (C, N, F, L, D, M, ...), width and
 * decimals, and its byte offset within a record (the deletion flag is byte 0). For writing, the offset is
 * ignored; use {@link #character} and {@link #numeric}.
 */
public record DbfField(String name, char type, int length, int decimals, int offset) {

    public DbfField {
        if (name == null || name.isEmpty() || name.length() > 11) {
            throw new IllegalArgumentException("dBASE field names have 1 to 11 characters: " + name);
        }
        if (length < 1 || length > 254 && type != 'C') {
            throw new IllegalArgumentException("bad width " + length + " for field " + name);
        }
    }

    /** A text field of {@code length} bytes. */
    public static DbfField character(String name, int length) {
        return new DbfField(name, 'C', length, 0, 0);
    }

    /** A numeric field of {@code length} characters with {@code decimals} after the point. */
    public static DbfField numeric(String name, int length, int decimals) {
        return new DbfField(name, 'N', length, decimals, 0);
    }

    /** Whether MapServer trims leading blanks and maps null markers to "0" for this type (N, F, D). */
    boolean numericLike() {
        return type == 'N' || type == 'F' || type == 'D';
    }
}
