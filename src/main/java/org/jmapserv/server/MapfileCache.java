package org.jmapserv.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.ConcurrentHashMap;

import org.jmapserv.mapfile.MapfileException;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.parse.MapfileReader;

/**
 * Parsed mapfiles by absolute path, reloaded when the file's modification time or size changes. The model is
 * immutable, so every request derives its own copy from the cached one and never changes what others see.
 * INCLUDEd files are not watched: touch the main mapfile after editing them.
 */
public final class MapfileCache {

    private record Entry(long modified, long size, MapDef map) {
    }

    private final MapfileReader reader;
    private final ConcurrentHashMap<Path, Entry> entries = new ConcurrentHashMap<>();

    public MapfileCache(MapfileReader reader) {
        this.reader = reader;
    }

    /** The parsed map; throws a MapservException naming the mapfile by its file name only. */
    public MapDef load(Path path) throws MapservException {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException e) {
            throw MapservException.application("msLoadMap", "Unable to access file. ("
                    + path.getFileName() + ")");
        }
        long modified = attrs.lastModifiedTime().toMillis();
        Entry e = entries.get(path);
        if (e != null && e.modified() == modified && e.size() == attrs.size()) {
            return e.map();
        }
        try {
            MapDef map = org.jmapserv.render.LoadTimeChecks.require(reader.read(path));
            entries.put(path, new Entry(modified, attrs.size(), map));
            return map;
        } catch (MapfileException ex) {
            String dir = path.getParent() == null ? "" : path.getParent().toString() + java.io.File.separator;
            String first = ex.diagnostics().isEmpty() ? "parse error" : ex.diagnostics().get(0).toString();
            throw new MapservException(200, "msLoadMap(): Unable to load map. " + first.replace(dir, ""));
        }
    }

    /** How many mapfiles are held (for /health). */
    public int size() {
        return entries.size();
    }
}
