package org.jmapserv.http.settings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the rc file as netCDF-C documents it: {@code $DAPRCFILE} (a full file path), else
 * {@code ./.daprc}, {@code ./.dodsrc}, else {@code $HOME/.daprc}, {@code $HOME/.dodsrc}; the first
 * that exists is the only one read. HOME comes from the injected environment (then the injected
 * home directory), never from the process, so tests and servlets stay isolated.
 */
public final class RcFileLocator {
    private RcFileLocator() {
    }

    public static Optional<Path> locate(Map<String, String> env, Path cwd, Path home) {
        String explicit = env.get("DAPRCFILE");
        if (explicit != null && !explicit.isBlank()) {
            return Optional.of(Path.of(explicit));
        }
        for (Path dir : new Path[] {cwd, homeOf(env, home)}) {
            if (dir == null) {
                continue;
            }
            for (String name : new String[] {".daprc", ".dodsrc"}) {
                Path p = dir.resolve(name);
                if (Files.isRegularFile(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    static Path homeOf(Map<String, String> env, Path home) {
        String h = env.get("HOME");
        return h != null && !h.isBlank() ? Path.of(h) : home;
    }
}
