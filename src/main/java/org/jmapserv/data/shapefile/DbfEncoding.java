package org.jmapserv.data.shapefile;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jmapserv.data.DataSourceException;
import org.jmapserv.data.RawText;

/**
 * How .dbf text becomes attribute values, as MapServer 8.0 does it (msLayerEncodeShapeAttributes /
 * msGetEncodedString, mapstring.c). Without a layer ENCODING the file's bytes are used as they are and read as
 * UTF-8 downstream ({@link RawText}); the {@code .cpg} file and the language driver byte are ignored, as in 8.0
 * (probed: a latin1 .dbf with a {@code ISO-8859-1} .cpg does not match a UTF-8 EXPRESSION). With ENCODING the
 * text is converted from that charset; {@code UTF-8} is passed through, and a value the charset cannot decode
 * keeps its bytes (8.0 keeps the unconverted value when iconv fails). An ENCODING that names no known charset
 * is an error, as msGetEncodedString's "Encoding not supported by libiconv".
 */
public final class DbfEncoding {

    private final Charset charset;

    private DbfEncoding(Charset charset) {
        this.charset = charset;
    }

    /** The layer's ENCODING (may be {@code null}) for {@code dbf}. */
    public static DbfEncoding of(String explicit, Path dbf) {
        if (explicit == null || explicit.isBlank()) {
            return new DbfEncoding(null);
        }
        Charset cs = lookup(explicit.trim());
        if (cs == null) {
            throw new DataSourceException("Attribute file " + dbf + ": ENCODING \"" + explicit
                    + "\" is not a known character set (msGetEncodedString(): Encoding not supported by libiconv ("
                    + explicit + "))");
        }
        return new DbfEncoding(cs.equals(StandardCharsets.UTF_8) ? null : cs);
    }

    /** The charset text is converted from, or {@code null} when the bytes are kept as they are. */
    public Charset charset() {
        return charset;
    }

    /** The value of the bytes {@code [start, end)}. */
    public String decode(byte[] bytes, int start, int end) {
        if (charset != null) {
            try {
                return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes, start, end - start)).toString();
            } catch (CharacterCodingException e) {
                // 8.0 keeps the unconverted value when iconv fails (probed with ENCODING "ASCII" on latin1)
            }
        }
        return RawText.decode(bytes, start, end);
    }

    private static Charset lookup(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
