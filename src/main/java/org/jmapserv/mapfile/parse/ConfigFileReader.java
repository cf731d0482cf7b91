package org.jmapserv.mapfile.parse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.antlr.v4.runtime.Token;
import org.jmapserv.mapfile.Diagnostic;
import org.jmapserv.mapfile.MapfileException;
import org.jmapserv.mapfile.SourcePosition;
import org.jmapserv.mapfile.antlr.MapfileLexer;
import org.jmapserv.mapfile.antlr.MapfileParser;
import org.jmapserv.mapfile.model.ConfigFileDef;
import org.jmapserv.mapfile.source.FileSourceLoader;
import org.jmapserv.mapfile.source.SourceLoader;
import org.jmapserv.mapfile.source.SourceText;

/**
 * Reads MapServer 8's config file: {@code CONFIG}, then ENV, MAPS and PLUGINS hashes, then {@code END} (mirrors
 * msLoadConfig, mapserv-config.cpp), lexed by ConfigLexer: no numbers, no INCLUDE, no block comments.
 * The file is found through {@code MAPSERVER_CONFIG_FILE}, from an injectable environment.
 * Thread-safe.
 */
public final class ConfigFileReader {
    public static final String ENV_VARIABLE = "MAPSERVER_CONFIG_FILE";

    private final SourceLoader loader;

    public ConfigFileReader() {
        this(new FileSourceLoader());
    }

    public ConfigFileReader(SourceLoader loader) {
        this.loader = loader;
    }

    /** The config named by {@code MAPSERVER_CONFIG_FILE} in {@code environment}, or null when it is not set. */
    public ConfigFileDef readFromEnvironment(Map<String, String> environment) throws MapfileException {
        String path = environment.get(ENV_VARIABLE);
        return path == null || path.isEmpty() ? null : read(Path.of(path));
    }

    public ConfigFileDef read(Path file) throws MapfileException {
        Path absolute = file.toAbsolutePath().normalize();
        SourceText text;
        try {
            text = loader.load(absolute);
        } catch (IOException e) {
            throw new MapfileException(new Diagnostic(new SourcePosition(absolute.toString(), 0, 0),
                    "cannot read config file: " + e.getMessage()));
        }
        Problems problems = new Problems();
        Path dir = absolute.getParent() == null ? absolute : absolute.getParent();
        MapfileParser.BlockContext root = MapfileReader.parseBlocks(loader, text, dir, problems, "CONFIG",
                "mapserver config file");
        problems.throwIfAny();
        ConfigFileDef.Builder b = new ConfigFileDef.Builder();
        b.path = absolute.toString();
        Values v = new Values(root);
        b.source = v.position();
        try {
            while (v.advance()) {
                sections(v, b);
            }
        } catch (ReadError e) {
            problems.at(e.token(), e.getMessage());
        }
        problems.throwIfAny();
        return b.build();
    }

    private static void sections(Values v, ConfigFileDef.Builder b) {
        MapfileParser.BlockContext block = v.nestedBlock();
        if (block == null) {
            Token t = v.keywordToken();
            throw v.fail(t, "unknown keyword in CONFIG; expected one of ENV, MAPS, PLUGINS, END");
        }
        for (org.antlr.v4.runtime.tree.ParseTree item : Values.items(block)) {
            Token t = Values.startToken(item);
            if (t.getType() == MapfileLexer.NUMBER) {
                throw v.fail(t, "the config file takes quoted strings only");
            }
        }
        switch (v.keyword()) {
            case "ENV" -> b.env = HashReader.read(block, b.env, true);
            case "MAPS" -> b.maps = HashReader.read(block, b.maps, true);
            default -> b.plugins = HashReader.read(block, b.plugins, true);
        }
    }
}
