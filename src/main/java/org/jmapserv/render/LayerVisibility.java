package org.jmapserv.render;

import java.util.List;
import java.util.Locale;

import org.jmapserv.mapfile.model.ClassDef;
import org.jmapserv.mapfile.model.ConnectionType;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.LayerType;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.model.Status;
import org.jmapserv.mapfile.model.expr.ExpressionDef;
import org.jmapserv.mapfile.model.expr.ExpressionEvaluator;
import org.jmapserv.mapfile.model.expr.FeatureContext;
import org.jmapserv.mapfile.parse.expr.ExpressionParser;
import org.jmapserv.mapfile.parse.expr.ExpressionSyntaxException;

/**
 * Decides which layers a draw visits, mirroring msLayerIsVisible (mapdraw.c) with REQUIRES evaluated by
 * msEvalContext (maputil.c), and map2img's {@code -l} handling (a listed name or GROUP switches a layer ON, every other non-DEFAULT layer goes OFF).
 */
public final class LayerVisibility {

    private static final int MAX_CONTEXT_DEPTH = 16;
    private static final ExpressionEvaluator CONTEXTS = new ExpressionEvaluator();
    private static final FeatureContext NO_FEATURE = new FeatureContext() {
        @Override
        public String attribute(String name) {
            return null;
        }

        @Override
        public org.locationtech.jts.geom.Geometry geometry() {
            return null;
        }
    };

    private final List<String> requested;

    public LayerVisibility(List<String> requested) {
        this.requested = requested == null ? null : requested.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
    }

    /** The layer's STATUS after applying the request's layer list. */
    public Status effectiveStatus(LayerDef layer) {
        if (requested == null || layer.status() == Status.DEFAULT) {
            return layer.status();
        }
        boolean listed = matches(layer.name()) || matches(layer.group());
        return listed ? Status.ON : Status.OFF;
    }

    private boolean matches(String name) {
        return name != null && requested.contains(name.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether msDrawMap would draw {@code layer} (one of {@code map}'s layers) at {@code view}'s scale and extent,
     * REQUIRES included.
     */
    public boolean isVisible(LayerDef layer, MapView view, MapDef map) {
        return isVisible(layer, view, map, 0);
    }

    /**
     * msEvalContext: a REQUIRES or LABELREQUIRES expression with every {@code [name]} of another layer of the map
     * replaced by 1 when that layer is visible, else 0, then evaluated as a logical expression. A reference to no
     * layer (a binding left over) or a text that does not parse is false, as MapServer answers.
     */
    public boolean evalContext(LayerDef layer, String context, MapView view, MapDef map) {
        return evalContext(layer, context, view, map, 0);
    }

    private boolean evalContext(LayerDef layer, String context, MapView view, MapDef map, int depth) {
        if (context == null) {
            return true;
        }
        String text = context;
        for (LayerDef other : map.layers()) {
            if (other == layer || other.name() == null) {
                continue;
            }
            String tag = "[" + other.name() + "]";
            if (text.contains(tag)) {
                // msValidateContexts refuses cycles at load; the depth bound keeps a cycle from recursing here
                boolean visible = depth < MAX_CONTEXT_DEPTH && isVisible(other, view, map, depth + 1);
                text = text.replace(tag, visible ? "1" : "0");
            }
        }
        if (text.contains("[")) {
            return false; // "A non-existent layer is referenced in a LAYER REQUIRES or LABELREQUIRES expression"
        }
        try {
            ExpressionDef e = ExpressionDef.logical(text, ExpressionParser.parseLogical(text));
            return CONTEXTS.matches(e, NO_FEATURE, null);
        } catch (ExpressionSyntaxException e) {
            return false;
        }
    }

    private boolean isVisible(LayerDef layer, MapView view, MapDef map, int depth) {
        Status s = effectiveStatus(layer);
        if (s != Status.ON && s != Status.DEFAULT) {
            return false;
        }
        if (layer.type() == LayerType.QUERY || layer.type() == LayerType.TILEINDEX) {
            return false;
        }
        if (!hasData(layer)) {
            return false;
        }
        if (!ScaleRange.layerInRange(view.scaleDenom(), layer.minScaleDenom(), layer.maxScaleDenom())) {
            return false;
        }
        if (layer.extent() != null && layer.projection().isEmpty() && !layer.extent().intersects(view.extent())) {
            return false;
        }
        if (layer.requires() != null && !evalContext(layer, layer.requires(), view, map, depth)) {
            return false;
        }
        return hasClassInScale(layer, view.scaleDenom());
    }

    private static boolean hasData(LayerDef layer) {
        return layer.data() != null || layer.connectionType() != ConnectionType.LOCAL
                || !layer.features().isEmpty() || layer.tileIndex() != null;
    }

    /** msLayerIsVisible's last test: a vector layer with classes needs one class in scale. */
    static boolean hasClassInScale(LayerDef layer, double scale) {
        if (layer.classes().isEmpty() || layer.type() == LayerType.RASTER) {
            return layer.type() == LayerType.RASTER || !layer.classes().isEmpty();
        }
        for (ClassDef c : layer.classes()) {
            if (ScaleRange.inBounds(scale, c.minScaleDenom(), c.maxScaleDenom())) {
                return true;
            }
        }
        return false;
    }
}
