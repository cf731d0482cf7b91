package org.jmapserv.render.check;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The one table of mapfile keywords the parser accepts but this renderer does not honour (keep it small and
 * sorted: branches that start honouring a keyword delete its row). Two kinds of rows:
 * <ul>
 * <li>{@link #REPORTED}: MapServer would draw differently; {@link IgnoredKeywordScanner} warns with file:line:column
 * whenever the value differs from MapServer's default (map2img prints it, {@code mapfile check} lists it);</li>
 * <li>{@link #INERT}: MapServer's own drawing does not read them either (templates, query maps,
 * OWS metadata, message positions), so nothing is drawn wrong and nothing is printed.</li>
 * </ul>
 * Keys are {@code RecordSimpleName.component} of {@code org.jmapserv.mapfile.model}; a whole record type may be
 * listed by its simple name. {@code ModelCoverageTest} fails when a model component is neither read by product
 * code nor listed here.
 */
public final class ReportedKeywords {

    private ReportedKeywords() {
    }

    /** Component (or record type) → what is not honoured, as printed in the warning. */
    public static final Map<String, String> REPORTED = table(
            "ClassDef.fallback", "CLASS FALLBACK is ignored (the class is used like any other)",
            "ClassDef.keyImage", "CLASS KEYIMAGE is ignored (legend keys are drawn from the styles)",
            "ClassDef.minFeatureSize", "CLASS MINFEATURESIZE is ignored (small features are drawn)",
            "CompositeDef.compFilters", "COMPOSITE COMPFILTER is ignored",
            "LabelDef.encoding", "LABEL ENCODING is ignored (text is taken as UTF-8)",
            "LabelDef.expressions", "LABEL properties given as (expressions) are ignored",
            "LayerDef.maxGeoWidth", "LAYER MAXGEOWIDTH is ignored",
            "LayerDef.minFeatureSize", "LAYER MINFEATURESIZE is ignored (small features are drawn)",
            "LayerDef.minGeoWidth", "LAYER MINGEOWIDTH is ignored",
            "LayerDef.plugin", "LAYER PLUGIN is ignored",
            "StyleDef.expressions", "STYLE properties given as (expressions) are ignored",
            "StyleDef.lineJoinMaxSize", "STYLE LINEJOINMAXSIZE is ignored",
            "StyleDef.rangeItem", "STYLE RANGEITEM is ignored",
            "SymbolDef.transparent", "SYMBOL TRANSPARENT is ignored");

    /**
     * Rows of {@link #REPORTED} that only some values trigger (the others are honoured); without a row here any
     * non-default value is reported.
     */
    public static final Map<String, Predicate<Object>> ONLY_WHEN = Map.of();

    /** Component (or record type) → why MapServer's drawing does not read it either. */
    public static final Map<String, String> INERT = table(
            "ClassDef.debug", "debug output only",
            "ClassDef.metadata", "read by OWS services and templates, not by drawing",
            "ConfigFileDef.path", "where the config file was read from",
            "ConfigFileDef.plugins", "plugin libraries, loaded by the config file reader",
            "IdentifyDef", "later MapServer versions' query settings (8.0 rejects the block)",
            "JoinDef", "joins feed query templates only (msJoinConnect is not called when drawing)",
            "LayerDef.footer", "query template",
            "LayerDef.header", "query template",
            "LayerDef.identify", "later MapServer versions' query settings (8.0 rejects the block)",
            "LayerDef.joins", "joins feed query templates only",
            "LayerDef.tolerance", "query tolerance",
            "LayerDef.toleranceUnits", "query tolerance",
            "LayerDef.units", "vector drawing reads it only for TRANSFORM-ed layers (UNITS PERCENTAGES)",
            "LayerDef.utfData", "UTFGrid output only, which jmapserv refuses to write",
            "LayerDef.utfItem", "UTFGrid output only, which jmapserv refuses to write",
            "LegendDef.template", "legend HTML template",
            "MapDef.latlon", "reference map / mapserv coordinate input",
            "MapDef.queryMap", "query maps only",
            "MapDef.scaleDenom", "mapserv's scale input; map2img draws the EXTENT",
            "MapDef.status", "msDrawMap does not read MAP STATUS",
            "MapDef.symbolSet", "read when the mapfile is loaded",
            "QueryMapDef", "query maps only",
            "StyleDef.antialias", "AGG always antialiases; MapServer 8 keeps ANTIALIAS for GD only",
            "WebDef", "mapserv web templates and temporary files");

    /** Structural components every record has: where it was read, for messages. */
    public static final Set<String> POSITION_COMPONENTS = Set.of("source");

    private static Map<String, String> table(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
