package org.jmapserv.data.shapefile;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * How {@link ShapefileWriter} encodes .dbf text: the charset, the .cpg file content to write (or
 * {@code null} for none) and the language driver id for header byte 29 (0 = none).
 */
public record DbfTextOptions(Charset charset, String cpg, int ldid) {

    /** ISO-8859-1, no .cpg, no LDID (the reader keeps such bytes raw unless the layer has ENCODING). */
    public static DbfTextOptions latin1() {
        return new DbfTextOptions(StandardCharsets.ISO_8859_1, null, 0);
    }

    /** UTF-8 declared by a {@code UTF-8} .cpg file. */
    public static DbfTextOptions utf8WithCpg() {
        return new DbfTextOptions(StandardCharsets.UTF_8, "UTF-8", 0);
    }
}
