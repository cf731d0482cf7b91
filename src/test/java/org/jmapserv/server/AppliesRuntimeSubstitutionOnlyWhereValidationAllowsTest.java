package org.jmapserv.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.parse.MapfileReader;
import org.junit.jupiter.api.Test;

class AppliesRuntimeSubstitutionOnlyWhereValidationAllowsTest {

    private static final String MAP = """
            MAP
              NAME "s"
              EXTENT 0 0 10 10
              WEB VALIDATION "year" "^[0-9]{4}$" END METADATA "wms_title" "Roads %year%" END END
              LAYER NAME "roads" TYPE LINE STATUS ON DATA "roads_%year%"
                CONNECTION "http://remote/wms?k=%key%&v=%v%"
                VALIDATION "default_v" "1" "key" "^[a-z]+$" END
              END
            END
            """;

    private MapDef map() throws Exception {
        return new MapfileReader().readString(MAP, "s.map", Path.of("/tmp"));
    }

    private static MapDef apply(MapDef map, String query, Map<String, String> env, List<String> errors) {
        return new RuntimeSubstitution(RequestParams.parseQuery(query), env, errors::add).apply(map);
    }

    @Test
    void substitutesValidatedValuesIntoDataConnectionAndWebMetadata() throws Exception {
        MapDef m = apply(map(), "year=2024&key=abc", Map.of(), new ArrayList<>());
        LayerDef l = m.layers().get(0);
        assertEquals("roads_2024", l.data());
        assertEquals("http://remote/wms?k=abc&v=1", l.connection());
        assertEquals("Roads 2024", m.web().metadata().value("wms_title"));
    }

    @Test
    void leavesTagsWhenTheValueFailsItsPatternAndReportsIt() throws Exception {
        List<String> errors = new ArrayList<>();
        MapDef m = apply(map(), "year=../../etc&key=http://evil", Map.of(), errors);
        assertEquals("roads_%year%", m.layers().get(0).data());
        assertEquals("http://remote/wms?k=%key%&v=1", m.layers().get(0).connection());
        assertEquals(2, errors.size(), "as msApplySubstitutions: once per failing VALIDATION entry (layer key, web year)");
        assertEquals(true, errors.stream().allMatch(e -> e.endsWith("Parameter pattern validation failed.")));
    }

    @Test
    void parametersWithoutAValidationEntryChangeNothing() throws Exception {
        MapDef m = apply(map(), "v=evil&data=/etc/passwd", Map.of(), new ArrayList<>());
        assertEquals("http://remote/wms?k=%key%&v=1", m.layers().get(0).connection(), "only the default applies");
        assertEquals("roads_%year%", m.layers().get(0).data());
    }

    @Test
    void anEnvironmentVariableWinsOverTheRequestAndCookiesBeatTheQuery() throws Exception {
        MapDef fromEnv = apply(map(), "year=2024", Map.of("year", "1999"), new ArrayList<>());
        assertEquals("roads_1999", fromEnv.layers().get(0).data());
        RequestParams p = RequestParams.parseQuery("year=2024").withCookies("year=2023");
        MapDef fromCookie = new RuntimeSubstitution(p, Map.of(), e -> { }).apply(map());
        assertEquals("roads_2023", fromCookie.layers().get(0).data());
    }

    @Test
    void immutableTurnsEverythingOff() throws Exception {
        MapDef m = new MapfileReader().readString(MAP.replace("\"year\" \"^[0-9]{4}$\"",
                "\"year\" \"^[0-9]{4}$\" \"immutable\" \"1\""), "s.map", Path.of("/tmp"));
        assertEquals("roads_%year%", apply(m, "year=2024", Map.of(), new ArrayList<>()).layers().get(0).data());
    }
}
