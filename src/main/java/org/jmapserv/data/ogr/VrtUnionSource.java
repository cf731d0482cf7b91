package org.jmapserv.data.ogr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jmapserv.data.Feature;
import org.jmapserv.data.FeatureCursor;
import org.jmapserv.data.FeatureSource;
import org.locationtech.jts.geom.Envelope;

/**
 * An {@code OGRVRTUnionLayer} as GDAL's OGRUnionLayer serves it: the features of its source layers one layer after
 * the other. Fields: with {@code <Field>} elements those; else by {@code FieldStrategy} — {@code Union} (default: every
 * source's fields by name, case-insensitively, in order of first appearance), {@code Intersection} (the fields all
 * sources have, in the first source's order) or {@code FirstLayer}; {@code SourceLayerFieldName} adds a first field
 * holding the source layer's name. FIDs are numbered in reading order unless {@code PreserveSrcFID} is ON. A Real
 * field of the Union and Intersection strategies loses its width and precision in OGR, so its values are written as
 * OGR writes an unsized Real ({@code 1650}, not the .dbf's {@code 1650.0}); FirstLayer keeps the first source's.
 */
final class VrtUnionSource implements FeatureSource {

    /** One source layer of the union, with the name its features carry in SourceLayerFieldName. */
    record Part(String name, FeatureSource source) {
    }

    private final List<Part> parts;
    private final List<String> names;
    private final String sourceField;
    private final boolean preserveFid;
    private final boolean reformatReals;
    private final List<String> projection;
    private final List<List<OgrFieldType>> types = new ArrayList<>();

    VrtUnionSource(List<Part> parts, List<String> explicitFields, String strategy, String sourceField,
                   boolean preserveFid, List<String> projection) {
        this.parts = parts;
        this.sourceField = sourceField == null || sourceField.isEmpty() ? null : sourceField;
        this.preserveFid = preserveFid;
        String s = strategy == null || strategy.isBlank() ? "union" : strategy.trim().toLowerCase(Locale.ROOT);
        if (!List.of("union", "intersection", "firstlayer").contains(s)) {
            throw new IllegalArgumentException("Unhandled value for FieldStrategy `" + strategy + "'.");
        }
        this.reformatReals = explicitFields.isEmpty() && !s.equals("firstlayer");
        List<String> n = new ArrayList<>();
        if (this.sourceField != null) {
            n.add(this.sourceField);
        }
        if (!explicitFields.isEmpty()) {
            n.addAll(explicitFields);
        } else if (s.equals("firstlayer")) {
            n.addAll(parts.get(0).source().attributeNames());
        } else if (s.equals("intersection")) {
            for (String f : parts.get(0).source().attributeNames()) {
                if (parts.stream().allMatch(p -> indexOf(p.source().attributeNames(), f) >= 0)) {
                    n.add(f);
                }
            }
        } else {
            for (Part p : parts) {
                for (String f : p.source().attributeNames()) {
                    if (indexOf(n, f) < 0) {
                        n.add(f);
                    }
                }
            }
        }
        this.names = List.copyOf(n);
        this.projection = projection != null ? projection : parts.get(0).source().autoProjection();
        for (Part p : parts) {
            types.add(reformatReals ? OgrFieldType.of(p.source(), () -> readAll(p.source())) : null);
        }
    }

    private static List<Feature> readAll(FeatureSource s) {
        List<Feature> all = new ArrayList<>();
        try (FeatureCursor c = s.query(null)) {
            for (Feature f = c.next(); f != null; f = c.next()) {
                all.add(f);
            }
        }
        return all;
    }

    private static int indexOf(List<String> names, String name) {
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public List<String> attributeNames() {
        return names;
    }

    @Override
    public Envelope bounds() {
        Envelope e = new Envelope();
        parts.forEach(p -> e.expandToInclude(p.source().bounds()));
        return e;
    }

    @Override
    public List<String> autoProjection() {
        return projection;
    }

    @Override
    public FeatureCursor query(Envelope extent) {
        return new FeatureCursor() {
            private int current = -1;
            private FeatureCursor cursor;
            private int[] map;
            private long fid;

            @Override
            public Feature next() {
                while (true) {
                    if (cursor == null) {
                        if (++current >= parts.size()) {
                            return null;
                        }
                        cursor = parts.get(current).source().query(extent);
                        List<String> src = parts.get(current).source().attributeNames();
                        map = new int[names.size()];
                        for (int i = 0; i < map.length; i++) {
                            map[i] = indexOf(src, names.get(i));
                        }
                    }
                    Feature f = cursor.next();
                    if (f == null) {
                        cursor.close();
                        cursor = null;
                        continue;
                    }
                    String[] values = new String[names.size()];
                    List<OgrFieldType> t = types.get(current);
                    for (int i = 0; i < values.length; i++) {
                        if (sourceField != null && i == 0) {
                            values[i] = parts.get(current).name();
                        } else if (map[i] >= 0) {
                            String v = f.attributes().value(map[i]);
                            if (t != null && t.get(map[i]) == OgrFieldType.REAL && v != null && !v.isBlank()) {
                                try {
                                    v = OgrValues.real(Double.parseDouble(v.trim()));
                                } catch (NumberFormatException e) {
                                    // keep what the source gave
                                }
                            }
                            values[i] = v;
                        }
                    }
                    long index = preserveFid ? f.index() : fid++;
                    return new Feature(index, f.shape(), new ValueRow(names, values));
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

    @Override
    public long count() {
        return parts.stream().mapToLong(p -> p.source().count()).sum();
    }

    @Override
    public void close() {
        parts.forEach(p -> p.source().close());
    }
}
