package org.jmapserv.data;

import java.util.List;
import org.jmapserv.mapfile.model.expr.FeatureContext;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature read from a {@link FeatureSource}: its record number ({@code index}, 0-based like
 * MapServer's shapeindex), its raw {@link ShapeGeometry} for fast drawing and its attributes. The JTS
 * geometry is built only when {@link #geometry()} is first called.
 */
public record Feature(long index, ShapeGeometry shape, AttributeRow attributes) implements FeatureContext {

    public Feature {
        if (shape == null || attributes == null) {
            throw new IllegalArgumentException("shape and attributes are required");
        }
    }

    /** Case-insensitive lookup, as msLayerGetItems / msEvalExpression match item names. */
    @Override
    public String attribute(String name) {
        return attributes.value(name);
    }

    /** The JTS form of {@link #shape()}, built with {@link ShapeGeometry#DEFAULT_FACTORY} and cached. */
    @Override
    public Geometry geometry() {
        return shape.toJts(ShapeGeometry.DEFAULT_FACTORY);
    }

    /** The feature's own TEXT (inline FEATURE TEXT), or {@code null}. */
    public String text() {
        return attributes.shapeText();
    }

    /** All attribute values in source order. */
    public List<String> values() {
        return attributes.values();
    }
}
