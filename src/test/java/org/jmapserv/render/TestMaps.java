package org.jmapserv.render;

import java.nio.file.Path;
import java.util.List;

import org.jmapserv.mapfile.model.ClassDef;
import org.jmapserv.mapfile.model.Color;
import org.jmapserv.mapfile.model.Extent;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.LayerType;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.model.Status;
import org.jmapserv.mapfile.model.StyleDef;
import org.jmapserv.mapfile.model.Units;

/** Builds small maps in code for renderer tests. */
final class TestMaps {

    static final Path SAMPLES = Path.of("samples").toAbsolutePath();

    private TestMaps() {
    }

    static MapDef.Builder map(Extent e, int w, int h, LayerDef... layers) {
        MapDef.Builder b = new MapDef.Builder();
        b.extent = e;
        b.width = w;
        b.height = h;
        b.units = Units.DD;
        b.shapePath = "../test-data/data";
        b.mapPath = SAMPLES.toString();
        b.layers.addAll(List.of(layers));
        return b;
    }

    static StyleDef fill(Color c, Color outline, double width) {
        StyleDef.Builder s = new StyleDef.Builder();
        s.color = c;
        s.outlineColor = outline;
        s.width = width;
        return s.build();
    }

    static LayerDef.Builder layer(String name, LayerType type, StyleDef... styles) {
        LayerDef.Builder l = new LayerDef.Builder();
        l.name = name;
        l.type = type;
        l.status = Status.ON;
        ClassDef.Builder c = new ClassDef.Builder();
        c.styles.addAll(List.of(styles));
        l.classes.add(c.build());
        return l;
    }
}
