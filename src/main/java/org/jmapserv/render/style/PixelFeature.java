package org.jmapserv.render.style;

import org.jmapserv.data.ShapeGeometry;
import org.jmapserv.mapfile.model.expr.FeatureContext;
import org.locationtech.jts.geom.Geometry;

/**
 * A feature seen in image space: its attributes, but {@code [shape]} is the pixel geometry, because MapServer
 * evaluates STYLE GEOMTRANSFORM expressions after msTransformShape (distances such as buffer widths are pixels).
 */
final class PixelFeature implements FeatureContext {

    private final FeatureContext feature;
    private final PixelShape px;
    private Geometry geometry;

    PixelFeature(FeatureContext feature, PixelShape px) {
        this.feature = feature;
        this.px = px;
    }

    @Override
    public String attribute(String name) {
        return feature.attribute(name);
    }

    @Override
    public Geometry geometry() {
        if (geometry == null) {
            geometry = ShapeGeometry.of(px.kind(), px.partStarts(), px.xy()).toJts(ShapeGeometry.DEFAULT_FACTORY);
        }
        return geometry;
    }
}
