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
import org.jmapserv.mapfile.model.OutputFormatDef;
import org.jmapserv.mapfile.model.WebDef;

/**
 * {@code %key%} runtime substitution guarded by VALIDATION, mirroring msApplySubstitutions and
 * msApplyDefaultSubstitutions (mapfile.c) as mapserv calls them from msCGILoadMap. A request value replaces
 * {@code %key%} only where a VALIDATION block lists {@code key} and the value matches that block's pattern: a CLASS
 * block reaches its class, a LAYER block its layer and classes, the WEB block the whole map
 * ({@link SubstitutionTargets} lists the places, FILTER and class EXPRESSION/TEXT included, which are read again
 * after the edit). Then {@code default_key} entries fill what is left: class, layer, then web defaults per layer;
 * web defaults for WEB METADATA and the outputformat options {@code filename} and {@code JSONP}. The value is the
 * environment variable named {@code key}, else the last request parameter (cookies included). A WEB VALIDATION
 * {@code immutable} key turns all of it off.
 */
public final class RuntimeSubstitution {

    private static final String REFUSED = "msApplySubstitutions(): Regular expression error. "
            + "Parameter pattern validation failed.";

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
        if (map.web().validation().containsKey("immutable")) {
            return map;
        }
        MapDef.Builder b = map.toBuilder();
        b.layers = map.layers().stream().map(this::requestValuesInLayer).toList();
        MapDef out = b.build();
        for (SubstitutionTargets t : validated(map.web().validation())) {
            out = t.inMap(out);
        }
        return defaults(out);
    }

    private LayerDef requestValuesInLayer(LayerDef layer) {
        LayerDef.Builder lb = layer.toBuilder();
        lb.classes = layer.classes().stream().map(c -> each(validated(c.validation()), c,
                SubstitutionTargets::inClass)).toList();
        return each(validated(layer.validation()), lb.build(), SubstitutionTargets::inLayer);
    }

    /** One replacement per VALIDATION key whose request value passes its pattern; a failing value is reported. */
    private List<SubstitutionTargets> validated(Metadata validation) {
        List<SubstitutionTargets> out = new ArrayList<>();
        for (Metadata.Entry e : validation.entries()) {
            String key = e.key().toLowerCase(Locale.ROOT);
            if (key.startsWith("default_") || key.equals("immutable")) {
                continue;
            }
            String value = valueOf(e.key());
            if (value == null) {
                continue;
            }
            if (validates(value, e.value())) {
                out.add(new SubstitutionTargets(e.key(), value));
            } else {
                errors.accept(REFUSED);
            }
        }
        return out;
    }

    /** The {@code default_key} entries of a VALIDATION block as replacements of {@code %key%}. */
    private static List<SubstitutionTargets> defaultsOf(Metadata validation) {
        List<SubstitutionTargets> out = new ArrayList<>();
        for (Metadata.Entry e : validation.entries()) {
            if (e.key().toLowerCase(Locale.ROOT).startsWith("default_")) {
                out.add(new SubstitutionTargets(e.key().substring("default_".length()), e.value()));
            }
        }
        return out;
    }

    private static MapDef defaults(MapDef map) {
        List<SubstitutionTargets> web = defaultsOf(map.web().validation());
        MapDef.Builder b = map.toBuilder();
        b.outputFormats = map.outputFormats().stream().map(f -> withDefaultFileOptions(f, web)).toList();
        List<LayerDef> layers = new ArrayList<>();
        for (LayerDef l : map.layers()) {
            LayerDef.Builder lb = l.toBuilder();
            lb.classes = l.classes().stream().map(c -> each(defaultsOf(c.validation()), c,
                    SubstitutionTargets::inClass)).toList();
            LayerDef withLayer = each(defaultsOf(l.validation()), lb.build(), SubstitutionTargets::inLayer);
            layers.add(each(web, withLayer, SubstitutionTargets::inLayer));
        }
        b.layers = layers;
        WebDef.Builder wb = map.web().toBuilder();
        wb.metadata = each(web, map.web().metadata(), SubstitutionTargets::metadata);
        b.web = wb.build();
        return b.build();
    }

    /** applyOutputFormatDefaultSubstitutions: only the FILENAME and JSONP options take web defaults. */
    private static OutputFormatDef withDefaultFileOptions(OutputFormatDef f, List<SubstitutionTargets> web) {
        if (web.isEmpty()) {
            return f;
        }
        List<String> options = new ArrayList<>();
        for (String opt : f.formatOptions()) {
            String name = opt.contains("=") ? opt.substring(0, opt.indexOf('=')).trim() : "";
            boolean fileOption = name.equalsIgnoreCase("filename") || name.equalsIgnoreCase("JSONP");
            options.add(fileOption ? each(web, opt, SubstitutionTargets::string) : opt);
        }
        return new OutputFormatDef(f.name(), f.driver(), f.mimeType(), f.extension(), f.imageMode(), f.transparent(),
                options, f.source());
    }

    private interface Step<T> {
        T apply(SubstitutionTargets targets, T value);
    }

    private static <T> T each(List<SubstitutionTargets> replacements, T value, Step<T> step) {
        T out = value;
        for (SubstitutionTargets t : replacements) {
            out = step.apply(t, out);
        }
        return out;
    }

    /** _get_param_value: the environment wins, then the last request parameter; nothing without parameters. */
    private String valueOf(String key) {
        if (params.all().isEmpty()) {
            return null;
        }
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
}
