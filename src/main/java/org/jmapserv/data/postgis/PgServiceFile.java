package org.jmapserv.data.postgis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Looks up {@code service=name} as libpq's parseServiceInfo does: first the user file ({@code PGSERVICEFILE}, else
 * {@code ~/.pg_service.conf}), then the system file ({@code PGSYSCONFDIR/pg_service.conf}, else Debian's
 * {@code /etc/postgresql-common/pg_service.conf}). The first file with a {@code [name]} section wins; its
 * {@code keyword=value} lines (no quoting, {@code #} comments) fill keywords the connection string left unset.
 */
final class PgServiceFile {

    static final Path DEBIAN_SYSCONFDIR = Path.of("/etc/postgresql-common");

    private PgServiceFile() {
    }

    /** The section's keywords, or null when no file defines the service. */
    static Map<String, String> lookup(String service, Map<String, String> env, Path home) {
        for (Path file : candidates(env, home)) {
            Map<String, String> section = read(file, service);
            if (section != null) {
                return section;
            }
        }
        return null;
    }

    static List<Path> candidates(Map<String, String> env, Path home) {
        Path user = env.get("PGSERVICEFILE") != null ? Path.of(env.get("PGSERVICEFILE"))
                : home == null ? null : home.resolve(".pg_service.conf");
        Path sys = (env.get("PGSYSCONFDIR") != null ? Path.of(env.get("PGSYSCONFDIR")) : DEBIAN_SYSCONFDIR)
                .resolve("pg_service.conf");
        return user == null ? List.of(sys) : List.of(user, sys);
    }

    private static Map<String, String> read(Path file, String service) {
        List<String> lines;
        try {
            if (!Files.isRegularFile(file)) {
                return null;
            }
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
        Map<String, String> out = null;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[")) {
                if (out != null) {
                    return out; // the next section ends ours
                }
                int end = line.indexOf(']');
                if (end > 0 && line.substring(1, end).equals(service)) {
                    out = new LinkedHashMap<>();
                }
                continue;
            }
            int eq = line.indexOf('=');
            if (out != null && eq > 0) {
                out.putIfAbsent(line.substring(0, eq).strip().toLowerCase(Locale.ROOT), line.substring(eq + 1).strip());
            }
        }
        return out;
    }
}
