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
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(p);
        } catch (IOException | RuntimeException e) {
            throw new TemplateException(function + ": Unable to access file. " + name);
        }
        List<String> lines = lines(new String(bytes, StandardCharsets.UTF_8));
        if (!lines.isEmpty() && !lines.get(0).toLowerCase(Locale.ROOT).contains(MAGIC)) {
            throw new TemplateException("isValidTemplate(): Web application error. Missing magic string, " + name
                    + " doesn't look like a MapServer template.");
        }
        return lines.isEmpty() ? lines : lines.subList(1, lines.size());
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
