package org.jmapserv.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way (ARCHITECTURE.md): each package may import only the project packages listed for it,
 * the model and the expression layer know nothing of I/O, and HTTP knows nothing of maps. Reads the sources, so a
 * forbidden import fails the build with the file and line.
 */
class DependencyDirectionTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)\\s*;");
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;");

    /** Package prefix (most specific first) → project package prefixes it may import besides itself. */
    private static final Map<String, List<String>> ALLOWED = new LinkedHashMap<>();

    static {
        ALLOWED.put("org.jmapserv.mapfile.model.expr", List.of("org.jmapserv.mapfile.SourcePosition",
                "org.jmapserv.mapfile.MessageExcerpt"));
        ALLOWED.put("org.jmapserv.mapfile.model", List.of("org.jmapserv.mapfile.SourcePosition",
                "org.jmapserv.mapfile.model"));
        ALLOWED.put("org.jmapserv.mapfile.source", List.of("org.jmapserv.mapfile.SourcePosition",
                "org.jmapserv.mapfile.Diagnostic", "org.jmapserv.mapfile.MapfileException"));
        ALLOWED.put("org.jmapserv.mapfile.write", List.of("org.jmapserv.mapfile.model",
                "org.jmapserv.mapfile.SourcePosition"));
        ALLOWED.put("org.jmapserv.mapfile.parse", List.of("org.jmapserv.mapfile"));
        ALLOWED.put("org.jmapserv.mapfile.antlr", List.of());
        ALLOWED.put("org.jmapserv.mapfile.expr.antlr", List.of());
        ALLOWED.put("org.jmapserv.mapfile", List.of());
        ALLOWED.put("org.jmapserv.geo", List.of("org.jmapserv.mapfile.model", "org.jmapserv.mapfile.SourcePosition"));
        ALLOWED.put("org.jmapserv.data.contour", List.of("org.jmapserv.data", "org.jmapserv.mapfile.model",
                "org.jmapserv.mapfile.SourcePosition", "org.jmapserv.geo", "org.jmapserv.image"));
        ALLOWED.put("org.jmapserv.data", List.of("org.jmapserv.mapfile.model", "org.jmapserv.mapfile.SourcePosition",
                "org.jmapserv.geo"));
        ALLOWED.put("org.jmapserv.query", List.of("org.jmapserv.mapfile.model", "org.jmapserv.mapfile.SourcePosition",
                "org.jmapserv.mapfile.parse.expr", "org.jmapserv.geo", "org.jmapserv.data",
                "org.jmapserv.render.style.PolygonClipper", "org.jmapserv.render.style.PolylineClipper"));
        ALLOWED.put("org.jmapserv.http", List.of());
        ALLOWED.put("org.jmapserv.ows", List.of("org.jmapserv.mapfile.model", "org.jmapserv.mapfile.SourcePosition"));
        ALLOWED.put("org.jmapserv.image", List.of());
        ALLOWED.put("org.jmapserv.wms.client", List.of("org.jmapserv.mapfile.model", "org.jmapserv.mapfile.SourcePosition",
                "org.jmapserv.geo", "org.jmapserv.http", "org.jmapserv.ows", "org.jmapserv.image"));
        ALLOWED.put("org.jmapserv.render.scanline", List.of());
        ALLOWED.put("org.jmapserv.render", List.of("org.jmapserv.mapfile", "org.jmapserv.geo", "org.jmapserv.data",
                "org.jmapserv.wms.client", "org.jmapserv.http", "org.jmapserv.ows", "org.jmapserv.image"));
        ALLOWED.put("org.jmapserv.server", List.of("org.jmapserv.mapfile", "org.jmapserv.render",
                "org.jmapserv.geo", "org.jmapserv.wms.client", "org.jmapserv.http", "org.jmapserv.ows",
                "org.jmapserv.image", "org.jmapserv.data", "org.jmapserv.query"));
        ALLOWED.put("org.jmapserv.cli", List.of("org.jmapserv"));
    }

    /** Packages that must not touch files, sockets or the servlet API. */
    private static final Map<String, List<String>> NO_IO = Map.of(
            "org.jmapserv.mapfile.model", List.of("java.io.File", "java.nio.file", "java.net", "java.nio.channels"),
            "org.jmapserv.render", List.of("jakarta.servlet", "org.eclipse.jetty", "picocli"),
            "org.jmapserv.http", List.of("jakarta.servlet", "org.eclipse.jetty"));

    @Test
    void everyProjectImportFollowsTheDependencyDirection() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                check(file, violations);
            }
        }
        assertTrue(violations.isEmpty(), "forbidden imports:\n" + String.join("\n", violations));
    }

    private static void check(Path file, List<String> violations) throws IOException {
        List<String> lines = Files.readAllLines(file);
        String pkg = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            Matcher p = PACKAGE.matcher(line);
            if (p.find()) {
                pkg = p.group(1);
                continue;
            }
            Matcher m = IMPORT.matcher(line);
            if (!m.find() || pkg == null) {
                continue;
            }
            String imported = m.group(1);
            String where = SOURCES.relativize(file) + ":" + (i + 1) + ": " + pkg + " imports " + imported;
            if (imported.startsWith("org.jmapserv.") && !allowed(pkg, imported)) {
                violations.add(where);
            }
            for (Map.Entry<String, List<String>> rule : NO_IO.entrySet()) {
                if (within(pkg, rule.getKey()) && rule.getValue().stream().anyMatch(imported::startsWith)) {
                    violations.add(where + " (no I/O or front-end types allowed here)");
                }
            }
        }
    }

    private static boolean allowed(String pkg, String imported) {
        for (Map.Entry<String, List<String>> rule : ALLOWED.entrySet()) {
            if (within(pkg, rule.getKey())) {
                return within(imported, rule.getKey())
                        || rule.getValue().stream().anyMatch(a -> within(imported, a));
            }
        }
        return false;
    }

    private static boolean within(String name, String prefix) {
        return name.equals(prefix) || name.startsWith(prefix + ".");
    }
}
