package org.jmapserv.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.model.Metadata;
import org.jmapserv.mapfile.model.WebDef;

/**
 * {@code %key%} runtime substitution guarded by VALIDATION, mirroring msApplySubstitutions and
 * msApplyDefaultSubstitutions (mapfile.c) as mapserv calls them from msCGILoadMap: a value replaces {@code %key%}
 * only if {@code key} is in the applicable VALIDATION block and the value matches its pattern; then
 * {@code default_key} entries fill what is left. The value is the environment variable named {@code key}, else the
 * last request parameter (cookies included). A WEB VALIDATION {@code immutable} key turns all of it off.
 * <p>Scope: layer DATA, TILEINDEX, CONNECTION, PROCESSING and METADATA values take layer then web VALIDATION;
 * WEB METADATA takes web VALIDATION. Class EXPRESSION/TEXT and layer FILTER are not substituted here (they are
 * parsed expressions in our model) — a known gap.
 */
public final class RuntimeSubstitution {

    private final RequestParams params;
    private final Map<String, String> environment;
    private final Consumer<String> errors;

    /** @param errors receives "Parameter pattern validation failed." (not fatal, as in MapServer) */
    public RuntimeSubstitution(RequestParams params, Map<String, String> environment, Consumer<String> errors) {
        this.params = params;
        this.environment = environment;
        this.errors = errors;
    }

    public MapDef apply(MapDef map) {
        Metadata webValidation = map.web().validation();
        if (webValidation.containsKey("immutable")) {
            return map;
        }
        MapDef.Builder b = map.toBuilder();
        List<LayerDef> layers = new ArrayList<>();
        for (LayerDef layer : map.layers()) {
            layers.add(applyToLayer(layer, webValidation));
        }
        b.layers = layers;
        WebDef.Builder web = map.web().toBuilder();
        web.metadata = substituteValues(map.web().metadata(), List.of(webValidation));
        b.web = web.build();
        return b.build();
    }

    private LayerDef applyToLayer(LayerDef layer, Metadata webValidation) {
        List<Metadata> scopes = List.of(layer.validation(), webValidation);
        LayerDef.Builder lb = layer.toBuilder();
        lb.data = substitute(layer.data(), scopes);
        lb.tileIndex = substitute(layer.tileIndex(), scopes);
        lb.connection = substitute(layer.connection(), scopes);
        lb.processing = layer.processing().stream().map(p -> substitute(p, scopes)).toList();
        lb.metadata = substituteValues(layer.metadata(), scopes);
        return lb.build();
    }

    private Metadata substituteValues(Metadata md, List<Metadata> scopes) {
        if (md.isEmpty()) {
            return md;
        }
        List<Metadata.Entry> out = new ArrayList<>();
        for (Metadata.Entry e : md.entries()) {
            out.add(new Metadata.Entry(e.key(), substitute(e.value(), scopes)));
        }
        return Metadata.of(out);
    }

    /** Substitutes one string: validated request values first (inner scope wins), then defaults. */
    String substitute(String text, List<Metadata> scopes) {
        if (text == null || text.indexOf('%') < 0) {
            return text;
        }
        String result = text;
        for (Metadata validation : scopes) {
            for (Metadata.Entry e : validation.entries()) {
                String key = e.key().toLowerCase(Locale.ROOT);
                if (key.startsWith("default_") || key.equals("immutable") || !containsTag(result, key)) {
                    continue;
                }
                String value = valueOf(e.key());
                if (value == null) {
                    continue;
                }
                if (validates(value, e.value())) {
                    result = replaceTag(result, key, value);
                } else {
                    errors.accept("msValidateParameter(): Regular expression error. Parameter pattern validation failed.");
                }
            }
        }
        for (Metadata validation : scopes) {
            for (Metadata.Entry e : validation.entries()) {
                String key = e.key().toLowerCase(Locale.ROOT);
                if (key.startsWith("default_")) {
                    result = replaceTag(result, key.substring("default_".length()), e.value());
                }
            }
        }
        return result;
    }

    private String valueOf(String key) {
        String env = environment.get(key);
        return env != null ? env : params.last(key);
    }

    private static boolean validates(String value, String pattern) {
        try {
            return Pattern.compile(pattern).matcher(value).find();
        } catch (PatternSyntaxException e) {
            return false;
        }
    }

    private static boolean containsTag(String text, String key) {
        return text.toLowerCase(Locale.ROOT).contains("%" + key + "%");
    }

    /** msCaseReplaceSubstring: case-insensitive, every occurrence. */
    private static String replaceTag(String text, String key, String value) {
        return Pattern.compile(Pattern.quote("%" + key + "%"), Pattern.CASE_INSENSITIVE).matcher(text)
                .replaceAll(java.util.regex.Matcher.quoteReplacement(value));
    }
}
