package org.jmapserv.mapfile.model.expr;

import org.locationtech.jts.geom.Geometry;

/**
 * A compiled expression node of one value type. Compiling once per expression removes the type
 * decisions MapServer's bison parser re-makes for every feature from the per-feature path.
 */
interface Node {

    /** logical_exp. */
    interface Bool extends Node {
        boolean eval(FeatureContext f);
    }

    /** math_exp. */
    interface Num extends Node {
        double eval(FeatureContext f);
    }

    /** string_exp. */
    interface Str extends Node {
        String eval(FeatureContext f);
    }

    /** time_exp. */
    interface Time extends Node {
        MapServerTime eval(FeatureContext f);
    }

    /** shape_exp. */
    interface Shape extends Node {
        Geometry eval(FeatureContext f);
    }
}
