package org.jmapserv.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;

import org.jmapserv.mapfile.model.ClassDef;
import org.jmapserv.mapfile.model.Color;
import org.jmapserv.mapfile.model.Extent;
import org.jmapserv.mapfile.model.FeatureDef;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.LayerType;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.model.Status;
import org.jmapserv.mapfile.model.Units;
import org.jmapserv.mapfile.model.expr.ExpressionDef;
import org.junit.jupiter.api.Test;

/** msDrawVectorLayer's shape cache: later styles of multi-style line classes go on top of every feature. */
class LineLayersDrawStyleByStyleAcrossFeaturesTest {

    private static FeatureDef line(String wkt, String kind) {
        FeatureDef.Builder f = new FeatureDef.Builder();
        f.wkt = wkt;
        f.items.add(kind);
        return f.build();
    }

    private static ClassDef cls(String kind, org.jmapserv.mapfile.model.StyleDef... styles) {
        ClassDef.Builder b = new ClassDef.Builder();
        b.expression = ExpressionDef.string(kind, false);
        b.styles.addAll(java.util.List.of(styles));
        return b.build();
    }

    private static BufferedImage draw() throws RenderException {
        LayerDef.Builder l = new LayerDef.Builder();
        l.name = "roads";
        l.type = LayerType.LINE;
        l.status = Status.ON;
        l.connectionType = org.jmapserv.mapfile.model.ConnectionType.INLINE;
        l.processing.add("ITEMS=kind");
        l.classItem = "kind";
        // the cased road comes first, the plain one crosses it afterwards
        l.features.add(line("LINESTRING(0 50,100 50)", "cased"));
        l.features.add(line("LINESTRING(50 0,50 100)", "plain"));
        l.classes.add(cls("cased", TestMaps.fill(Color.rgb(0, 0, 0), Color.UNSET, 9),
                TestMaps.fill(Color.rgb(255, 255, 255), Color.UNSET, 5)));
        l.classes.add(cls("plain", TestMaps.fill(Color.rgb(255, 0, 0), Color.UNSET, 3)));
        MapDef.Builder m = TestMaps.map(new Extent(0, 0, 100, 100), 101, 101, l.build());
        m.units = Units.METERS;
        m.imageColor = Color.rgb(0, 0, 255);
        return MapRenderer.standard().render(m.build(), RenderRequest.defaults()).image();
    }

    @Test
    void theSecondStyleOfACasedLineCoversALaterSingleStyleLine() throws RenderException {
        BufferedImage img = draw();
        assertEquals(0xffffff, img.getRGB(50, 50) & 0xffffff, "white centre line on top at the crossing");
        assertEquals(0xff0000, img.getRGB(50, 20) & 0xffffff, "the plain line elsewhere");
        assertEquals(0x000000, img.getRGB(20, 46) & 0xffffff, "the casing");
        assertEquals(0xff0000, img.getRGB(50, 46) & 0xffffff, "the plain line over the casing, drawn in the first pass");
    }
}
