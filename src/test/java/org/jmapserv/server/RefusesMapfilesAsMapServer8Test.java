package org.jmapserv.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jmapserv.mapfile.model.ConfigFileDef;
import org.jmapserv.mapfile.model.Metadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RefusesMapfilesAsMapServer8Test {

    @TempDir
    Path dir;

    private MapSelector selector(Map<String, String> env, Map<String, String> aliases) {
        ConfigFileDef.Builder b = new ConfigFileDef.Builder();
        b.env = Metadata.of(env.entrySet().stream().map(e -> new Metadata.Entry(e.getKey(), e.getValue())).toList());
        b.maps = Metadata.of(aliases.entrySet().stream().map(e -> new Metadata.Entry(e.getKey(), e.getValue())).toList());
        return new MapSelector(ServerSettings.of(b.build(), Map.of()));
    }

    private static void assertRefusedWithoutEcho(MapSelector s, String map, String expected) {
        MapservException e = assertThrows(MapservException.class, () -> s.select(map));
        assertEquals(403, e.status());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        if (map != null) {
            assertFalse(e.getMessage().contains(map), "the requested path is never echoed");
        }
    }

    @Test
    void aliasesSkipThePatternChecks() throws Exception {
        Path p = dir.resolve("a.map");
        assertEquals(p, selector(Map.of(), Map.of("A", p.toString())).select("A"));
    }

    @Test
    void pathsNeedMsMapPattern() {
        assertRefusedWithoutEcho(selector(Map.of(), Map.of()), dir.resolve("a.map").toString(),
                "Required configuration value MS_MAP_PATTERN not set.");
    }

    @Test
    void pathsNotMatchingMsMapPatternFailToValidate() {
        assertRefusedWithoutEcho(selector(Map.of("MS_MAP_PATTERN", "^/srv/maps/"), Map.of()), "/etc/secret.map",
                "CGI variable \"map\" fails to validate.");
    }

    @Test
    void traversalIsRefusedByTheDefaultBadPatternEvenWhenMsMapPatternMatches() {
        MapSelector s = selector(Map.of("MS_MAP_PATTERN", "^/srv/maps/"), Map.of());
        for (String bad : List.of("/srv/maps/../../etc/x.map", "/srv/maps//x.map", "/srv/maps/./x.map",
                "/srv/maps/a,b.map", "/srv/maps\\..\\x.map")) {
            assertRefusedWithoutEcho(s, bad, "fails to validate");
        }
    }

    @Test
    void msMapNoPathRefusesEveryPath() {
        assertRefusedWithoutEcho(selector(Map.of("MS_MAP_NO_PATH", "1", "MS_MAP_PATTERN", ".*"), Map.of()),
                "/srv/maps/x.map", "not found in configuration and this server is not configured for full paths.");
    }

    @Test
    void missingMapUsesMsMapfileElseIsRefused() throws Exception {
        Path p = dir.resolve("default.map");
        assertEquals(p, selector(Map.of("MS_MAPFILE", p.toString()), Map.of()).select(null));
        assertRefusedWithoutEcho(selector(Map.of(), Map.of()), null, "CGI variable \"map\" is not set.");
    }

    @Test
    void pathsMustEndInDotMap() {
        assertRefusedWithoutEcho(selector(Map.of("MS_MAP_PATTERN", "^/srv/"), Map.of()), "/srv/passwd",
                "MS_DEFAULT_MAPFILE_PATTERN validation failed.");
    }

    @Test
    void refusalsAre403OverHttpWithNoPathInTheBody() throws Exception {
        try (ServerFixture fx = new ServerFixture(dir)) {
            var r = fx.get("/mapserv?map=/etc/passwd.map&mode=map", null);
            assertEquals(403, r.statusCode());
            assertFalse(ServerFixture.text(r).contains("/etc/passwd"));
            var t = fx.get("/mapserv?map=" + dir + "/../" + dir.getFileName() + "/local.map&mode=map", null);
            assertEquals(403, t.statusCode());
            var ok = fx.get("/mapserv?map=" + dir + "/local.map&mode=map", null);
            assertEquals(200, ok.statusCode(), "a path matching MS_MAP_PATTERN is served");
        }
    }
}
