package org.jmapserv.http.settings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the rc file as netCDF-C documents it. The search order, first existing file wins and is
 * the only one read:
 * <ol>
 * <li>{@code $NCRCENV_RC}, then {@code $DAPRCFILE}: a full file path (newer netCDF-C renamed the
 * variable; both are honoured);</li>
 * <li>the working directory: {@code .ncrc}, {@code .daprc}, {@code .dodsrc};</li>
 * <li>the home directory ({@code $NCRCENV_HOME}, else {@code $HOME}, else the injected home):
 * {@code .ncrc}, {@code .daprc}, {@code .dodsrc}.</li>
 * </ol>
 * netCDF-C 4.8 and later merge every file found (home before working directory, later entries
 * overriding earlier ones); we keep the documented first-found rule so one file decides, which
 * is easier to reason about for secrets. The environment is injected, never the process's, so
 * tests and servlets stay isolated.
 */
public final class RcFileLocator {
    /** File names tried in each directory, in order. */
    public static final List<String> NAMES = List.of(".ncrc", ".daprc", ".dodsrc");

    private RcFileLocator() {
    }

    public static Optional<Path> locate(Map<String, String> env, Path cwd, Path home) {
        for (String var : new String[] {"NCRCENV_RC", "DAPRCFILE"}) {
            String explicit = env.get(var);
            if (explicit != null && !explicit.isBlank()) {
                return Optional.of(Path.of(explicit));
            }
        }
        for (Path dir : new Path[] {cwd, rcHome(env, home)}) {
            if (dir == null) {
                continue;
            }
            for (String name : NAMES) {
                Path p = dir.resolve(name);
                if (Files.isRegularFile(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    private static Path rcHome(Map<String, String> env, Path home) {
        String h = env.get("NCRCENV_HOME");
        return h != null && !h.isBlank() ? Path.of(h) : homeOf(env, home);
    }

    static Path homeOf(Map<String, String> env, Path home) {
        String h = env.get("HOME");
        return h != null && !h.isBlank() ? Path.of(h) : home;
    }
}
