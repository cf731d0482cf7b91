package org.jmapserv.data.postgis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jmapserv.data.Feature;
import org.jmapserv.data.FeatureCursor;
import org.jmapserv.data.FeatureSource;
import org.jmapserv.mapfile.model.ConnectionType;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.LayerType;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.model.expr.ExpressionDef;
import org.jmapserv.mapfile.model.expr.ExpressionKind;
import org.jmapserv.mapfile.parse.ExpressionRewriter;
import org.locationtech.jts.geom.Envelope;

/** Builds (queryable) PostGIS layer definitions against the test cluster and reads them through a {@link PostgisLayerSource}. */
final class PostgisTestLayers {

    final PostgisCluster cluster;
    final PostgisLayerSource source;

    PostgisTestLayers(PostgisCluster cluster) {
        this.cluster = cluster;
        this.source = new PostgisLayerSource(new PostgisConnections(), cluster.clientEnvironment(), Path.of("/nonexistent"));
    }

    static LayerDef.Builder layer(String name, LayerType type, String connection, String data) {
        LayerDef.Builder b = new LayerDef.Builder();
        b.name = name;
        b.type = type;
        b.connectionType = ConnectionType.POSTGIS;
        b.connection = connection;
        b.data = data;
        b.template = "query.html"; // a queryable layer: every column is fetched
        return b;
    }

    static ExpressionDef logical(String text) {
        return ExpressionRewriter.withText(new ExpressionDef(ExpressionKind.LOGICAL, false, "", null), text);
    }

    List<Feature> read(LayerDef layer, Envelope extent) {
        try (FeatureSource s = source.open(new MapDef.Builder().build(), layer);
             FeatureCursor c = s.query(extent)) {
            List<Feature> out = new ArrayList<>();
            for (Feature f = c.next(); f != null; f = c.next()) {
                out.add(f);
            }
            return out;
        }
    }
}
