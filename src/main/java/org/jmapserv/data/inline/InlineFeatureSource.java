package org.jmapserv.data.inline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jmapserv.data.AttributeRow;
import org.jmapserv.data.DataSourceException;
import org.jmapserv.data.Feature;
import org.jmapserv.data.FeatureCursor;
import org.jmapserv.data.FeatureSource;
import org.jmapserv.data.ShapeGeometry;
import org.jmapserv.data.ShapeKind;
import org.jmapserv.mapfile.model.FeatureDef;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.LayerType;
import org.jmapserv.mapfile.model.Vertex;
import org.locationtech.jts.geom.Envelope;

/**
 * A layer's inline FEATURE blocks as a {@link FeatureSource} (msINLINELayer*, maplayer.c / loadFeature): each
 * POINTS block is one line or ring, the shape kind follows the layer TYPE (POLYGON, LINE, otherwise points),
 * WKT replaces the POINTS, ITEMS values are named by {@code PROCESSING "ITEMS=a,b"}. Features are numbered 0, 1,
 * 2 ... in file order.
 */
public final class InlineFeatureSource implements FeatureSource {

    private final List<Feature> features;
    private final List<String> names;

    private InlineFeatureSource(List<Feature> features, List<String> names) {
        this.features = features;
        this.names = names;
    }

    public static InlineFeatureSource of(LayerDef layer) {
        List<String> names = itemNames(layer.processing());
        List<Feature> out = new ArrayList<>();
        for (FeatureDef def : layer.features()) {
            ShapeGeometry g = def.wkt() != null ? WktShape.parse(def.wkt(), layer.name()) : fromPoints(def, layer.type());
            if (g == null) {
                continue;
            }
            out.add(new Feature(out.size(), g, new Row(names, def.items(), def.text())));
        }
        return new InlineFeatureSource(List.copyOf(out), names);
    }

    /** PROCESSING "ITEMS=a,b,c", the attribute names of inline features (msLayerGetItems). */
    static List<String> itemNames(List<String> processing) {
        for (String p : processing) {
            if (p.toUpperCase(Locale.ROOT).startsWith("ITEMS=")) {
                return List.copyOf(Arrays.asList(p.substring(6).split(",")));
            }
        }
        return List.of();
    }

    private static ShapeGeometry fromPoints(FeatureDef def, LayerType type) {
        int total = def.parts().stream().mapToInt(List::size).sum();
        if (total == 0) {
            return null;
        }
        ShapeKind kind = type == LayerType.POLYGON ? ShapeKind.POLYGON
                : type == LayerType.LINE ? ShapeKind.LINE : total > 1 ? ShapeKind.MULTIPOINT : ShapeKind.POINT;
        double[] xy = new double[total * 2];
        List<Integer> starts = new ArrayList<>();
        int k = 0;
        for (List<Vertex> part : def.parts()) {
            if (part.isEmpty()) {
                continue;
            }
            starts.add(k);
            for (Vertex v : part) {
                xy[2 * k] = v.x();
                xy[2 * k + 1] = v.y();
                k++;
            }
        }
        return ShapeGeometry.of(kind, starts.stream().mapToInt(Integer::intValue).toArray(), xy);
    }

    @Override
    public List<String> attributeNames() {
        return names;
    }

    @Override
    public Envelope bounds() {
        Envelope e = new Envelope();
        features.forEach(f -> e.expandToInclude(f.shape().envelope()));
        return e;
    }

    @Override
    public FeatureCursor query(Envelope extent) {
        return FeatureCursor.over(features, extent);
    }

    @Override
    public long count() {
        return features.size();
    }

    @Override
    public void close() {
    }

    /**
     * ITEMS values matched to the PROCESSING ITEMS names (missing ones read as empty strings) and the TEXT. An
     * item the layer does not declare also reads as empty: msINLINELayerGetShape pads every feature's values to
     * the items the map refers to, so LABEL TEXT "[Missing]" draws nothing in 8.0 (msautotest misc/issue5558).
     */
    private record Row(List<String> names, List<String> values, String shapeText) implements AttributeRow {
        @Override
        public String value(int index) {
            return index < values.size() ? values.get(index) : "";
        }

        @Override
        public String value(String name) {
            String v = AttributeRow.super.value(name);
            return v == null ? "" : v;
        }
    }

    static DataSourceException badWkt(String layer, String wkt, String why) {
        return new DataSourceException("msWKT2Shape(): Unable to parse WKT \"" + wkt + "\" of an inline feature in layer '"
                + layer + "': " + why);
    }
}
