package org.jmapserv.render.style;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

import org.jmapserv.mapfile.model.StyleDef;
import org.jmapserv.mapfile.model.expr.FeatureContext;
import org.locationtech.jts.geom.Geometry;

/**
 * What attribute-bound STYLEs ({@code COLOR [attr]}, {@code SIZE [attr]}, …) were last bound to in one draw.
 * msBindLayerToShape (maputil.c) writes each feature's values into the style object itself, so after the layers
 * are drawn a style still holds the values of the last feature drawn with it; msDrawLegendIcon then draws an
 * embedded legend's keys with them. This keeps, per style (by identity), the bound attributes of the last feature
 * drawn with it. One instance per draw; not shared between threads.
 */
public final class BoundStyles {

    private final Map<StyleDef, FeatureContext> last = new IdentityHashMap<>();

    /** Remembers {@code f}'s values for the attributes {@code s} binds; styles without bindings are ignored. */
    public void remember(StyleDef s, FeatureContext f) {
        if (s.bindings().isEmpty() || f == null) {
            return;
        }
        Map<String, String> values = new HashMap<>();
        for (String item : s.bindings().values()) {
            values.put(item, f.attribute(item));
        }
        last.put(s, new Snapshot(values));
    }

    /** The feature values {@code s} was last bound to, or null when it was never drawn (nor binds anything). */
    public FeatureContext lastBound(StyleDef s) {
        return last.get(s);
    }

    /** The bound attributes of one feature, kept after the feature itself is gone. */
    private record Snapshot(Map<String, String> values) implements FeatureContext {

        @Override
        public String attribute(String name) {
            String v = values.get(name);
            if (v != null) {
                return v;
            }
            for (Map.Entry<String, String> e : values.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name)) {
                    return e.getValue();
                }
            }
            return null;
        }

        @Override
        public Geometry geometry() {
            return null;
        }
    }
}
