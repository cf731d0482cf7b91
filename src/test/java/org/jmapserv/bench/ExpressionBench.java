package org.jmapserv.bench;

import java.util.HashMap;
import java.util.Map;
import org.jmapserv.mapfile.model.expr.ExpressionDef;
import org.jmapserv.mapfile.model.expr.ExpressionEvaluator;
import org.jmapserv.mapfile.model.expr.FeatureContext;
import org.jmapserv.mapfile.parse.expr.ExpressionParser;
import org.locationtech.jts.geom.Geometry;

/**
 * Evaluates a typical CLASS EXPRESSION over 1,000,000 features and prints evaluations per second, with
 * the ratio to a baseline measured in the same run: a plain STRING class-item comparison (the cheapest
 * expression MapServer has).
 */
public final class ExpressionBench {

    private static final int FEATURES = 1_000_000;

    public static void main(String[] args) throws Exception {
        String text = "\"[TYPE]\" = \"primary\" and [LANES] >= 2 or \"[NAME]\" ~* \"^main\"";
        ExpressionDef logical = ExpressionDef.logical(text, ExpressionParser.parseLogical(text));
        ExpressionDef baseline = ExpressionDef.string("primary", false);
        FeatureContext[] features = features();
        ExpressionEvaluator evaluator = new ExpressionEvaluator();
        for (int warm = 0; warm < 3; warm++) {
            run(evaluator, baseline, features);
            run(evaluator, logical, features);
        }
        double base = run(evaluator, baseline, features);
        double expr = run(evaluator, logical, features);
        System.out.printf("baseline STRING \"primary\": %,.0f evaluations/s%n", base);
        System.out.printf("logical (%s): %,.0f evaluations/s (%.2fx baseline time)%n", text, expr, base / expr);
    }

    private static double run(ExpressionEvaluator evaluator, ExpressionDef def, FeatureContext[] features) {
        long start = System.nanoTime();
        int matched = 0;
        for (FeatureContext f : features) {
            if (evaluator.matches(def, f, "TYPE")) {
                matched++;
            }
        }
        long nanos = System.nanoTime() - start;
        if (matched < 0) {
            throw new IllegalStateException();
        }
        return features.length / (nanos / 1e9);
    }

    private static FeatureContext[] features() {
        String[] types = {"primary", "secondary", "residential", "motorway"};
        String[] names = {"Main Street", "High Street", "Mainz Road", "Church Lane", "Station Road"};
        FeatureContext[] out = new FeatureContext[FEATURES];
        for (int i = 0; i < FEATURES; i++) {
            Map<String, String> attrs = new HashMap<>();
            attrs.put("TYPE", types[i % types.length]);
            attrs.put("LANES", Integer.toString(1 + i % 4));
            attrs.put("NAME", names[i % names.length]);
            out[i] = new MapFeature(attrs);
        }
        return out;
    }

    private record MapFeature(Map<String, String> attrs) implements FeatureContext {
        @Override
        public String attribute(String name) {
            return attrs.get(name);
        }

        @Override
        public Geometry geometry() {
            return null;
        }
    }
}
