package org.jmapserv.data.ogr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jmapserv.data.Feature;
import org.jmapserv.data.FeatureCursor;
import org.jmapserv.data.FeatureSource;

/**
 * OGR SQL run over one layer of a driver without an SQL engine of its own (GeoJSON, FlatGeobuf, CSV, shapefiles, VRT
 * layers), as GDAL's OGRGenSQLResultsLayer does for OGR_DS_ExecuteSQL: the layer's features filtered by WHERE,
 * ordered, limited, and given the SELECT's fields; each result keeps its source geometry and FID. A DISTINCT or
 * aggregate SELECT has no geometries in OGR, so MapServer draws nothing from it: so do we. Also the attribute filter
 * (PROCESSING "NATIVE_FILTER", OGR_L_SetAttributeFilter) over any such layer.
 */
final class OgrSqlLayer {

    private OgrSqlLayer() {
    }

    /**
     * A JOINed table read by the caller: how the SQL names it, its fields and their types, and every row — rows
     * without a geometry included (a secondary table is often attribute-only; its geometry is never used).
     */
    record Joined(OgrSqlParser.JoinRef ref, List<String> names, List<OgrFieldType> types, List<Feature> rows,
                  boolean textFields) {
    }

    /** Runs {@code sql} (whose FROM is {@code base}'s layer) and holds the result in memory. */
    static MemoryFeatureSource select(OgrOpenRequest req, FeatureSource base, String sql, boolean textFields) {
        return select(req, base, sql, textFields, List.of());
    }

    /** Runs {@code sql} over {@code base} with its JOINed tables (in {@link OgrSqlParser#joins} order). */
    static MemoryFeatureSource select(OgrOpenRequest req, FeatureSource base, String sql, boolean textFields,
                                      List<Joined> joined) {
        List<Feature> all = readAll(req, base);
        List<String> names = base.attributeNames();
        List<OgrFieldType> types = textFields ? OgrFieldType.allStrings(names.size()) : OgrFieldType.of(base, () -> all);
        List<OgrSqlParser.JoinTable> tables = new ArrayList<>();
        List<List<TypedRow>> secondaryRows = new ArrayList<>();
        for (Joined j : joined) {
            tables.add(new OgrSqlParser.JoinTable(j.ref(), j.names(), j.types()));
            List<TypedRow> typed = new ArrayList<>(j.rows().size());
            j.rows().forEach(f -> typed.add(new TypedRow(f, j.types(), !j.textFields())));
            secondaryRows.add(typed);
        }
        OgrSqlParser.Select s;
        try {
            s = OgrSqlParser.select(sql, names, types, tables);
        } catch (OgrSqlException e) {
            throw OgrErrors.sqlFailed(req, e.getMessage());
        }
        List<String> outNames = s.columns().stream().map(OgrSqlParser.Column::name).toList();
        if (s.noGeometry()) {
            return new MemoryFeatureSource(outNames, List.of(), 0).withProjection(base.autoProjection());
        }
        List<TypedRow> rows = new ArrayList<>();
        for (Feature f : all) {
            TypedRow r = new TypedRow(f, types, !textFields);
            if (s.where() == null || s.where().test(r)) {
                rows.add(r);
            }
        }
        if (!s.order().isEmpty()) {
            rows.sort(order(s.order()));
        }
        long from = Math.min(rows.size(), s.offset());
        long to = s.limit() < 0 ? rows.size() : Math.min(rows.size(), from + s.limit());
        List<Feature> out = new ArrayList<>();
        List<JoinMatcher> matchers = new ArrayList<>();
        for (int k = 0; k < s.joins().size(); k++) {
            matchers.add(new JoinMatcher(s.joins().get(k), secondaryRows.get(k), names.size()));
        }
        int width = names.size() + tables.stream().mapToInt(t -> t.names().size()).sum();
        for (TypedRow primary : rows.subList((int) from, (int) to)) {
            TypedRow r = primary;
            if (!matchers.isEmpty()) {
                Object[] joinedValues = java.util.Arrays.copyOf(primary.values(), width);
                for (JoinMatcher m : matchers) {
                    m.fill(primary, joinedValues);
                }
                r = new TypedRow(primary.feature(), joinedValues);
            }
            String[] values = new String[s.columns().size()];
            for (int i = 0; i < values.length; i++) {
                Object v = s.columns().get(i).expr().eval(r);
                values[i] = v == null ? null : OgrSqlExpr.text(v);
            }
            out.add(new Feature(r.feature().index(), r.feature().shape(), new ValueRow(outNames, values)));
        }
        return new MemoryFeatureSource(outNames, out, out.size()).withProjection(base.autoProjection());
    }

    /**
     * One LEFT JOIN as OGRGenSQLResultsLayer::TranslateFeature runs it: the ON condition with the primary feature's
     * values, tried on the secondary rows in order; the first that satisfies it is joined, none when a primary field
     * of the condition is NULL (GDAL cannot build the secondary filter then). An equality of a primary and a secondary
     * field is looked up in a hash of the secondary rows (first row per value), which gives the same row.
     */
    private static final class JoinMatcher {
        private final OgrSqlParser.Join join;
        private final List<TypedRow> candidates;
        private final List<Integer> primaryFields = new ArrayList<>();
        private final java.util.Map<Object, TypedRow> byKey;
        private final int primaryKey;

        JoinMatcher(OgrSqlParser.Join join, List<TypedRow> candidates, int primaryCount) {
            this.join = join;
            this.candidates = candidates;
            List<OgrSqlExpr.Field> fields = new ArrayList<>();
            OgrSqlExpr.fields(join.on(), fields);
            fields.stream().filter(f -> f.index() < primaryCount).forEach(f -> primaryFields.add(f.index()));
            int pk = -1;
            int sk = -1;
            if (join.on() instanceof OgrSqlExpr.Compare c && c.op().equals("=")
                    && c.left() instanceof OgrSqlExpr.Field a && c.right() instanceof OgrSqlExpr.Field b) {
                if (a.index() < primaryCount && b.index() >= join.offset()) {
                    pk = a.index();
                    sk = b.index() - join.offset();
                } else if (b.index() < primaryCount && a.index() >= join.offset()) {
                    pk = b.index();
                    sk = a.index() - join.offset();
                }
            }
            this.primaryKey = pk;
            if (pk >= 0) {
                byKey = new java.util.HashMap<>();
                for (TypedRow r : candidates) {
                    Object v = r.values()[sk];
                    if (v != null) {
                        byKey.putIfAbsent(key(v), r);
                    }
                }
            } else {
                byKey = null;
            }
        }

        private static Object key(Object v) {
            return v instanceof Number n ? (Object) n.doubleValue() : v;
        }

        void fill(TypedRow primary, Object[] joined) {
            if (join.neverMatches()) {
                return;
            }
            for (int i : primaryFields) {
                if (primary.values()[i] == null) {
                    return;
                }
            }
            TypedRow match = null;
            if (byKey != null) {
                match = byKey.get(key(primary.values()[primaryKey]));
            } else {
                Object[] trial = joined.clone();
                for (TypedRow c : candidates) {
                    System.arraycopy(c.values(), 0, trial, join.offset(), c.values().length);
                    if (join.on().test(new TypedRow(primary.feature(), trial))) {
                        match = c;
                        break;
                    }
                }
            }
            if (match != null) {
                System.arraycopy(match.values(), 0, joined, join.offset(), match.values().length);
            }
        }
    }

    /**
     * {@code SELECT ... UNION ALL SELECT ...}: the results one after another, with the fields of all of them (by
     * name, case-insensitively, in order of first appearance), as OGR's union of the SELECT layers gives them.
     */
    static MemoryFeatureSource unionAll(List<MemoryFeatureSource> parts) {
        List<String> names = new ArrayList<>();
        for (MemoryFeatureSource p : parts) {
            for (String n : p.attributeNames()) {
                if (names.stream().noneMatch(n::equalsIgnoreCase)) {
                    names.add(n);
                }
            }
        }
        List<Feature> out = new ArrayList<>();
        long fid = 0;
        for (MemoryFeatureSource p : parts) {
            int[] at = new int[p.attributeNames().size()];
            for (int i = 0; i < at.length; i++) {
                String n = p.attributeNames().get(i);
                for (int k = 0; k < names.size(); k++) {
                    if (names.get(k).equalsIgnoreCase(n)) {
                        at[i] = k;
                        break;
                    }
                }
            }
            for (Feature f : p.features()) {
                String[] values = new String[names.size()];
                for (int i = 0; i < at.length; i++) {
                    String v = f.attributes().value(i);
                    values[at[i]] = v == null || v.isEmpty() ? null : v;
                }
                out.add(new Feature(fid++, f.shape(), new ValueRow(names, values)));
            }
        }
        return new MemoryFeatureSource(names, out, out.size()).withProjection(parts.get(0).autoProjection());
    }

    /** The layer with an OGR SQL attribute filter: only the features {@code where} holds for. */
    static FeatureSource filter(OgrOpenRequest req, FeatureSource base, String where, boolean textFields) {
        List<String> names = base.attributeNames();
        List<OgrFieldType> types = textFields ? OgrFieldType.allStrings(names.size())
                : OgrFieldType.of(base, () -> readAll(req, base));
        OgrSqlExpr e;
        try {
            e = OgrSqlParser.where(where, names, types);
        } catch (OgrSqlException x) {
            throw new org.jmapserv.data.DataSourceException("msOGRFileWhichShapes(): OGR error. SetAttributeFilter("
                    + OgrSqlParser.abbreviate(where) + ") failed on layer " + req.layerName() + ". " + x.getMessage() + " (" + req.file() + ")");
        }
        OgrSqlExpr condition = e;
        boolean emptyIsNull = !textFields;
        return new FilteredSource(base, f -> condition.test(new TypedRow(f, types, emptyIsNull)), false);
    }

    /** Every row of {@code base}, those without geometry included where the driver keeps them, as GDAL's SQL reads. */
    static List<Feature> readAll(OgrOpenRequest req, FeatureSource base) {
        if (base instanceof MemoryFeatureSource m) {
            return m.attributeRows();
        }
        if (base instanceof FlatGeobufSource f) {
            return f.attributeRows();
        }
        List<Feature> all = new ArrayList<>();
        try (FeatureCursor c = base.query(null)) {
            for (Feature f = c.next(); f != null; f = c.next()) {
                all.add(f);
            }
        }
        if (base instanceof org.jmapserv.data.shapefile.ShapefileReader shp) {
            return withNullShapes(all, shp.attributes());
        }
        return all;
    }

    /** A shapefile's records in order, those with a null shape (which the reader does not return) from the .dbf. */
    private static List<Feature> withNullShapes(List<Feature> drawn, org.jmapserv.data.shapefile.DbfReader dbf) {
        if (drawn.size() >= dbf.recordCount()) {
            return drawn;
        }
        Feature[] byRecord = new Feature[dbf.recordCount()];
        for (Feature f : drawn) {
            if (f.index() >= 0 && f.index() < byRecord.length) {
                byRecord[(int) f.index()] = f;
            }
        }
        List<Feature> all = new ArrayList<>(byRecord.length);
        for (int i = 0; i < byRecord.length; i++) {
            all.add(byRecord[i] != null ? byRecord[i] : new Feature(i, MemoryFeatureSource.NO_GEOMETRY, dbf.row(i)));
        }
        return all;
    }

    /** ORDER BY as OGR sorts: nulls first ascending (last descending), stable. */
    private static Comparator<TypedRow> order(List<OgrSqlParser.OrderKey> keys) {
        Comparator<TypedRow> c = null;
        for (OgrSqlParser.OrderKey k : keys) {
            Comparator<TypedRow> one = (a, b) -> {
                Object x = k.expr().eval(a);
                Object y = k.expr().eval(b);
                int r = x == null ? (y == null ? 0 : -1) : y == null ? 1 : OgrSqlExpr.compare(x, y);
                return k.descending() ? -r : r;
            };
            c = c == null ? one : c.thenComparing(one);
        }
        return c;
    }

    /** A feature with its fields converted to the types OGR SQL compares them as. */
    private record TypedRow(Feature feature, Object[] values) implements OgrSqlExpr.Row {
        TypedRow(Feature f, List<OgrFieldType> types, boolean emptyIsNull) {
            this(f, convert(f, types, emptyIsNull));
        }

        private static Object[] convert(Feature f, List<OgrFieldType> types, boolean emptyIsNull) {
            Object[] v = new Object[types.size()];
            for (int i = 0; i < v.length; i++) {
                String s = f.attributes().value(i);
                if (s == null || (s.isEmpty() && (emptyIsNull || types.get(i).numeric()))) {
                    continue;
                }
                v[i] = switch (types.get(i)) {
                    case INTEGER -> number(s).longValue();
                    case REAL -> number(s).doubleValue();
                    case STRING -> s;
                };
            }
            return v;
        }

        /** A declared-numeric value as OGR reads it: the number, or atof's prefix of a malformed one ("****"). */
        private static Number number(String s) {
            try {
                return s.indexOf('.') < 0 && s.indexOf('e') < 0 && s.indexOf('E') < 0 ? Long.parseLong(s.strip())
                        : Double.parseDouble(s.strip());
            } catch (NumberFormatException e) {
                return OgrSqlExpr.leadingNumber(s);
            }
        }

        @Override
        public Object field(int index) {
            return values[index];
        }
    }
}
