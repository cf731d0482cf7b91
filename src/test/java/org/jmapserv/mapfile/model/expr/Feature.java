package org.jmapserv.mapfile.model.expr;

import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.geom.Geometry;

/** A feature built in the test, attribute names matched case-insensitively. */
record Feature(Map<String, String> attributes, Geometry geometry) implements FeatureContext {

    static Feature of(String wkt, String... keyValues) {
        Map<String, String> attrs = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 0; i < keyValues.length; i += 2) {
            attrs.put(keyValues[i], keyValues[i + 1]);
        }
        return new Feature(attrs, wkt == null ? null : WktShapes.read(wkt));
    }

    @Override
    public String attribute(String name) {
        return attributes.get(name);
    }
}
