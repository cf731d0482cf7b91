package org.jmapserv.query.template;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads template files under MapServer 8.0's rules (msReturnPage, isValidTemplate, processIncludeTag): the name
 * must end in .xml, .wml, .html, .htm, .svg, .kml, .gml, .js or .tmpl (MS_TEMPLATE_EXPR, case-insensitive; not
 * checked for [include]), it is resolved against the mapfile's directory (msBuildPath), and its first line must
 * contain "MapServer Template" — the line that keeps arbitrary files (say /etc/passwd through an [include]) from
 * ever being echoed. The first line is never output. Lines keep their newlines, as fgets gives them.
 */
public final class TemplateFiles {

    private static final Pattern TEMPLATE_EXPR = Pattern.compile("\\.(xml|wml|html|htm|svg|kml|gml|js|tmpl)$",
            Pattern.CASE_INSENSITIVE);
    private static final String MAGIC = "mapserver template";

    private final Path mapDir;

    public TemplateFiles(Path mapDir) {
        this.mapDir = mapDir;
    }

    /** A page template (WEB/LAYER/CLASS TEMPLATE, HEADER, FOOTER): name checked, then read. */
    public List<String> page(String name) throws TemplateException {
        if (name == null) {
            throw new TemplateException("msReturnPage(): Web application error. No template specified");
        }
        if (!TEMPLATE_EXPR.matcher(name).find()) {
            throw new TemplateException("msReturnPage(): Web application error. Malformed template name (" + name
                    + ").");
        }
        return read(name, "msReturnPage()");
    }

    /** An [include src=...] file: resolved and checked for the magic line like any template. */
    public List<String> include(String name) throws TemplateException {
        return read(name, "processIncludeTag()");
    }

    private List<String> read(String name, String function) throws TemplateException {
        Path p = mapDir == null ? Path.of(name) : mapDir.resolve(name);
        List<String> lines;
        try {
            lines = cached(p);
        } catch (IOException | RuntimeException e) {
            throw new TemplateException(function + ": Unable to access file. " + name);
        }
        if (!lines.isEmpty() && !lines.get(0).toLowerCase(Locale.ROOT).contains(MAGIC)) {
            throw new TemplateException("isValidTemplate(): Web application error. Missing magic string, " + name
                    + " doesn't look like a MapServer template.");
        }
        return lines.isEmpty() ? lines : lines.subList(1, lines.size());
    }

    private static final java.util.concurrent.ConcurrentHashMap<Path, Cached> CACHE =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** A template's lines and the size and modification time they were read at. */
    private record Cached(long size, long modified, List<String> lines) {
    }

    /** The file's lines, read again only when its size or modification time changed. */
    private static List<String> cached(Path p) throws IOException {
        var attrs = Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class);
        Path key = p.toAbsolutePath().normalize();
        Cached c = CACHE.get(key);
        long modified = attrs.lastModifiedTime().toMillis();
        if (c == null || c.size() != attrs.size() || c.modified() != modified) {
            if (CACHE.size() > 1024) {
                CACHE.clear();
            }
            c = new Cached(attrs.size(), modified, List.copyOf(lines(new String(Files.readAllBytes(p),
                    StandardCharsets.UTF_8))));
            CACHE.put(key, c);
        }
        return c.lines();
    }

    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                out.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            out.add(text.substring(start));
        }
        return out;
    }
}
