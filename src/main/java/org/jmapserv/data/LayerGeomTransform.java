package org.jmapserv.data;

import org.jmapserv.data.ogr.JtsShapes;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.Units;
import org.jmapserv.mapfile.model.expr.ExpressionDef;
import org.jmapserv.mapfile.model.expr.ExpressionEvaluationException;
import org.jmapserv.mapfile.model.expr.ExpressionEvaluator;
import org.jmapserv.mapfile.model.expr.ExpressionKind;
import org.jmapserv.mapfile.model.expr.FeatureContext;
import org.locationtech.jts.geom.Geometry;

/**
 * LAYER GEOMTRANSFORM as msGeomTransformShape (RFC 89, mapgeomtransform.c) applies it from msLayerNextShape, for
 * drawing and queries alike: after the FILTER and before reprojection, the (expression) is evaluated on the feature
 * in the layer's own coordinates and its result replaces the shape (a polygon may become a line, e.g.
 * {@code centerline([shape])}). {@code [map_cellsize]} is the map's cell size in the layer's UNITS ({@code cellsize *
 * inches per map unit / inches per layer unit}, LAYER UNITS defaulting to METERS as initLayer sets it) and
 * {@code [data_cellsize]} a CONTOUR layer's grid cell ({@link MapViewAware#dataCellSize}). An empty result is
 * skipped; an evaluation error fails the layer, as in 8.0.
 */
public final class LayerGeomTransform {

    private final LayerDef layer;
    private final ExpressionEvaluator evaluator;
    private final double mapCellSize;
    private final FeatureSource source;

    private LayerGeomTransform(LayerDef layer, ExpressionEvaluator evaluator, double mapCellSize,
            FeatureSource source) {
        this.layer = layer;
        this.evaluator = evaluator;
        this.mapCellSize = mapCellSize;
        this.source = source;
    }

    /**
     * The layer's transform for a map of {@code cellSize} {@code mapUnits} per pixel reading {@code source}, or null
     * when the layer has none.
     */
    public static LayerGeomTransform of(LayerDef layer, ExpressionEvaluator evaluator, double cellSize,
            Units mapUnits, FeatureSource source) {
        ExpressionDef gt = layer.geomTransform();
        if (gt == null) {
            return null;
        }
        if (gt.kind() != ExpressionKind.LOGICAL) {
            throw new DataSourceException("msGeomTransformShape(): General error message. unknown geomtransform");
        }
        double ratio = mapUnits.inchesPerUnit() / layer.units().inchesPerUnit();
        return new LayerGeomTransform(layer, evaluator, cellSize * ratio, source);
    }

    /** The feature with its shape transformed, or null when the expression gives nothing. */
    public Feature apply(Feature raw) {
        double dataCell = source instanceof MapViewAware a ? a.dataCellSize() : Double.NaN;
        FeatureContext in = new FeatureContext() {
            @Override
            public String attribute(String name) {
                return raw.attribute(name);
            }

            @Override
            public Geometry geometry() {
                return raw.geometry();
            }

            @Override
            public double mapCellSize() {
                return mapCellSize;
            }

            @Override
            public double dataCellSize() {
                return dataCell;
            }
        };
        Geometry g;
        try {
            g = evaluator.evaluateGeometry(layer.geomTransform(), in);
        } catch (ExpressionEvaluationException e) {
            throw new DataSourceException("msGeomTransformShape(): Expression parser error. Failed to process shape "
                    + "expression: " + layer.geomTransform().text() + " (" + e.getMessage() + ")");
        }
        ShapeGeometry shape = JtsShapes.toShape(g);
        return shape == null ? null : new Feature(raw.index(), shape, raw.attributes());
    }
}
