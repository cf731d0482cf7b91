package org.jmapserv.render.label;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Map;

import org.jmapserv.mapfile.model.Align;
import org.jmapserv.mapfile.model.Color;
import org.jmapserv.mapfile.model.LabelDef;
import org.jmapserv.mapfile.model.Position;
import org.jmapserv.mapfile.model.expr.FeatureContext;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

/** LABEL properties bound to attributes take one feature's values, with bindLabel's reset values when they fail. */
class BindsLabelPropertiesLikeBindLabelTest {

    private static FeatureContext feature(Map<String, String> values) {
        return new FeatureContext() {
            @Override
            public String attribute(String name) {
                return values.get(name);
            }

            @Override
            public Geometry geometry() {
                return null;
            }
        };
    }

    private static LabelDef bound(Map<String, String> bindings) {
        LabelDef.Builder b = new LabelDef.Builder();
        b.bindings.putAll(bindings);
        return b.build();
    }

    @Test
    void takesTheFeaturesValues() {
        LabelDef l = bound(Map.of("SIZE", "s", "COLOR", "c", "OUTLINECOLOR", "o", "FONT", "f", "ANGLE", "a",
                "POSITION", "p", "ALIGN", "al", "PRIORITY", "pr", "OFFSET_X", "ox", "OFFSET_Y", "oy"));
        LabelDef out = BoundLabel.bind(l, feature(Map.of("s", "14", "c", "0 0 255", "o", "#ff0000", "f", "sans-bold",
                "a", "30", "p", "ul", "al", "right", "pr", "7", "ox", "3", "oy", "-4")));
        assertEquals(14, out.size());
        assertEquals(Color.rgb(0, 0, 255), out.color());
        assertEquals(Color.rgb(255, 0, 0), out.outlineColor());
        assertEquals("sans-bold", out.font());
        assertEquals(30, out.angle());
        assertEquals(Position.UL, out.position());
        assertEquals(Align.RIGHT, out.align());
        assertEquals(7, out.priority());
        assertEquals(3, out.offsetX());
        assertEquals(-4, out.offsetY());
    }

    @Test
    void unparsableValuesGiveBindLabelsResetValues() {
        LabelDef l = bound(Map.of("SIZE", "s", "COLOR", "c", "POSITION", "p"));
        LabelDef out = BoundLabel.bind(l, feature(Map.of("s", "big", "c", "blue", "p", "middle")));
        assertEquals(1, out.size());
        assertEquals(Color.UNSET, out.color());
        assertEquals(l.position(), out.position());
        assertEquals(Position.LR, BoundLabel.bind(l, feature(Map.of("p", "102"))).position()); // MS_LR's code
    }

    @Test
    void aLabelWithoutBindingsIsReturnedAsItIs() {
        LabelDef l = new LabelDef.Builder().build();
        assertSame(l, BoundLabel.bind(l, feature(Map.of())));
    }
}
