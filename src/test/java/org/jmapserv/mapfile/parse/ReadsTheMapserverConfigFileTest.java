package org.jmapserv.mapfile.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.jmapserv.mapfile.MapfileException;
import org.jmapserv.mapfile.model.ConfigFileDef;
import org.jmapserv.mapfile.source.InMemorySourceLoader;
import org.junit.jupiter.api.Test;

class ReadsTheMapserverConfigFileTest {
    private final InMemorySourceLoader files = new InMemorySourceLoader();

    @Test
    void readsEnvMapsAndPluginsFromTheFileNamedInTheEnvironment() throws Exception {
        files.put(Path.of("/etc/ms.conf"), """
                # comment
                CONFIG
                  ENV
                    MS_MAP_PATTERN "^/maps/"
                    "PROJ_DATA" "/usr/share/proj"
                  END
                  MAPS
                    world "/maps/world.map"  // trailing comment
                  END
                  PLUGINS "mssql" "/usr/lib/libmssql.so" END
                END
                """);
        ConfigFileDef c = new ConfigFileReader(files).readFromEnvironment(Map.of("MAPSERVER_CONFIG_FILE",
                "/etc/ms.conf"));
        assertEquals("^/maps/", c.env().value("ms_map_pattern"));
        assertEquals("/maps/world.map", c.maps().value("WORLD"));
        assertEquals("/usr/lib/libmssql.so", c.plugins().value("mssql"));
    }

    @Test
    void noVariableMeansNoConfig() throws Exception {
        assertNull(new ConfigFileReader(files).readFromEnvironment(Map.of()));
    }

    @Test
    void firstTokenMustBeConfig() {
        files.put(Path.of("/etc/bad.conf"), "MAP END");
        String m = assertThrows(MapfileException.class,
                () -> new ConfigFileReader(files).read(Path.of("/etc/bad.conf"))).getMessage();
        assertTrue(m.contains("First token must be CONFIG, this doesn't look like a mapserver config file."), m);
    }

    @Test
    void unknownSectionIsReported() {
        files.put(Path.of("/etc/bad.conf"), "CONFIG\n  FOO \"a\" \"b\"\nEND");
        String m = assertThrows(MapfileException.class,
                () -> new ConfigFileReader(files).read(Path.of("/etc/bad.conf"))).getMessage();
        assertTrue(m.startsWith("/etc/bad.conf:2:3: Parsing error near (FOO)"), m);
    }
}
