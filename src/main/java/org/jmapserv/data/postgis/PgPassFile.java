package org.jmapserv.data.postgis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The password file as libpq's passwordFromFile reads it: {@code PGPASSFILE}, else {@code ~/.pgpass}; lines
 * {@code host:port:database:username:password}, {@code *} matching anything, {@code \:} and {@code \\} escaped; the
 * first matching line wins. Like libpq, a file readable by group or others is ignored (its password is not used).
 */
final class PgPassFile {

    private PgPassFile() {
    }

    static Path locate(java.util.Map<String, String> env, Path home) {
        if (env.get("PGPASSFILE") != null) {
            return Path.of(env.get("PGPASSFILE"));
        }
        return home == null ? null : home.resolve(".pgpass");
    }

    /** The password for these settings, or null when the file is absent, too open, or has no matching line. */
    static String lookup(Path file, String host, String port, String dbname, String user) {
        if (file == null || !Files.isRegularFile(file) || tooOpen(file)) {
            return null;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
        String[] want = {host, port, dbname, user};
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> f = fields(line);
            if (f.size() < 5) {
                continue;
            }
            boolean match = true;
            for (int i = 0; i < 4 && match; i++) {
                match = f.get(i).equals("*") || f.get(i).equals(want[i]);
            }
            if (match) {
                return f.get(4);
            }
        }
        return null;
    }

    private static boolean tooOpen(Path file) {
        try {
            Set<PosixFilePermission> p = Files.getPosixFilePermissions(file);
            return p.contains(PosixFilePermission.GROUP_READ) || p.contains(PosixFilePermission.OTHERS_READ)
                    || p.contains(PosixFilePermission.GROUP_WRITE) || p.contains(PosixFilePermission.OTHERS_WRITE);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** Splits on unescaped ':'; the fifth field takes the rest of the line. */
    private static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                cur.append(line.charAt(++i));
            } else if (c == ':' && out.size() < 4) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
