package org.jmapserv.data.ogr;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jmapserv.data.Feature;
import org.jmapserv.data.FeatureCursor;
import org.jmapserv.data.FeatureSource;
import org.jmapserv.data.LayerSources;
import org.jmapserv.mapfile.model.ConnectionType;
import org.jmapserv.mapfile.model.Extent;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.LayerType;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.model.Status;

/** Layers over the committed OGR fixtures (test-data/ogr, made by make-fixtures.sh) for data-level tests. */
final class OgrFixtures {

    static final Path DIR = Path.of("test-data/ogr").toAbsolutePath();

    private OgrFixtures() {
    }

    static MapDef map(Path shapePath, LayerDef... layers) {
        MapDef.Builder b = new MapDef.Builder();
        b.extent = new Extent(9.2, 39.6, 20.2, 47.2);
        b.width = 400;
        b.height = 300;
        b.shapePath = shapePath.toString();
        b.mapPath = shapePath.toString();
        b.layers.addAll(List.of(layers));
        return b.build();
    }

    static LayerDef.Builder layer(String name, ConnectionType type, String connection, String data) {
        LayerDef.Builder l = new LayerDef.Builder();
        l.name = name;
        l.type = LayerType.POLYGON;
        l.status = Status.ON;
        l.connectionType = type;
        l.connection = connection;
        l.data = data;
        return l;
    }

    static FeatureSource open(Path shapePath, LayerDef layer) {
        return LayerSources.standard().open(map(shapePath, layer), layer);
    }

    static List<Feature> all(FeatureSource s, org.locationtech.jts.geom.Envelope e) {
        List<Feature> out = new ArrayList<>();
        try (FeatureCursor c = s.query(e)) {
            for (Feature f = c.next(); f != null; f = c.next()) {
                out.add(f);
            }
        }
        return out;
    }
}
