package org.jmapserv.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.parse.MapfileReader;
import org.junit.jupiter.api.Test;

/** REQUIRES / LABELREQUIRES contexts as msEvalContext evaluates them against the other layers' visibility. */
class EvaluatesRequiresLikeMsEvalContextTest {

    private static final String MAP = """
            MAP
              EXTENT 0 0 100 100
              SIZE 100 100
              LAYER NAME "on" TYPE POINT STATUS ON FEATURE POINTS 1 1 END END CLASS END END
              LAYER NAME "off" TYPE POINT STATUS OFF FEATURE POINTS 1 1 END END CLASS END END
              LAYER NAME "small" TYPE POINT STATUS ON MAXSCALEDENOM 10 FEATURE POINTS 1 1 END END CLASS END END
              LAYER NAME "needs-on" TYPE POINT STATUS ON REQUIRES "[on]" FEATURE POINTS 1 1 END END CLASS END END
              LAYER NAME "needs-off" TYPE POINT STATUS ON REQUIRES "[off] OR [small]"
                FEATURE POINTS 1 1 END END CLASS END END
              LAYER NAME "chain" TYPE POINT STATUS ON REQUIRES "[needs-off]" FEATURE POINTS 1 1 END END CLASS END END
            END
            """;

    private final MapDef map;
    private final MapView view;
    private final LayerVisibility visibility = new LayerVisibility(null);

    EvaluatesRequiresLikeMsEvalContextTest() throws Exception {
        map = new MapfileReader().readString(MAP, "ctx.map", TestMaps.SAMPLES);
        view = MapView.of(map, RenderRequest.defaults());
    }

    private LayerDef layer(String name) {
        return map.layers().stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void requiresFollowsTheNamedLayersVisibility() {
        assertTrue(visibility.isVisible(layer("needs-on"), view, map));
        assertFalse(visibility.isVisible(layer("needs-off"), view, map));
        assertFalse(visibility.isVisible(layer("chain"), view, map), "a required layer hidden by its own REQUIRES");
    }

    @Test
    void contextsAreLogicalExpressions() {
        LayerDef self = layer("on");
        assertTrue(visibility.evalContext(self, "![off]", view, map));
        assertTrue(visibility.evalContext(self, "[needs-on] AND ![small]", view, map));
        assertFalse(visibility.evalContext(self, "[needs-on] AND [small]", view, map));
        assertTrue(visibility.evalContext(self, null, view, map));
    }

    @Test
    void aReferenceToNoLayerOrToItselfIsFalse() {
        LayerDef self = layer("on");
        assertFalse(visibility.evalContext(self, "[nosuchlayer]", view, map));
        assertFalse(visibility.evalContext(self, "[on]", view, map), "a layer's own tag is not replaced");
        assertFalse(visibility.evalContext(self, "[on", view, map));
    }

    @Test
    void mutualRequiresDoNotRecurseForever() throws Exception {
        MapDef cyclic = new MapfileReader().readString("""
                MAP EXTENT 0 0 1 1 SIZE 10 10
                  LAYER NAME "a" TYPE POINT STATUS ON REQUIRES "[b]" FEATURE POINTS 0 0 END END CLASS END END
                  LAYER NAME "b" TYPE POINT STATUS ON REQUIRES "[a]" FEATURE POINTS 0 0 END END CLASS END END
                END
                """, "cyc.map", TestMaps.SAMPLES);
        MapView v = MapView.of(cyclic, RenderRequest.defaults());
        assertFalse(visibility.isVisible(cyclic.layers().get(0), v, cyclic));
    }
}
