package org.jmapserv.mapfile.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jmapserv.mapfile.model.Color;
import org.jmapserv.mapfile.model.ConnectionType;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.LayerType;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.model.Status;
import org.jmapserv.mapfile.model.StyleDef;
import org.jmapserv.mapfile.model.expr.ExpressionKind;
import org.junit.jupiter.api.Test;

class ReadsCommonBlocksTest {

    @Test
    void readsMapLayerClassStyleAndLabelValues() throws Exception {
        MapDef map = MapfileFixtures.read("""
                map
                  name "demo"
                  size 400 300
                  extent -180 -90 180 90
                  units dd
                  imagecolor 10 20 30
                  web metadata "wms_title" "Demo" end end
                  projection "init=epsg:4326" end
                  layer
                    name roads
                    type line
                    status default
                    data "roads.shp"
                    classitem "kind"
                    metadata "A" "1" "a" "2" end
                    class
                      name "major"
                      expression ([lanes] > 2)
                      style color "#ff000080" width [w] outlinecolor -1 0 0 end
                      label text "[name]" size large color 0 0 0 end
                    end
                  end
                end
                """);
        assertEquals("demo", map.name());
        assertEquals(400, map.width());
        assertEquals(-180, map.extent().minX());
        assertEquals("Demo", map.web().metadata().value("WMS_TITLE"));
        assertEquals("init=epsg:4326", map.projection().args().get(0));
        LayerDef roads = map.layers().get(0);
        assertEquals("roads", roads.name());
        assertEquals(LayerType.LINE, roads.type());
        assertEquals(Status.DEFAULT, roads.status());
        assertEquals("2", roads.metadata().value("a"), "a later duplicate key replaces the earlier value");
        assertEquals(1, roads.metadata().size());
        assertEquals(ExpressionKind.LOGICAL, roads.classes().get(0).expression().kind());
        StyleDef style = roads.classes().get(0).styles().get(0);
        assertEquals(new Color(255, 0, 0, 128), style.color());
        assertEquals("w", style.bindings().get("WIDTH"));
        assertTrue(!style.outlineColor().isSet(), "a negative triplet leaves the colour unset");
        assertEquals("LARGE", roads.classes().get(0).labels().get(0).sizeKeyword());
    }

    @Test
    void bakesStyleOpacityIntoEveryColourAlphaAtEnd() throws Exception {
        MapDef map = MapfileFixtures.read(MapfileFixtures.layer(
                "CLASS STYLE OPACITY 50 COLOR 255 0 0 OUTLINECOLOR \"#00ff00ff\" END END"));
        StyleDef s = map.layers().get(0).classes().get(0).styles().get(0);
        // MS_NINT(50 * 2.55): the double product is 127.4999..., so MapServer stores 127
        assertEquals(127, s.color().alpha());
        assertEquals(127, s.outlineColor().alpha());
    }

    @Test
    void inlineFeatureMakesTheLayerInline() throws Exception {
        MapDef map = MapfileFixtures.read(MapfileFixtures.layer(
                "FEATURE POINTS 1 1 2 2 3 1 END ITEMS \"a;;b\" END"));
        LayerDef l = map.layers().get(0);
        assertEquals(ConnectionType.INLINE, l.connectionType());
        assertEquals(3, l.features().get(0).parts().get(0).size());
        assertEquals(3, l.features().get(0).items().size());
    }

    @Test
    void ignoresTokensAfterTheFinalEnd() throws Exception {
        MapDef map = MapfileFixtures.read("MAP NAME x END this is ignored ( { \" ");
        assertEquals("x", map.name());
    }

    @Test
    void acceptsOldScaleAliases() throws Exception {
        MapDef map = MapfileFixtures.read(MapfileFixtures.layer("MINSCALE 1000 MAXSCALE 5000"));
        assertEquals(1000, map.layers().get(0).minScaleDenom());
        assertEquals(5000, map.layers().get(0).maxScaleDenom());
    }
}
