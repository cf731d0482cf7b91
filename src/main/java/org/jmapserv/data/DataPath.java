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

    public static Path resolve(MapDef map, LayerDef layer) {
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
