package org.jmapserv.mapfile.parse;

import java.nio.file.Path;

import org.jmapserv.mapfile.MapfileException;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.source.InMemorySourceLoader;

/** Reads mapfile text from tests through an in-memory loader rooted at /maps. */
final class MapfileFixtures {
    static final Path ROOT = Path.of("/maps");

    private MapfileFixtures() {
    }

    static MapDef read(String text) throws MapfileException {
        return new MapfileReader(new InMemorySourceLoader()).readString(text, "test.map", ROOT);
    }

    static String errorOf(String text) {
        try {
            read(text);
        } catch (MapfileException e) {
            return e.getMessage();
        }
        throw new AssertionError("expected the mapfile to be rejected:\n" + text);
    }

    /** A minimal MAP around the given layer content. */
    static String layer(String body) {
        return "MAP\n  SIZE 10 10\n  EXTENT 0 0 10 10\n  LAYER\n    NAME \"l\"\n    TYPE POLYGON\n" + body
                + "\n  END\nEND\n";
    }
}
