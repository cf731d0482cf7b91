package org.jmapserv.wms.client;

import java.util.ArrayList;
import java.util.List;

import org.jmapserv.geo.ExtentAdjuster;
import org.jmapserv.geo.PixelGrid;
import org.jmapserv.geo.Rect;
import org.jmapserv.mapfile.model.ConnectionType;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.LayerType;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.model.Metadata;
import org.jmapserv.mapfile.model.ProjectionDef;
import org.jmapserv.mapfile.model.Status;
import org.jmapserv.mapfile.SourcePosition;

/** Small builders for WMS test maps: layers from a CONNECTION and metadata pairs. */
final class WmsTestMaps {

    private WmsTestMaps() {
    }

    static LayerDef wmsLayer(String name, String connection, String... metadataPairs) {
        LayerDef.Builder b = new LayerDef.Builder();
        b.name = name;
        b.type = LayerType.RASTER;
        b.status = Status.ON;
        b.connectionType = ConnectionType.WMS;
        b.connection = connection;
        b.metadata = metadata(metadataPairs);
        return b.build();
    }

    static Metadata metadata(String... pairs) {
        List<Metadata.Entry> entries = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            entries.add(new Metadata.Entry(pairs[i], pairs[i + 1]));
        }
        return Metadata.of(entries);
    }

    static MapDef map(String projection, Metadata webMetadata, LayerDef... layers) {
        MapDef.Builder b = new MapDef.Builder();
        b.projection = projection == null ? ProjectionDef.NONE
                : new ProjectionDef(List.of(projection), SourcePosition.NONE);
        b.web = b.web.toBuilder().build();
        var web = b.web.toBuilder();
        web.metadata = webMetadata;
        b.web = web.build();
        b.layers = new ArrayList<>(List.of(layers));
        return b.build();
    }

    /** The view map2img computes for EXTENT -10 40 10 55 at SIZE 400 300 (msAdjustExtent). */
    static PixelGrid europeView() {
        return ExtentAdjuster.adjust(new Rect(-10, 40, 10, 55), 400, 300);
    }
}
