package org.jmapserv.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.util.List;

import org.jmapserv.mapfile.model.ClassDef;
import org.jmapserv.mapfile.model.Color;
import org.jmapserv.mapfile.model.CompositeDef;
import org.jmapserv.mapfile.model.Extent;
import org.jmapserv.mapfile.model.FeatureDef;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.LayerType;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.model.Status;
import org.jmapserv.mapfile.model.Units;
import org.jmapserv.mapfile.model.expr.ExpressionDef;
import org.junit.jupiter.api.Test;

class DrawsInlineFeaturesByClassTest {

    private static FeatureDef square(double x0, double y0, String kind) {
        FeatureDef.Builder f = new FeatureDef.Builder();
        f.wkt = String.format("POLYGON((%f %f,%f %f,%f %f,%f %f,%f %f))", x0, y0, x0 + 40, y0, x0 + 40, y0 + 40, x0,
                y0 + 40, x0, y0);
        f.items.add(kind);
        return f.build();
    }

    private static ClassDef cls(String expr, Color c) {
        ClassDef.Builder b = new ClassDef.Builder();
        b.expression = expr == null ? null : ExpressionDef.string(expr, false);
        b.styles.add(TestMaps.fill(c, Color.UNSET, 1));
        return b.build();
    }

    private static LayerDef.Builder squares() {
        LayerDef.Builder l = new LayerDef.Builder();
        l.name = "squares";
        l.type = LayerType.POLYGON;
        l.status = Status.ON;
        l.connectionType = org.jmapserv.mapfile.model.ConnectionType.INLINE;
        l.processing.add("ITEMS=kind");
        l.classItem = "kind";
        l.features.add(square(5, 5, "a"));
        l.features.add(square(55, 55, "b"));
        l.classes.add(cls("a", Color.rgb(255, 0, 0)));
        l.classes.add(cls(null, Color.rgb(0, 0, 255)));
        l.classes.add(cls("b", Color.rgb(0, 255, 0)));
        return l;
    }

    private static BufferedImage draw(LayerDef layer) throws RenderException {
        MapDef.Builder m = TestMaps.map(new Extent(0, 0, 100, 100), 101, 101, layer);
        m.units = Units.METERS;
        return MapRenderer.standard().render(m.build(), RenderRequest.defaults()).image();
    }

    @Test
    void firstMatchingClassWinsAndAClassWithoutExpressionCatchesTheRest() throws Exception {
        BufferedImage img = draw(squares().build());
        assertEquals(0xff0000, img.getRGB(25, 75) & 0xffffff);
        assertEquals(0x0000ff, img.getRGB(75, 25) & 0xffffff);
        assertEquals(0xffffff, img.getRGB(50, 50) & 0xffffff);
    }

    @Test
    void compositeOpacityBlendsTheWholeLayerOverTheBackground() throws Exception {
        LayerDef.Builder l = squares();
        CompositeDef.Builder c = new CompositeDef.Builder();
        c.opacity = 50;
        l.composites.add(c.build());
        int red = draw(l.build()).getRGB(25, 75) & 0xffffff;
        assertEquals(0xff, red >> 16);
        assertEquals(0x80, (red >> 8) & 0xff, 1);
    }

    @Test
    void compositeOpacityZeroSkipsTheLayer() throws Exception {
        LayerDef.Builder l = squares();
        CompositeDef.Builder c = new CompositeDef.Builder();
        c.opacity = 0;
        l.composites.add(c.build());
        assertEquals(0xffffff, draw(l.build()).getRGB(25, 75) & 0xffffff);
    }

    @Test
    void unsupportedConnectionTypeNamesTheLayer() {
        LayerDef.Builder l = squares();
        l.features.clear();
        l.connectionType = org.jmapserv.mapfile.model.ConnectionType.POSTGIS;
        l.data = "geom from roads";
        RenderException e = org.junit.jupiter.api.Assertions.assertThrows(RenderException.class,
                () -> draw(l.build()));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("'squares'"), e.getMessage());
    }

    @Test
    void inlineItemsAreNamedByProcessingItems() {
        var src = org.jmapserv.data.inline.InlineFeatureSource.of(squares().build());
        assertEquals(List.of("kind"), src.attributeNames());
        var cursor = src.query(null);
        assertEquals("a", cursor.next().attribute("KIND"));
        assertEquals("b", cursor.next().attribute("kind"));
    }
}
