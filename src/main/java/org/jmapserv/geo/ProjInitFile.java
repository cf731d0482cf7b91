package org.jmapserv.geo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A PROJ init file named by path, as in {@code init=./data/epsg2:42304}: lines {@code <code> +param ... <>},
 * {@code #} comments. Like PROJ under Debian's MapServer 8.0, a relative path is taken from the working directory
 * (probed: map2img finds {@code ./data/epsg2} only when run from the directory that holds it).
 */
final class ProjInitFile {

    private static final long MAX_BYTES = 16L * 1024 * 1024;

    private ProjInitFile() {
    }

    /** Whether {@code file} (the part before ':') names a path rather than one of proj4j's bundled files. */
    static boolean isPath(String file) {
        return file.indexOf('/') >= 0;
    }

    /** The parameters of {@code code} in {@code file}; throws ProjectionException when absent or unreadable. */
    static List<String> parameters(String file, String code, String text) {
        Path path;
        try {
            path = Path.of(file);
        } catch (InvalidPathException e) {
            throw new ProjectionException("unknown projection '" + text + "': bad init file name");
        }
        String content;
        try {
            if (!Files.isRegularFile(path) || Files.size(path) > MAX_BYTES) {
                throw new ProjectionException("unknown projection '" + text + "': init file " + file
                        + " not found or not a regular file");
            }
            content = Files.readString(path, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new ProjectionException("unknown projection '" + text + "': cannot read init file " + file);
        }
        String wanted = "<" + code + ">";
        for (String line : content.split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#") || !l.startsWith(wanted)) {
                continue;
            }
            String body = l.substring(wanted.length());
            int end = body.lastIndexOf("<>");
            if (end >= 0) {
                body = body.substring(0, end);
            }
            List<String> params = new ArrayList<>();
            for (String p : Arrays.asList(body.strip().split("\\s+"))) {
                if (!p.isEmpty() && !p.equals("+no_defs") && !p.equals("no_defs")) {
                    params.add(p.startsWith("+") ? p : "+" + p);
                }
            }
            return params;
        }
        throw new ProjectionException("unknown projection '" + text + "': no <" + code + "> in init file " + file);
    }
}
