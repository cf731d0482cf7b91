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

    /** Runs {@code sql} (whose FROM is {@code base}'s layer) and holds the result in memory. */
    static MemoryFeatureSource select(OgrOpenRequest req, FeatureSource base, String sql, boolean textFields) {
        List<Feature> all = readAll(req, base);
        List<String> names = base.attributeNames();
        List<OgrFieldType> types = textFields ? OgrFieldType.allStrings(names.size()) : OgrFieldType.of(base, () -> all);
        OgrSqlParser.Select s;
        try {
            s = OgrSqlParser.select(sql, names, types);
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
        for (TypedRow r : rows.subList((int) from, (int) to)) {
            String[] values = new String[s.columns().size()];
            for (int i = 0; i < values.length; i++) {
                Object v = s.columns().get(i).expr().eval(r);
                values[i] = v == null ? null : OgrSqlExpr.text(v);
            }
            out.add(new Feature(r.feature().index(), r.feature().shape(), new ValueRow(outNames, values)));
        }
        return new MemoryFeatureSource(outNames, out, out.size()).withProjection(base.autoProjection());
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

    private static List<Feature> readAll(OgrOpenRequest req, FeatureSource base) {
        List<Feature> all = new ArrayList<>();
        try (FeatureCursor c = base.query(null)) {
            for (Feature f = c.next(); f != null; f = c.next()) {
                all.add(f);
            }
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
