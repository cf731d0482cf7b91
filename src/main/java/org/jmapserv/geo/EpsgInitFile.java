package org.jmapserv.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.locationtech.proj4j.io.Proj4FileReader;

/**
 * Whether proj4j's copy of PROJ's {@code epsg} init file defines a numeric code: the existence half of
 * {@code init=epsg:n} (get_init in PROJ 4's pj_init.c, which msProcessProjection reaches through pj_init). Every
 * definition in that file is one line starting with {@code <n>}, so a line-prefix scan that stops at the code
 * answers what proj4j's {@link Proj4FileReader#getParameters} would, without its character-by-character
 * {@code StreamTokenizer}: in a one-shot map2img that tokenizer ran cold over every line before the code (12 ms
 * of CPU for EPSG:4326 near the top of the file, 27 ms for EPSG:3857, more for UTM zones near its end). Answers
 * are cached per code; thread-safe.
 */
final class EpsgInitFile {

    /** The resource proj4j reads for {@code EPSG:n} ({@code readParametersFromFile("EPSG", n)}). */
    static final String RESOURCE = "proj4/nad/epsg";

    private static final Map<String, Boolean> KNOWN = new ConcurrentHashMap<>();

    private EpsgInitFile() {
    }

    /** True for a code of digits only, the only form {@link #defines} answers; others go to proj4j itself. */
    static boolean isNumeric(String code) {
        if (code.isEmpty()) {
            return false;
        }
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Whether the file has a definition for {@code code} (digits only, see {@link #isNumeric}). */
    static boolean defines(String code) {
        return KNOWN.computeIfAbsent(code, EpsgInitFile::scan);
    }

    private static boolean scan(String code) {
        String prefix = "<" + code + ">";
        InputStream in = Proj4FileReader.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("Unable to access CRS file: " + RESOURCE);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith(prefix)) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
