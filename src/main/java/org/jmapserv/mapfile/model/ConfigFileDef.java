package org.jmapserv.mapfile.model;

import org.jmapserv.mapfile.SourcePosition;

/**
 * MapServer 8's config file (mapserver.conf, mapserv-config.cpp): ENV options, MAPS aliases and PLUGINS.
 * <p>Immutable; lists and maps are unmodifiable copies. Use {@link Builder} (defaults as MapServer sets them)
 * or {@link #toBuilder()} to derive a changed copy.
 */
public record ConfigFileDef(
        Metadata env,
        Metadata maps,
        Metadata plugins,
        String path,
        SourcePosition source) {

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.env = env;
        b.maps = maps;
        b.plugins = plugins;
        b.path = path;
        b.source = source;
        return b;
    }

    /** Mutable accumulator used by the block readers; starts from MapServer's defaults. */
    public static final class Builder {
        public Metadata env = Metadata.EMPTY;
        public Metadata maps = Metadata.EMPTY;
        public Metadata plugins = Metadata.EMPTY;
        public String path = null;
        public SourcePosition source = SourcePosition.NONE;

        public ConfigFileDef build() {
            return new ConfigFileDef(env, maps, plugins, path, source);
        }
    }
}
