package org.jmapserv.data.ogr;

import java.util.ArrayList;
import java.util.List;

import org.jmapserv.data.Feature;

/**
 * The OGR field types OGR SQL distinguishes when it checks and compares operands (swq_field_type): integers, reals
 * and strings. Drivers that read every field as text (CSV) declare all strings, as OGR does; FlatGeobuf and dBASE
 * declare theirs; for the others (GeoJSON) the type is inferred from the values as GDAL's GeoJSON driver infers it
 * (all integers: Integer; all numbers: Real; else String).
 */
enum OgrFieldType {
    INTEGER, REAL, STRING;

    boolean numeric() {
        return this != STRING;
    }

    /** Each field's type from the values of {@code features} (an all-empty field is a String, as in GDAL). */
    static List<OgrFieldType> infer(List<String> names, List<Feature> features) {
        List<OgrFieldType> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            OgrFieldType t = null;
            for (Feature f : features) {
                String v = f.attributes().value(i);
                if (v == null || v.isEmpty()) {
                    continue;
                }
                OgrFieldType vt = of(v);
                t = t == null ? vt : widen(t, vt);
                if (t == STRING) {
                    break;
                }
            }
            out.add(t == null ? STRING : t);
        }
        return out;
    }

    /**
     * The types of {@code source}'s fields: declared by the format where it declares them (FlatGeobuf columns, dBASE
     * N/F/C fields), else inferred from {@code features} (read lazily: only when needed).
     */
    static List<OgrFieldType> of(org.jmapserv.data.FeatureSource source,
                                 java.util.function.Supplier<List<Feature>> features) {
        if (source instanceof FlatGeobufSource f) {
            return f.fieldTypes();
        }
        if (source instanceof org.jmapserv.data.shapefile.ShapefileReader r) {
            return dbf(r.attributes().fields());
        }
        return infer(source.attributeNames(), features.get());
    }

    /** dBASE fields as OGR's shapefile driver types them: N without decimals Integer, N with them and F Real. */
    static List<OgrFieldType> dbf(List<org.jmapserv.data.shapefile.DbfField> fields) {
        List<OgrFieldType> out = new ArrayList<>();
        for (org.jmapserv.data.shapefile.DbfField f : fields) {
            out.add(switch (Character.toUpperCase(f.type())) {
                case 'N' -> f.decimals() == 0 && f.length() < 19 ? INTEGER : REAL;
                case 'F' -> REAL;
                default -> STRING;
            });
        }
        return out;
    }

    static List<OgrFieldType> allStrings(int n) {
        List<OgrFieldType> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(STRING);
        }
        return out;
    }

    private static OgrFieldType of(String v) {
        if (v.matches("-?\\d{1,18}")) {
            return INTEGER;
        }
        try {
            Double.parseDouble(v);
            return v.matches("[-+0-9.eE]+") ? REAL : STRING;
        } catch (NumberFormatException e) {
            return STRING;
        }
    }

    private static OgrFieldType widen(OgrFieldType a, OgrFieldType b) {
        if (a == b) {
            return a;
        }
        return a == STRING || b == STRING ? STRING : REAL;
    }
}
