package org.jmapserv.data.ogr;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The code page GDAL's shapefile driver recodes .dbf text from (OGRShapeLayer::ConvertCodePage): the first line of
 * the .cpg ({@code 1252} → CP1252, {@code 8859-1} / {@code 88591} → ISO-8859-1, {@code UTF-8}, {@code ANSI 1251},
 * or a charset name as written), else the .dbf's language-driver byte (LDID, e.g. 87 → ISO-8859-1, 3 → CP1252).
 * MapServer 8.0's own shapefile reader ignores both; through CONNECTIONTYPE OGR, GDAL applies them, so the text
 * MapServer sees is UTF-8. {@code null} when neither names a code page Java knows (GDAL then keeps the bytes).
 */
final class ShapefileCodePage {

    private static final Map<Integer, String> LDID = Map.ofEntries(
            Map.entry(1, "437"), Map.entry(2, "850"), Map.entry(3, "1252"), Map.entry(4, "x-MacRoman"),
            Map.entry(8, "865"), Map.entry(10, "850"), Map.entry(11, "437"), Map.entry(13, "437"),
            Map.entry(14, "850"), Map.entry(15, "437"), Map.entry(16, "850"), Map.entry(17, "437"),
            Map.entry(18, "850"), Map.entry(19, "932"), Map.entry(20, "850"), Map.entry(21, "437"),
            Map.entry(22, "850"), Map.entry(23, "865"), Map.entry(24, "437"), Map.entry(25, "437"),
            Map.entry(26, "850"), Map.entry(27, "437"), Map.entry(28, "863"), Map.entry(29, "850"),
            Map.entry(31, "852"), Map.entry(34, "852"), Map.entry(35, "852"), Map.entry(36, "860"),
            Map.entry(37, "850"), Map.entry(38, "866"), Map.entry(55, "850"), Map.entry(64, "852"),
            Map.entry(77, "936"), Map.entry(78, "949"), Map.entry(79, "950"), Map.entry(80, "874"),
            Map.entry(87, "ISO-8859-1"), Map.entry(88, "1252"), Map.entry(89, "1252"), Map.entry(100, "852"),
            Map.entry(101, "866"), Map.entry(102, "865"), Map.entry(103, "861"), Map.entry(104, "895"),
            Map.entry(105, "620"), Map.entry(106, "737"), Map.entry(107, "857"), Map.entry(108, "863"),
            Map.entry(120, "950"), Map.entry(121, "949"), Map.entry(122, "936"), Map.entry(123, "932"),
            Map.entry(124, "874"), Map.entry(134, "737"), Map.entry(135, "852"), Map.entry(136, "857"),
            Map.entry(150, "x-MacGreek"), Map.entry(151, "x-MacCentralEurope"), Map.entry(200, "1250"),
            Map.entry(201, "1251"), Map.entry(202, "1254"), Map.entry(203, "1253"), Map.entry(204, "1257"));

    private ShapefileCodePage() {
    }

    /** The charset name to decode {@code shp}'s .dbf text from, or {@code null} to keep its bytes. */
    static String of(Path shp) {
        String stem = shp.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        Path dir = shp.toAbsolutePath().getParent();
        for (String ext : new String[] {".cpg", ".CPG"}) {
            Path cpg = dir.resolve(stem + ext);
            if (Files.isRegularFile(cpg)) {
                try {
                    String text = new String(Files.readAllBytes(cpg), StandardCharsets.ISO_8859_1);
                    int end = text.length();
                    for (int i = 0; i < text.length(); i++) {
                        if (text.charAt(i) == '\r' || text.charAt(i) == '\n') {
                            end = i;
                            break;
                        }
                    }
                    return known(fromCpg(text.substring(0, Math.min(end, 31)).trim()));
                } catch (IOException e) {
                    return null;
                }
            }
        }
        for (String ext : new String[] {".dbf", ".DBF"}) {
            Path dbf = dir.resolve(stem + ext);
            if (Files.isRegularFile(dbf)) {
                try (InputStream in = Files.newInputStream(dbf)) {
                    byte[] head = in.readNBytes(30);
                    int ldid = head.length == 30 ? head[29] & 0xFF : 0;
                    String cp = LDID.get(ldid);
                    return cp == null ? null : known(cp.matches("\\d+") ? "CP" + cp : cp);
                } catch (IOException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /** GetEncodingFromCPG. */
    private static String fromCpg(String cpg) {
        String digits = cpg.replaceFirst("^(\\d*).*$", "$1");
        int n = digits.isEmpty() ? 0 : Integer.parseInt(digits.length() > 6 ? "0" : digits);
        String upper = cpg.toUpperCase(Locale.ROOT);
        if ((n >= 437 && n <= 950) || (n >= 1250 && n <= 1258)) {
            return "CP" + n;
        }
        if (upper.startsWith("8859")) {
            return "ISO-8859-" + cpg.substring(cpg.length() > 4 && cpg.charAt(4) == '-' ? 5 : 4);
        }
        if (upper.startsWith("UTF-8") || upper.startsWith("UTF8")) {
            return "UTF-8";
        }
        if (upper.startsWith("ANSI 1251")) {
            return "CP1251";
        }
        return cpg;
    }

    private static String known(String name) {
        if (name == null || name.isEmpty()) {
            return null;
        }
        try {
            return Charset.isSupported(name) ? name : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
