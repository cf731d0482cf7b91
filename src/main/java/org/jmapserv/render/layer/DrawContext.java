package org.jmapserv.render.layer;

import java.util.List;
import java.util.function.Consumer;

import org.jmapserv.geo.ProjectionFactory;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.model.expr.ExpressionEvaluator;
import org.jmapserv.render.MapView;
import org.jmapserv.render.font.FontRegistry;
import org.jmapserv.render.font.FontSet;
import org.jmapserv.render.label.LabelCache;
import org.jmapserv.render.style.BoundStyles;
import org.jmapserv.render.symbol.PixmapCache;
import org.jmapserv.render.symbol.SymbolCatalog;

/**
 * Everything a {@link LayerDrawer} needs for one draw of one map: the model, the view, shared caches (fonts,
 * pixmaps, projections, compiled expressions), this draw's label cache, a sink for non-fatal warnings and the
 * debug sink with the layer's effective debug level resolved by the caller, and what attribute-bound styles were
 * last bound to (for an embedded legend).
 */
public record DrawContext(
        MapDef map,
        MapView view,
        ExpressionEvaluator evaluator,
        FontRegistry fonts,
        FontSet fontSet,
        SymbolCatalog symbols,
        PixmapCache pixmaps,
        ProjectionFactory projections,
        LabelCache labels,
        List<String> warnings,
        Consumer<String> debug,
        BoundStyles boundStyles) {
}
