package org.jmapserv.query;

import org.jmapserv.mapfile.model.ClassDef;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.Status;
import org.jmapserv.mapfile.model.expr.ExpressionEvaluator;
import org.jmapserv.mapfile.model.expr.FeatureContext;

/**
 * msShapeGetClass as the queries call it: the first class in the layer's CLASSGROUP (when one is set), ON, within
 * its scale limits when the map has a scale, whose EXPRESSION matches (with CLASSITEM).
 */
final class QueryClassifier {

    private final ExpressionEvaluator evaluator;

    QueryClassifier(ExpressionEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    int classify(LayerDef layer, FeatureContext f, double scale) {
        for (int i = 0; i < layer.classes().size(); i++) {
            ClassDef c = layer.classes().get(i);
            if (layer.classGroup() != null && !layer.classGroup().equals(c.group())) {
                continue;
            }
            if (c.status() == Status.OFF) {
                continue;
            }
            if (scale > 0 && ((c.maxScaleDenom() > 0 && scale > c.maxScaleDenom())
                    || (c.minScaleDenom() > 0 && scale <= c.minScaleDenom()))) {
                continue;
            }
            if (c.expression() == null || evaluator.matches(c.expression(), f, layer.classItem())) {
                return i;
            }
        }
        return -1;
    }
}
