package org.jmapserv.data.union;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jmapserv.data.AttributeRow;
import org.jmapserv.data.DataSourceException;
import org.jmapserv.data.Feature;
import org.jmapserv.data.FeatureCursor;
import org.jmapserv.data.FeatureSource;
import org.jmapserv.data.LayerSources;
import org.jmapserv.data.ShapeGeometry;
import org.jmapserv.geo.ProjectionException;
import org.jmapserv.geo.ProjectionFactory;
import org.jmapserv.geo.Rect;
import org.jmapserv.geo.Reprojector;
import org.jmapserv.mapfile.model.ClassDef;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.model.Status;
import org.jmapserv.mapfile.model.expr.ExpressionEvaluator;
import org.locationtech.jts.geom.Envelope;

/**
 * CONNECTIONTYPE UNION as msUnionLayerOpen / WhichShapes / NextShape (mapunion.c): CONNECTION lists source layers
 * of the map by name, each of the union's TYPE; their features are returned source after source, each source's
 * own FILTER applied and its features reprojected to the union layer's projection. The attributes are
 * {@code Union_SourceLayerName}, {@code Union_SourceLayerGroup}, {@code Union_SourceLayerVisible} (the names MapServer
 * 8.0 uses) followed by the source attributes by name. PROCESSING {@code UNION_STATUS_CHECK=TRUE} skips sources that
 * are STATUS OFF. MapServer's default scale check (UNION_SCALE_CHECK) needs the map scale, which a source does not
 * see: a source with scale limits is refused unless {@code UNION_SCALE_CHECK=FALSE}.
 */
public final class UnionFeatureSource implements FeatureSource {

    public static final String SOURCE_NAME = "Union_SourceLayerName";
    public static final String SOURCE_GROUP = "Union_SourceLayerGroup";
    public static final String SOURCE_VISIBLE = "Union_SourceLayerVisible";

    private final LayerDef union;
    private final List<Source> sources;
    private final List<String> names;
    private final ExpressionEvaluator evaluator = new ExpressionEvaluator();

    /** One opened source layer with its reprojection into the union layer (null = none needed). */
    private record Source(LayerDef layer, FeatureSource data, Reprojector toUnion, Reprojector toSource) {
    }

    private UnionFeatureSource(LayerDef union, List<Source> sources, List<String> names) {
        this.union = union;
        this.sources = sources;
        this.names = names;
    }

    /** Opens every source layer through {@code all}; a failure closes those already open. */
    public static UnionFeatureSource open(MapDef map, LayerDef union, LayerSources all) {
        if (union.connection() == null || union.connection().isBlank()) {
            throw new DataSourceException("msUnionLayerOpen(): The CONNECTION option is not specified for layer: "
                    + union.name());
        }
        if (union.styleItem() != null && union.styleItem().equalsIgnoreCase("AUTO")) {
            throw new DataSourceException("msUnionLayerOpen(): STYLEITEM \"AUTO\" on union layer '" + union.name()
                    + "' (the source layers' own class styles) is not supported by jmapserv");
        }
        boolean statusCheck = "true".equalsIgnoreCase(processing(union, "UNION_STATUS_CHECK"));
        boolean scaleCheck = !"false".equalsIgnoreCase(processing(union, "UNION_SCALE_CHECK"));
        List<Source> sources = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>(List.of(SOURCE_NAME, SOURCE_GROUP, SOURCE_VISIBLE));
        ProjectionFactory projections = new ProjectionFactory();
        try {
            for (String raw : union.connection().split(",")) {
                String name = raw.trim();
                LayerDef src = find(map, name);
                if (src == null || src == union) {
                    throw new DataSourceException("msUnionLayerOpen(): Invalid layer: " + name + " (in the CONNECTION "
                            + "of union layer '" + union.name() + "')");
                }
                if (src.type() != union.type()) {
                    throw new DataSourceException("msUnionLayerOpen(): The type of the source layer doesn't match "
                            + "with the union layer: " + src.name());
                }
                if (statusCheck && src.status() == Status.OFF) {
                    continue;
                }
                if (scaleCheck && hasScaleLimits(src)) {
                    throw new DataSourceException("msUnionLayerOpen(): source layer '" + src.name() + "' of union layer '"
                            + union.name() + "' has scale limits, which jmapserv's UNION cannot check yet; set "
                            + "PROCESSING \"UNION_SCALE_CHECK=FALSE\" to draw it at every scale");
                }
                FeatureSource data = all.open(map, src);
                sources.add(reprojected(union, src, data, projections));
                names.addAll(data.attributeNames());
            }
        } catch (RuntimeException e) {
            sources.forEach(s -> s.data().close());
            throw e;
        }
        return new UnionFeatureSource(union, sources, List.copyOf(names));
    }

    private static Source reprojected(LayerDef union, LayerDef src, FeatureSource data, ProjectionFactory projections) {
        if (src.projection().isEmpty() || union.projection().isEmpty()
                || !Reprojector.argsDiffer(src.projection().args(), union.projection().args())) {
            return new Source(src, data, null, null);
        }
        try {
            Reprojector to = Reprojector.between(projections.fromMapfileArgs(src.projection().args()),
                    projections.fromMapfileArgs(union.projection().args()));
            Reprojector back = Reprojector.between(projections.fromMapfileArgs(union.projection().args()),
                    projections.fromMapfileArgs(src.projection().args()));
            return to.isIdentity() ? new Source(src, data, null, null) : new Source(src, data, to, back);
        } catch (ProjectionException e) {
            data.close();
            throw new DataSourceException("msUnionLayerOpen(): source layer '" + src.name() + "': "
                    + "msProcessProjection(): Projection library error. " + e.getMessage());
        }
    }

    private static LayerDef find(MapDef map, String name) {
        for (LayerDef l : map.layers()) {
            if (name.equals(l.name())) {
                return l;
            }
        }
        return null;
    }

    private static boolean hasScaleLimits(LayerDef l) {
        if (l.minScaleDenom() > 0 || l.maxScaleDenom() > 0) {
            return true;
        }
        for (ClassDef c : l.classes()) {
            if (c.minScaleDenom() > 0 || c.maxScaleDenom() > 0) {
                return true;
            }
        }
        return false;
    }

    private static String processing(LayerDef l, String key) {
        String prefix = key.toUpperCase(Locale.ROOT) + "=";
        for (String p : l.processing()) {
            if (p.toUpperCase(Locale.ROOT).startsWith(prefix)) {
                return p.substring(prefix.length()).trim();
            }
        }
        return null;
    }

    @Override
    public List<String> attributeNames() {
        return names;
    }

    @Override
    public Envelope bounds() {
        Envelope e = new Envelope();
        for (Source s : sources) {
            Envelope b = s.data().bounds();
            if (s.toUnion() != null && !b.isNull()) {
                Rect r = s.toUnion().transform(Rect.of(b));
                b = new Envelope(r.minX(), r.maxX(), r.minY(), r.maxY());
            }
            e.expandToInclude(b);
        }
        return e;
    }

    @Override
    public FeatureCursor query(Envelope extent) {
        return new FeatureCursor() {
            private int current = -1;
            private FeatureCursor cursor;

            @Override
            public Feature next() {
                while (true) {
                    if (cursor == null) {
                        if (++current >= sources.size()) {
                            return null;
                        }
                        Source s = sources.get(current);
                        Envelope q = extent;
                        if (extent != null && s.toSource() != null) {
                            Rect r = s.toSource().transform(Rect.of(extent));
                            q = new Envelope(r.minX(), r.maxX(), r.minY(), r.maxY());
                        }
                        cursor = s.data().query(q);
                    }
                    Feature f = cursor.next();
                    if (f == null) {
                        cursor.close();
                        cursor = null;
                        continue;
                    }
                    Source s = sources.get(current);
                    if (s.layer().filter() != null
                            && !evaluator.matches(s.layer().filter(), f, s.layer().filterItem())) {
                        continue;
                    }
                    Feature out = toUnion(s, f);
                    if (out != null) {
                        return out;
                    }
                }
            }

            @Override
            public void close() {
                if (cursor != null) {
                    cursor.close();
                }
            }
        };
    }

    private Feature toUnion(Source s, Feature f) {
        ShapeGeometry shape = f.shape();
        if (s.toUnion() != null) {
            double[] xy = shape.coordinates().clone();
            if (s.toUnion().transform(xy, 0, xy.length / 2) == xy.length / 2) {
                return null;
            }
            shape = ShapeGeometry.of(shape.kind(), shape.partStarts(), xy);
        }
        return new Feature(f.index(), shape, new Row(names, s.layer(), f.attributes()));
    }

    @Override
    public long count() {
        long n = 0;
        for (Source s : sources) {
            n += s.data().count();
        }
        return n;
    }

    @Override
    public void close() {
        sources.forEach(s -> s.data().close());
    }

    /** BuildFeatureAttributes: the three union items, then the source's values by name ("" when it has none). */
    private record Row(List<String> names, LayerDef source, AttributeRow row) implements AttributeRow {
        @Override
        public String value(int index) {
            return switch (index) {
                case 0 -> source.name();
                case 1 -> source.group() == null ? "" : source.group();
                case 2 -> source.status() == Status.OFF ? "0" : "1";
                default -> {
                    String v = row.value(names.get(index));
                    yield v == null ? "" : v;
                }
            };
        }

        @Override
        public String shapeText() {
            return row.shapeText();
        }
    }
}
