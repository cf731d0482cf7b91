package org.jmapserv.mapfile.model;

import org.jmapserv.mapfile.model.expr.ExpressionDef;
import org.jmapserv.mapfile.model.expr.ExpressionKind;

/**
 * What a STYLE GEOMTRANSFORM names, as msStyleSetGeomTransform (mapgeomtransform.c) decides it: a string is
 * compared case-insensitively with each name's length only, in the order start, end, vertices, bbox, labelpnt,
 * labelpoly, labelcenter, centroid ("VERTICES" and "verticesX" are vertices); an unknown string is NONE (MapServer
 * sets an error but loads the map and draws the style untransformed); an (expression) is EXPRESSION.
 */
public enum GeomTransformKind {
    NONE, START, END, VERTICES, BBOX, LABELPNT, LABELPOLY, LABELCENTER, CENTROID, EXPRESSION;

    private static final GeomTransformKind[] NAMED = {START, END, VERTICES, BBOX, LABELPNT, LABELPOLY, LABELCENTER,
        CENTROID};

    /** The kind of {@code gt}; NONE for no GEOMTRANSFORM. */
    public static GeomTransformKind of(ExpressionDef gt) {
        if (gt == null) {
            return NONE;
        }
        if (gt.kind() == ExpressionKind.LOGICAL) {
            return EXPRESSION;
        }
        return named(gt.text());
    }

    /** strncasecmp(name, text, strlen(name)) in msStyleSetGeomTransform's order. */
    public static GeomTransformKind named(String text) {
        for (GeomTransformKind k : NAMED) {
            String name = k.name();
            if (text.length() >= name.length() && text.regionMatches(true, 0, name, 0, name.length())) {
                return k;
            }
        }
        return NONE;
    }
}
