package org.jmapserv.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.parse.MapfileReader;
import org.jmapserv.render.MapRenderer;
import org.jmapserv.render.RenderRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code EXPRESSION (1 2)}, {@code ("a" "b")}, {@code (1 = 1 1)} load in MapServer 8.0 (it tokenizes an expression
 * only when it first evaluates it) and then fail on every feature: Debian's map2img 8.0 logs "msEvalExpression:
 * Expression parser error. Failed to parse expression" under -all_debug, draws the class as not matching and exits
 * 0. We used to crash the draw with a NullPointerException.
 */
class MalformedExpressionsMatchNothingAsMapServer8Test {

    private static String map(String expression, String filter) {
        return """
                MAP
                  SIZE 100 100
                  EXTENT 0 0 10 10
                  LAYER
                    NAME "p"
                    TYPE POLYGON
                    STATUS DEFAULT
                    %s
                    FEATURE POINTS 1 1 9 1 9 9 1 9 1 1 END END
                    CLASS
                      EXPRESSION %s
                      STYLE COLOR 255 0 0 END
                    END
                  END
                END
                """.formatted(filter, expression);
    }

    private static int centre(String mapText) throws Exception {
        MapDef m = new MapfileReader().readString(mapText, "e.map", Path.of("/tmp"));
        return MapRenderer.standard().render(m, RenderRequest.defaults()).image().getRGB(50, 50) & 0xffffff;
    }

    @ParameterizedTest
    @ValueSource(strings = {"(1 2)", "(\"a\" \"b\")", "(1 = 1 1)"})
    void aClassExpressionThatDoesNotParseMatchesNoFeature(String expression) throws Exception {
        assertEquals(0xff0000, centre(map("(1 = 1)", "")), "control: a valid expression draws the class");
        assertEquals(0xffffff, centre(map(expression, "")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"(1 2)", "(\"a\" \"b\")", "(1 = 1 1)"})
    void aFilterThatDoesNotParseLetsNoFeatureThrough(String filter) throws Exception {
        assertEquals(0xffffff, centre(map("(1 = 1)", "FILTER " + filter)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1 2", "%22a%22 %22b%22", "1 = 1 1"})
    void aMalformedExpressionMadeByRuntimeSubstitutionMatchesNoFeature(String value) throws Exception {
        String text = map("(%e%)", "").replace("CLASS\n", "VALIDATION \"e\" \".\" END\n    CLASS\n");
        MapDef m = new MapfileReader().readString(text, "e.map", Path.of("/tmp"));
        List<String> errors = new ArrayList<>();
        MapDef substituted = new RuntimeSubstitution(
                RequestParams.parseQuery("e=" + value), Map.of(), errors::add).apply(m);
        assertNull(substituted.layers().get(0).classes().get(0).expression().ast());
        int rgb = MapRenderer.standard().render(substituted, RenderRequest.defaults()).image().getRGB(50, 50);
        assertEquals(0xffffff, rgb & 0xffffff);
    }
}
