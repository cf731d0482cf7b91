package org.jmapserv.render.font;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A FONTSET file as msLoadFontSet (mapfontset.c) reads it: one {@code alias path} pair per line, {@code #}
 * comments, paths relative to the fontset file's directory. Aliases match case-sensitively in MapServer; we
 * also accept a case-insensitive match as a fallback.
 */
public final class FontSet {

    private final Path file;
    private final Map<String, Path> fonts;

    private FontSet(Path file, Map<String, Path> fonts) {
        this.file = file;
        // file order matters: MapServer's default label font is the fontset's first entry
        this.fonts = Collections.unmodifiableMap(new LinkedHashMap<>(fonts));
    }

    public static FontSet empty() {
        return new FontSet(null, Map.of());
    }

    public static FontSet load(Path file) throws FontException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new FontException("msLoadFontSet(): Unable to access file. Error opening fontset " + file + ".");
        }
        Map<String, Path> map = new LinkedHashMap<>();
        Path dir = file.toAbsolutePath().getParent();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+", 2);
            if (parts.length == 2) {
                Path p = Path.of(parts[1].strip());
                map.put(parts[0], p.isAbsolute() ? p : dir.resolve(p));
            }
        }
        return new FontSet(file, map);
    }

    public Path file() {
        return file;
    }

    /** The font file for {@code alias}, or {@code null}. */
    public Path path(String alias) {
        Path p = fonts.get(alias);
        if (p != null) {
            return p;
        }
        for (Map.Entry<String, Path> e : fonts.entrySet()) {
            if (e.getKey().toLowerCase(Locale.ROOT).equals(alias.toLowerCase(Locale.ROOT))) {
                return e.getValue();
            }
        }
        return null;
    }

    /** The first alias in the file, used when a label names no FONT. */
    public String firstAlias() {
        return fonts.isEmpty() ? null : fonts.keySet().iterator().next();
    }
}
