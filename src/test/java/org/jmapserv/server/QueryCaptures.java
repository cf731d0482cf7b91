package org.jmapserv.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jmapserv.mapfile.parse.MapfileReader;
import org.jmapserv.mapfile.model.ConfigFileDef;
import org.jmapserv.mapfile.model.Metadata;
import org.jmapserv.render.MapRenderer;
import org.junit.jupiter.params.provider.Arguments;

/**
 * What the tests comparing us with Debian MapServer 8.0's captured answers in {@code test-data/query} share: a
 * mapserv handler that serves any mapfile path (MS_MAP_PATTERN "."), and the {@code name|mapfile|query} case lists.
 */
final class QueryCaptures {

    static final Path DIR = Path.of("test-data/query").toAbsolutePath();

    private QueryCaptures() {
    }

    /** A handler with default limits that accepts every mapfile path. */
    static MapservHandler handler() {
        ConfigFileDef.Builder cfg = new ConfigFileDef.Builder();
        cfg.env = Metadata.of(List.of(new Metadata.Entry("MS_MAP_PATTERN", ".")));
        return new MapservHandler(new ServerSettings(cfg.build(), Map.of(), ServerSettings.Limits.defaults()),
                new MapfileCache(new MapfileReader()), MapRenderer.standard());
    }

    /** The cases of {@code DIR/file}, one {@code name|mapfile|query} per line; blank and {@code #} lines skipped. */
    static Stream<Arguments> cases(String file) throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (String line : Files.readAllLines(DIR.resolve(file))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] f = line.split("\\|", 3);
                out.add(Arguments.of(f[0], f[1], f[2]));
            }
        }
        return out.stream();
    }
}
