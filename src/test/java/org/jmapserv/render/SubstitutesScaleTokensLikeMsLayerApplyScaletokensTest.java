package org.jmapserv.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.model.expr.ExpressionKind;
import org.jmapserv.mapfile.parse.MapfileReader;
import org.junit.jupiter.api.Test;

/** SCALETOKEN substitution (msLayerApplyScaletokens): which fields, which entry for a scale, FILTER re-read. */
class SubstitutesScaleTokensLikeMsLayerApplyScaletokensTest {

    private static LayerDef layer(String filter) throws Exception {
        String map = """
                MAP
                  EXTENT 0 0 100 100
                  SIZE 100 100
                  LAYER
                    NAME "l" TYPE POINT STATUS ON
                    DATA "shp_%s%"
                    FILTERITEM "item_%s%"
                    FILTER %s
                    CLASSITEM "class_%s%"
                    PROCESSING "KEY=%s%"
                    SCALETOKEN
                      NAME "%s%"
                      VALUES "0" "a" "1000" "b" "5000" "c" END
                    END
                    CLASS END
                  END
                END
                """.replace("FILTER %s", "FILTER " + filter);
        MapDef m = new MapfileReader().readString(map, "st.map", TestMaps.SAMPLES);
        return m.layers().get(0);
    }

    @Test
    void picksTheEntryWhoseRangeHoldsTheScale() throws Exception {
        LayerDef l = layer("\"x\"");
        assertEquals("shp_a", ScaleTokens.apply(l, -1).data());
        assertEquals("shp_a", ScaleTokens.apply(l, 999.9).data());
        assertEquals("shp_b", ScaleTokens.apply(l, 1000).data());
        assertEquals("shp_b", ScaleTokens.apply(l, 4999).data());
        assertEquals("shp_c", ScaleTokens.apply(l, 1e12).data());
    }

    @Test
    void substitutesDataFilterItemAndProcessingButNotClassItem() throws Exception {
        LayerDef l = ScaleTokens.apply(layer("\"x\""), 2000);
        assertEquals("item_b", l.filterItem());
        assertEquals(List.of("KEY=b"), l.processing());
        assertEquals("class_%s%", l.classItem());
    }

    @Test
    void filterWithOuterParenthesesOnlyBecomesAPlainString() throws Exception {
        LayerDef l = ScaleTokens.apply(layer("([POP] > %s%)"), 2000);
        assertEquals(ExpressionKind.STRING, l.filter().kind());
        assertEquals("[POP] > b", l.filter().text());
    }

    @Test
    void filterWithDoubleParenthesesStaysLogical() throws Exception {
        LayerDef l = ScaleTokens.apply(layer("(([POP] > 1%s%))"), 2000);
        assertEquals(ExpressionKind.LOGICAL, l.filter().kind());
        assertEquals("[POP] > 1b", l.filter().text());
    }

    @Test
    void layerWithoutTokensIsLeftAlone() throws Exception {
        LayerDef l = new MapfileReader().readString("""
                MAP EXTENT 0 0 1 1 SIZE 10 10
                  LAYER NAME "x" TYPE POINT DATA "d" CLASS END END
                END
                """, "n.map", TestMaps.SAMPLES).layers().get(0);
        assertSame(l, ScaleTokens.apply(l, 100));
    }
}
