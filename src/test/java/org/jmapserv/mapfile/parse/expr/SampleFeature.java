package org.jmapserv.mapfile.parse.expr;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jmapserv.mapfile.model.expr.FeatureContext;
import org.jmapserv.mapfile.model.expr.WktShapes;
import org.locationtech.jts.geom.Geometry;

/** A feature built in the test: attributes matched case-insensitively, optional WKT geometry. */
record SampleFeature(Map<String, String> attributes, Geometry geometry, double mapCellSize)
        implements FeatureContext {

    static SampleFeature of(String wkt, String... keyValues) {
        Map<String, String> attrs = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 0; i < keyValues.length; i += 2) {
            attrs.put(keyValues[i].toLowerCase(Locale.ROOT), keyValues[i + 1]);
        }
        return new SampleFeature(attrs, wkt == null ? null : WktShapes.read(wkt), 2.5);
    }

    @Override
    public String attribute(String name) {
        return attributes.get(name);
    }
}
