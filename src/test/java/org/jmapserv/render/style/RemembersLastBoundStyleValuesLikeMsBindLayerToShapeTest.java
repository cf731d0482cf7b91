package org.jmapserv.render.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;

import org.jmapserv.mapfile.model.StyleDef;
import org.jmapserv.mapfile.model.expr.FeatureContext;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

/**
 * msBindLayerToShape leaves each bound style holding the last feature's values, which an embedded legend's keys
 * then show: the memory keeps, per style, the bound attributes of the last feature drawn with it.
 */
class RemembersLastBoundStyleValuesLikeMsBindLayerToShapeTest {

    private static FeatureContext feature(Map<String, String> attrs) {
        return new FeatureContext() {
            @Override
            public String attribute(String name) {
                return attrs.get(name);
            }

            @Override
            public Geometry geometry() {
                return null;
            }
        };
    }

    @Test
    void keepsTheLastFeaturesBoundAttributesPerStyle() {
        StyleDef.Builder b = new StyleDef.Builder();
        b.bindings.put("COLOR", "fill");
        StyleDef bound = b.build();
        StyleDef plain = new StyleDef.Builder().build();
        BoundStyles memory = new BoundStyles();
        memory.remember(bound, feature(Map.of("fill", "200 0 0", "other", "x")));
        memory.remember(bound, feature(Map.of("fill", "0 0 200")));
        memory.remember(plain, feature(Map.of("fill", "1 1 1")));
        assertEquals("0 0 200", memory.lastBound(bound).attribute("FILL"));
        assertNull(memory.lastBound(bound).attribute("other"), "only the bound attributes are kept");
        assertNull(memory.lastBound(plain), "a style binding nothing is not remembered");
        StyleValues v = new StyleResolver(1, 1, null).resolve(bound, null, memory.lastBound(bound));
        assertEquals(200, v.color().blue());
    }
}
