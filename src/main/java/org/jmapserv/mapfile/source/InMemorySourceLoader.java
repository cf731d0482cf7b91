package org.jmapserv.mapfile.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Serves sources from memory, keyed by absolute path: for tests, and for callers that hold mapfiles in memory.
 * Thread-safe.
 */
public final class InMemorySourceLoader implements SourceLoader {
    private final Map<Path, String> files = new ConcurrentHashMap<>();

    /** Adds (or replaces) a file; {@code path} is made absolute and normalised. */
    public InMemorySourceLoader put(Path path, String text) {
        files.put(path.toAbsolutePath().normalize(), text);
        return this;
    }

    @Override
    public boolean exists(Path path) {
        return files.containsKey(path.toAbsolutePath().normalize());
    }

    @Override
    public SourceText load(Path path) throws IOException {
        Path key = path.toAbsolutePath().normalize();
        String text = files.get(key);
        if (text == null) {
            throw new IOException("cannot open " + key + ": no such file");
        }
        if (text.length() > MAX_FILE_BYTES) {
            throw new IOException("file " + key + " is larger than the limit of " + MAX_FILE_BYTES + " bytes");
        }
        return new SourceText(key.toString(), key, text);
    }
}
