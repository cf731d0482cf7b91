package org.jmapserv.render.check;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jmapserv.mapfile.Diagnostic;
import org.jmapserv.mapfile.SourcePosition;
import org.jmapserv.mapfile.model.ClassDef;
import org.jmapserv.mapfile.model.LabelDef;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.model.StyleDef;

/**
 * Lists what a loaded mapfile asks for that this renderer does not honour, so that nothing is drawn wrong
 * silently: every {@link ReportedKeywords#REPORTED} component whose value differs from MapServer's default
 * (the record's Builder default, as initLayer/initStyle/... set it), plus the values of honoured keywords that are
 * not honoured (PROCESSING directives, attribute bindings). Each finding names the file:line:column of the block it
 * is in. Walks the model generically, so new model records are covered without changes here.
 */
public final class IgnoredKeywordScanner {

    /** PROCESSING keys some part of the renderer reads (msLayerGetProcessingKey callers that are honoured). */
    static final Set<String> HONOURED_PROCESSING = Set.of("ITEMS", "CHART_TYPE", "CHART_SIZE", "CHART_SIZE_RANGE",
            "CHART_SCALE", "CHART_BAR_MAXVAL", "CHART_BAR_MINVAL", "CLOSE_CONNECTION", "POLYLINE_NO_CLIP",
            // raster layers (msDrawRasterLayerGDAL, msResampleGDALToMap)
            "BANDS", "SCALE", "SCALE_BUCKETS", "NODATA", "LUT", "RESAMPLE", "OVERSAMPLE_RATIO", "LOAD_WHOLE_IMAGE",
            "LOAD_FULL_RES_IMAGE", "CLASSIFY_SCALED", "EXTENT_PRIORITY", "WORLDFILE", "RANGE_COLORSPACE",
            "USE_MASK_BAND",
            // CONNECTIONTYPE KERNELDENSITY (msKernelDensityProcessing)
            "KERNELDENSITY_RADIUS", "KERNELDENSITY_COMPUTE_BORDERS", "KERNELDENSITY_NORMALIZATION",
            // CONNECTIONTYPE IDW (msIdwProcessing)
            "IDW_RADIUS", "IDW_POWER", "IDW_COMPUTE_BORDERS",
            // LAYER CLUSTER (RebuildClusters)
            "CLUSTER_ALGORITHM", "CLUSTER_GET_ALL_SHAPES", "CLUSTER_KEEP_LOCATIONS", "CLUSTER_USE_MAP_UNITS",
            // CONNECTIONTYPE CONTOUR (mapcontour.c)
            "CONTOUR_ITEM", "CONTOUR_INTERVAL", "CONTOUR_LEVELS",
            // COLOR_MATCH_THRESHOLD only steered GD palette output, gone in 8.0: 8.0 draws the same with or without it
            "COLOR_MATCH_THRESHOLD",
            // PostGIS and OGR sources, UNION layers
            "NATIVE_FILTER", "FORCE2D", "UNION_SCALE_CHECK", "UNION_STATUS_CHECK",
            // labels
            "LABEL_NO_CLIP",
            // drawing
            "RENDERMODE");
    /** Per-band forms of raster keys: SCALE_1, LUT_3 (msDrawRasterLayerGDAL reads them band by band). */
    private static final java.util.regex.Pattern PER_BAND = java.util.regex.Pattern.compile("(SCALE|LUT)_\\d+");
    /** STYLE properties that may be bound to an attribute and are honoured (StyleResolver, the chart painter). */
    static final Set<String> HONOURED_STYLE_BINDINGS = Set.of("COLOR", "OUTLINECOLOR", "OPACITY", "SIZE", "WIDTH",
            "OUTLINEWIDTH", "ANGLE", "OFFSET_X", "OFFSET_Y", "SYMBOL", "POLAROFFSET_PIXEL", "POLAROFFSET_ANGLE");

    private static final String MODEL = "org.jmapserv.mapfile.model.";
    private static final Map<Class<?>, Object> DEFAULTS = new ConcurrentHashMap<>();
    private static final Map<Class<?>, RecordComponent[]> COMPONENTS = new ConcurrentHashMap<>();

    /** The findings for {@code map}, in file order of the blocks. */
    public List<Diagnostic> scan(MapDef map) {
        List<Diagnostic> out = new ArrayList<>();
        walk(map, "MAP", map.source(), out);
        for (org.jmapserv.mapfile.model.OutputFormatDef f : map.outputFormats()) {
            geoPdfOptions(f, out);
        }
        for (LayerDef l : map.layers()) {
            values(l, out);
            if (map.angle() != 0 && (l.projection().isEmpty() || map.projection().isEmpty())) {
                out.add(new Diagnostic(l.source(), label(l, -1) + ": MAP ANGLE does not rotate a layer unless both "
                        + "the map and the layer have a PROJECTION (MapServer 8.0 then draws it in pixel "
                        + "coordinates; jmapserv draws it unrotated)"));
            } else if (map.angle() != 0 && l.connectionType() == org.jmapserv.mapfile.model.ConnectionType.WMS) {
                out.add(new Diagnostic(l.source(), label(l, -1) + ": MAP ANGLE is ignored for WMS layers"));
            }
            if ("YES".equalsIgnoreCase(map.config().value("MS_NONSQUARE"))
                    && l.type() == org.jmapserv.mapfile.model.LayerType.RASTER
                    && (l.projection().isEmpty() || map.projection().isEmpty())) {
                out.add(new Diagnostic(l.source(), label(l, -1) + ": MS_NONSQUARE does not resample a raster layer "
                        + "unless both the map and the layer have a PROJECTION (MapServer 8.0 then draws nothing of "
                        + "it; jmapserv draws it stretched to the map)"));
            }
        }
        return out;
    }

    /**
     * CAIRO/PDF's GEO_ENCODING (msTransformToGeospatialPDF rewrites the PDF through GDAL's PDF driver, with the
     * METADATA_ITEM:* options as document metadata): jmapserv writes the same page without georeferencing.
     */
    private static void geoPdfOptions(org.jmapserv.mapfile.model.OutputFormatDef f, List<Diagnostic> out) {
        if (f.driver() == null || !f.driver().equalsIgnoreCase("CAIRO/PDF")) {
            return;
        }
        for (String o : f.formatOptions()) {
            if (o.toUpperCase(java.util.Locale.ROOT).startsWith("GEO_ENCODING=")) {
                out.add(new Diagnostic(f.source(), "OUTPUTFORMAT '" + f.name() + "': FORMATOPTION \"" + o
                        + "\" is ignored (the PDF is written without geospatial encoding or METADATA_ITEM "
                        + "entries)"));
            }
        }
    }

    private void walk(Object record, String where, SourcePosition pos, List<Diagnostic> out) {
        Class<?> type = record.getClass();
        String simple = type.getSimpleName();
        Object defaults = defaultsOf(type);
        SourcePosition here = positionOf(record, pos);
        for (RecordComponent rc : components(type)) {
            String key = simple + "." + rc.getName();
            String what = ReportedKeywords.REPORTED.get(key);
            if (what == null && isLeaf(rc.getType())) {
                continue; // neither reported nor a block to walk into: not worth a reflective read
            }
            Object value = read(rc, record);
            if (what != null && defaults != null && !isDefault(value, read(rc, defaults))
                    && ReportedKeywords.ONLY_WHEN.getOrDefault(key, v -> true).test(value)) {
                out.add(new Diagnostic(positionOf(value, here), where + ": " + what));
                continue; // the whole value is reported: nothing below it needs its own line
            }
            if (value == null) {
                continue;
            }
            if (isModelRecord(value)) {
                if (ReportedKeywords.REPORTED.containsKey(value.getClass().getSimpleName())) {
                    out.add(new Diagnostic(positionOf(value, here),
                            where + ": " + ReportedKeywords.REPORTED.get(value.getClass().getSimpleName())));
                } else {
                    walk(value, child(where, label(value, -1)), here, out);
                }
            } else if (value instanceof Collection<?> list) {
                int i = 0;
                for (Object e : list) {
                    i++;
                    if (isModelRecord(e) && !ReportedKeywords.INERT.containsKey(e.getClass().getSimpleName())) {
                        walk(e, child(where, label(e, i)), here, out);
                    }
                }
            }
        }
    }

    /** Values of honoured keywords that are not honoured. */
    private void values(LayerDef l, List<Diagnostic> out) {
        String where = label(l, -1);
        for (String p : l.processing()) {
            int eq = p.indexOf('=');
            String key = (eq < 0 ? p : p.substring(0, eq)).strip().toUpperCase(Locale.ROOT);
            if (!HONOURED_PROCESSING.contains(key) && !PER_BAND.matcher(key).matches()) {
                out.add(new Diagnostic(l.source(), where + ": PROCESSING \"" + p + "\" is ignored"));
            }
        }
        int ci = 0;
        for (ClassDef c : l.classes()) {
            ci++;
            int si = 0;
            for (StyleDef s : c.styles()) {
                si++;
                for (String k : s.bindings().keySet()) {
                    if (!HONOURED_STYLE_BINDINGS.contains(k)) {
                        out.add(new Diagnostic(s.source(), where + " CLASS " + ci + " STYLE " + si + ": "
                                + k.replace('_', ' ') + " bound to an attribute is ignored"));
                    }
                }
            }
        }
    }

    /** Blocks directly in MAP are named alone ("LAYER 'roads'"), deeper ones with their path. */
    private static String child(String where, String label) {
        return where.equals("MAP") ? label : where + " " + label;
    }

    private static String label(Object record, int index) {
        String kind = record.getClass().getSimpleName().replaceFirst("Def$", "").toUpperCase(Locale.ROOT);
        if (record instanceof LayerDef l && l.name() != null) {
            return kind + " '" + l.name() + "'";
        }
        if (record instanceof ClassDef || record instanceof StyleDef || record instanceof LabelDef) {
            return index > 0 ? kind + " " + index : kind;
        }
        return kind;
    }

    private static boolean isModelRecord(Object o) {
        return o != null && o.getClass().isRecord() && o.getClass().getName().startsWith(MODEL);
    }

    private static SourcePosition positionOf(Object value, SourcePosition fallback) {
        if (isModelRecord(value)) {
            for (RecordComponent rc : components(value.getClass())) {
                if (rc.getName().equals("source") && read(rc, value) instanceof SourcePosition p
                        && p.line() > 0) {
                    return p;
                }
            }
        }
        return fallback;
    }

    /** A record's components, looked up once per type (getRecordComponents copies and re-parses every call). */
    private static RecordComponent[] components(Class<?> type) {
        return COMPONENTS.computeIfAbsent(type, Class::getRecordComponents);
    }

    /** Values that hold no block: primitives, strings, boxed numbers and enums. */
    private static boolean isLeaf(Class<?> type) {
        return type.isPrimitive() || type == String.class || type.isEnum() || type == Boolean.class
                || Number.class.isAssignableFrom(type);
    }

    private static boolean isDefault(Object value, Object dflt) {
        if (value instanceof Collection<?> c && c.isEmpty() && (dflt == null || dflt instanceof Collection<?>)) {
            return true;
        }
        if (value instanceof Map<?, ?> m && m.isEmpty()) {
            return true;
        }
        if (value instanceof org.jmapserv.mapfile.model.Metadata m && m.equals(org.jmapserv.mapfile.model.Metadata.EMPTY)) {
            return true;
        }
        return Objects.equals(value, dflt);
    }

    private static Object read(RecordComponent rc, Object record) {
        try {
            return rc.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + rc, e);
        }
    }

    /** {@code new Type.Builder().build()}: the record as MapServer's init function leaves it, or null. */
    private static Object defaultsOf(Class<?> type) {
        return DEFAULTS.computeIfAbsent(type, t -> {
            try {
                Class<?> b = Class.forName(t.getName() + "$Builder");
                Object builder = b.getConstructor().newInstance();
                return b.getMethod("build").invoke(builder);
            } catch (ReflectiveOperationException | RuntimeException e) {
                return Boolean.FALSE; // no builder: a value type with nothing to report
            }
        }) instanceof Boolean ? null : DEFAULTS.get(type);
    }
}
