package org.jmapserv.data.shapefile;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.jmapserv.data.DataSourceException;

/**
 * Chooses the character set of a .dbf file's text, in this order:
 * <ol>
 * <li>the layer's ENCODING, when given (MapServer hands it to iconv);</li>
 * <li>the {@code .cpg} file, parsed the way GDAL and MapServer ≥ 8.4 do (code page numbers such as
 * {@code 1252}, {@code 8859_1}, {@code ANSI 1252}, {@code UTF-8}, or any Java charset name);</li>
 * <li>the language driver id (LDID, header byte 29) for the common code pages (GDAL's table);</li>
 * <li>ISO-8859-1, which never fails and keeps every byte.</li>
 * </ol>
 * MapServer 8.0 itself only honours ENCODING and otherwise passes bytes through; steps 2–3 make files
 * that declare their encoding come out right without a mapfile change. An ENCODING or .cpg value that
 * names no known charset is an error rather than a silent guess.
 */
public final class DbfEncoding {

    private DbfEncoding() {
    }

    /** Resolves the charset; {@code explicit} and {@code cpg} may be {@code null}. */
    public static Charset resolve(String explicit, Path cpg, int ldid, Path dbf) {
        if (explicit != null && !explicit.isBlank()) {
            Charset cs = lookup(explicit.trim());
            if (cs == null) {
                throw new DataSourceException("Attribute file " + dbf + ": ENCODING \"" + explicit
                        + "\" is not a known character set");
            }
            return cs;
        }
        if (cpg != null) {
            String value = readCpg(cpg);
            if (!value.isEmpty()) {
                Charset cs = fromCpg(value);
                if (cs == null) {
                    throw new DataSourceException("Code page file " + cpg + " names unknown encoding \"" + value
                            + "\"; fix the file or set the layer's ENCODING");
                }
                return cs;
            }
        }
        Charset fromLdid = fromLdid(ldid);
        return fromLdid != null ? fromLdid : StandardCharsets.ISO_8859_1;
    }

    private static String readCpg(Path cpg) {
        try {
            return new String(Files.readAllBytes(cpg), StandardCharsets.ISO_8859_1).trim();
        } catch (IOException e) {
            throw new DataSourceException("Cannot read code page file " + cpg + ": " + e.getMessage(), e);
        }
    }

    /** Parses a .cpg value as ogrshapelayer.cpp's ConvertCodePage does, then tries it as a charset name. */
    static Charset fromCpg(String raw) {
        String v = raw.toUpperCase(Locale.ROOT).trim();
        if (v.equals("UTF8") || v.equals("UTF-8")) {
            return StandardCharsets.UTF_8;
        }
        String compact = v.replace(" ", "");
        if (compact.startsWith("ANSI")) {
            compact = compact.substring(4);
        } else if (compact.startsWith("OEM")) {
            compact = compact.substring(3);
        } else if (compact.startsWith("ISO")) {
            compact = compact.substring(3).replaceFirst("^[-_]", "");
        }
        if (compact.startsWith("8859")) {
            String part = compact.substring(4).replaceFirst("^[-_]", "");
            return part.matches("\\d{1,2}") ? lookup("ISO-8859-" + part) : null;
        }
        if (compact.matches("\\d+")) {
            return codePage(Integer.parseInt(compact));
        }
        return lookup(raw.trim());
    }

    /** A Windows/DOS code page number as a charset. */
    static Charset codePage(int number) {
        if (number == 65001) {
            return StandardCharsets.UTF_8;
        }
        for (String name : new String[] {"windows-" + number, "x-windows-" + number, "IBM" + number,
                                         "x-IBM" + number, "CP" + number, "x-mswin-" + number}) {
            Charset cs = lookup(name);
            if (cs != null) {
                return cs;
            }
        }
        return null;
    }

    /** The charset of a dBASE language driver id, or {@code null} for 0 and unknown ids. */
    static Charset fromLdid(int ldid) {
        int cp = switch (ldid) {
            case 0x01, 0x09, 0x0B, 0x0D, 0x0F, 0x11, 0x15, 0x18, 0x19, 0x1B -> 437;
            case 0x02, 0x0A, 0x0E, 0x10, 0x12, 0x14, 0x16, 0x1A, 0x1D, 0x25, 0x37 -> 850;
            case 0x03, 0x57, 0x58, 0x59 -> 1252;
            case 0x08, 0x17, 0x66 -> 865;
            case 0x13, 0x7B -> 932;
            case 0x1C -> 863;
            case 0x1F, 0x22, 0x23, 0x40, 0x64, 0x87 -> 852;
            case 0x24 -> 860;
            case 0x26, 0x65 -> 866;
            case 0x4D, 0x7A -> 936;
            case 0x4E, 0x79 -> 949;
            case 0x4F, 0x78 -> 950;
            case 0x50, 0x7C -> 874;
            case 0x67 -> 861;
            case 0x6A, 0x86 -> 737;
            case 0x6B, 0x88 -> 857;
            case 0xC8 -> 1250;
            case 0xC9 -> 1251;
            case 0xCA -> 1254;
            case 0xCB -> 1253;
            case 0xCC -> 1257;
            default -> 0;
        };
        return cp == 0 ? null : codePage(cp);
    }

    private static Charset lookup(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
