package org.jmapserv.mapfile.model;

import java.util.List;

import org.jmapserv.mapfile.SourcePosition;

/**
 * A PROJECTION block, its strings kept verbatim (loadProjection, mapfile.c): {@code "init=epsg:3857"}, a single
 * {@code "+proj=..."} string, several {@code "proj=utm" "zone=15"} args, or {@code AUTO}. MapServer compares
 * projections by these strings (msProjectionsDifferInternal); geo code compares them semantically.
 */
public record ProjectionDef(List<String> args, SourcePosition source) {

    public static final ProjectionDef NONE = new ProjectionDef(List.of(), SourcePosition.NONE);

    public ProjectionDef {
        args = List.copyOf(args);
    }

    public boolean isEmpty() {
        return args.isEmpty();
    }

    public boolean isAuto() {
        return args.size() == 1 && args.get(0).equalsIgnoreCase("AUTO");
    }
}
