package org.jmapserv.mapfile.model.expr;

import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jmapserv.mapfile.MessageExcerpt;
import org.locationtech.jts.geom.Geometry;

/**
 * Evaluates mapfile expressions for one feature; mirrors msEvalExpression, msEvalTextExpression and
 * msEvalDoubleExpression (maputil.c) and the expression branch of msGeomTransformShape
 * (mapgeomtransform.c). Thread-safe: logical expressions are compiled once per {@link ExpressionDef}
 * and regexes once per pattern, in concurrent caches owned by this instance.
 *
 * <p>Each use has a lenient method that answers what MapServer answers when evaluation fails (false,
 * no text, 0, no shape) and a strict {@code evaluate...} twin that throws
 * {@link ExpressionEvaluationException} so the caller can report the cause.
 */
public final class ExpressionEvaluator {

    private static final int MAX_CACHED = 4096;

    private final RegexCache regexes = new RegexCache();
    private final ExpressionCompiler compiler = new ExpressionCompiler(regexes);
    private final ConcurrentHashMap<ExpressionDef, Compiled> compiled = new ConcurrentHashMap<>();

    /**
     * CLASS EXPRESSION / FILTER / LABEL EXPRESSION: does the feature match? A {@code null} expression
     * matches. STRING, REGEX and LIST compare the value of {@code classItemName}; without a class item,
     * or when evaluation fails, the answer is false, as in MapServer.
     */
    public boolean matches(ExpressionDef def, FeatureContext feature, String classItemName) {
        try {
            return evaluateMatch(def, feature, classItemName);
        } catch (ExpressionEvaluationException e) {
            return false;
        }
    }

    /** {@link #matches} that reports why evaluation failed instead of answering false. */
    public boolean evaluateMatch(ExpressionDef def, FeatureContext feature, String classItemName) {
        if (def == null || def.text().isEmpty()) {
            return true;
        }
        if (def.kind() == ExpressionKind.LOGICAL) {
            return compile(def).asBoolean(feature);
        }
        if (classItemName == null) {
            throw new ExpressionEvaluationException("Cannot evaluate expression " + def.mapfileSpelling()
                    + ", no CLASSITEM or FILTERITEM defined.");
        }
        String value = feature.attribute(classItemName);
        if (value == null) {
            throw new ExpressionEvaluationException("the feature has no attribute '" + classItemName + "'");
        }
        return switch (def.kind()) {
            case STRING -> def.caseInsensitive() ? TextFunctions.lower(def.text()).equals(TextFunctions.lower(value))
                    : def.text().equals(value);
            case LIST -> inList(def.text(), value);
            default -> !value.isEmpty() && regex(def).matcher(value).find();
        };
    }

    /**
     * LABEL/CLASS TEXT: a template with {@code [item]} tags, or a logical expression giving text
     * (numbers print as {@code %g}, logical values as {@code true}/{@code false}). {@code null} when the
     * result is empty or evaluation fails, as msEvalTextExpression returns NULL.
     */
    public String text(ExpressionDef def, FeatureContext feature) {
        try {
            return evaluateText(def, feature);
        } catch (ExpressionEvaluationException e) {
            return null;
        }
    }

    /** {@link #text(ExpressionDef, FeatureContext)} that reports failures. */
    public String evaluateText(ExpressionDef def, FeatureContext feature) {
        if (def == null) {
            return null;
        }
        String result = def.kind() == ExpressionKind.LOGICAL ? compile(def).asText(feature)
                : TextTemplate.apply(def.text(), feature);
        return result == null || result.isEmpty() ? null : result;
    }

    /** A plain template such as {@code "[NAME] ([POP])"}; {@code null} when the result is empty. */
    public String text(String template, FeatureContext feature) {
        String result = TextTemplate.apply(template, feature);
        return result.isEmpty() ? null : result;
    }

    /**
     * Numeric {@code (expression)} values such as label SIZE or PRIORITY. Like msEvalDoubleExpression the
     * result goes through text first, so numbers keep {@code %g}'s six significant digits, a logical
     * result reads as 0, and a failure gives 0.
     */
    public double number(ExpressionDef def, FeatureContext feature) {
        try {
            return evaluateNumber(def, feature);
        } catch (ExpressionEvaluationException e) {
            return 0.0;
        }
    }

    /** {@link #number} that reports failures. */
    public double evaluateNumber(ExpressionDef def, FeatureContext feature) {
        String text = def.kind() == ExpressionKind.LOGICAL ? compile(def).asText(feature)
                : TextTemplate.apply(def.text(), feature);
        return Atof.parse(text);
    }

    /** GEOMTRANSFORM {@code (expression)}: the transformed shape, or {@code null} when it fails. */
    public Geometry geometry(ExpressionDef def, FeatureContext feature) {
        try {
            return evaluateGeometry(def, feature);
        } catch (ExpressionEvaluationException e) {
            return null;
        }
    }

    /** {@link #geometry} that reports failures. */
    public Geometry evaluateGeometry(ExpressionDef def, FeatureContext feature) {
        if (def.kind() != ExpressionKind.LOGICAL) {
            throw new ExpressionEvaluationException("GEOMTRANSFORM " + def.mapfileSpelling()
                    + " is not an (expression)");
        }
        try {
            return compile(def).asShape(feature);
        } catch (IllegalArgumentException | org.locationtech.jts.geom.TopologyException e) {
            // a geometry GEOS would refuse (msGEOS* then return no shape): an evaluation error, never a crash
            throw new ExpressionEvaluationException("the shape function failed: " + e.getMessage());
        }
    }

    private Compiled compile(ExpressionDef def) {
        Compiled c = compiled.get(def);
        if (c == null) {
            c = def.ast() == null ? Compiled.failed(unparsable(def)) : Compiled.of(def.ast(), compiler);
            if (compiled.size() >= MAX_CACHED) {
                compiled.clear();
            }
            compiled.put(def, c);
        }
        return c;
    }

    /**
     * A logical expression whose text did not parse at load: MapServer loads such a map and fails the
     * expression each time msEvalExpression meets it ("Expression parser error. Failed to parse expression"),
     * so the feature simply does not match.
     */
    private static ExpressionEvaluationException unparsable(ExpressionDef def) {
        return new ExpressionEvaluationException("Expression parser error. Failed to parse expression: "
                + MessageExcerpt.of(def.text()));
    }

    private Pattern regex(ExpressionDef def) {
        return regexes.get(def.text(), def.caseInsensitive());
    }

    /** msEvalExpression's MS_LIST: exact equality with one comma-separated item, no trimming. */
    private static boolean inList(String list, String value) {
        int start = 0;
        while (true) {
            int comma = list.indexOf(',', start);
            int end = comma < 0 ? list.length() : comma;
            if (end - start == value.length() && list.startsWith(value, start)) {
                return true;
            }
            if (comma < 0) {
                return false;
            }
            start = comma + 1;
        }
    }
}
