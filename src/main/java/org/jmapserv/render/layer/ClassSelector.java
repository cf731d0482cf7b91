package org.jmapserv.render.layer;

import org.jmapserv.mapfile.model.ClassDef;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.Status;
import org.jmapserv.mapfile.model.expr.ExpressionEvaluator;
import org.jmapserv.mapfile.model.expr.FeatureContext;
import org.jmapserv.render.ScaleRange;

/**
 * Picks the class that draws a feature, as msShapeGetClass (maputil.c): the first class that is ON, in scale
 * (msScaleInBounds) and whose EXPRESSION matches the feature (compared with CLASSITEM for string, regex and
 * list expressions); a class without EXPRESSION matches everything.
 */
public final class ClassSelector {

    private final ExpressionEvaluator evaluator;

    public ClassSelector(ExpressionEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    /** Whether class {@code i} is ON, in scale and matches the feature. */
    public boolean matches(LayerDef layer, int i, FeatureContext f, double scale) {
        ClassDef c = layer.classes().get(i);
        if (c.status() == Status.OFF || !ScaleRange.inBounds(scale, c.minScaleDenom(), c.maxScaleDenom())) {
            return false;
        }
        return c.expression() == null || evaluator.matches(c.expression(), f, layer.classItem());
    }

    /** The index of the chosen class, or -1 when none applies. */
    public int select(LayerDef layer, FeatureContext f, double scale) {
        for (int i = 0; i < layer.classes().size(); i++) {
            ClassDef c = layer.classes().get(i);
            if (c.status() == Status.OFF || !ScaleRange.inBounds(scale, c.minScaleDenom(), c.maxScaleDenom())) {
                continue;
            }
            if (c.expression() == null || evaluator.matches(c.expression(), f, layer.classItem())) {
                return i;
            }
        }
        return -1;
    }
}
