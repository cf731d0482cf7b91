package org.jmapserv.data;

import java.nio.file.Path;

import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.MapDef;

/**
 * Resolves a layer's DATA to a file as msBuildPath3 (maputil.c) does: an absolute DATA is used as is; otherwise
 * it is relative to SHAPEPATH, and a relative SHAPEPATH is itself relative to the mapfile's directory.
 */
public final class DataPath {

    private DataPath() {
    }

    /** The file; a DATA that is no valid path (a NUL character, say) is a {@link DataSourceException}. */
    public static Path resolve(MapDef map, LayerDef layer) {
        try {
            return build(map, layer);
        } catch (java.nio.file.InvalidPathException e) {
            throw new DataSourceException("msBuildPath(): Invalid path. DATA \"" + layer.data().replace("\0", "\\0")
                    + "\" of layer '" + layer.name() + "' is not a valid file name: " + e.getReason());
        }
    }

    private static Path build(MapDef map, LayerDef layer) {
        Path data = Path.of(layer.data());
        if (data.isAbsolute()) {
            return data;
        }
        Path base = map.mapPath() == null ? Path.of("").toAbsolutePath() : Path.of(map.mapPath());
        if (map.shapePath() != null && !map.shapePath().isEmpty()) {
            Path sp = Path.of(map.shapePath());
            base = sp.isAbsolute() ? sp : base.resolve(sp);
        }
        return base.resolve(data).normalize();
    }
}
